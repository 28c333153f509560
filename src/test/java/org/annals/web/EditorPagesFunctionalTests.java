package org.annals.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.annals.tables.TablesJobConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' pages in a real browser (Debian's chromium through chromedriver, installed
 * by .ci/run): sign in, open a table's preview, click a figure, see where it came from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=test-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class EditorPagesFunctionalTests extends PostgresTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JobRunner jobs;

	@TempDir
	Path inbox;

	@TempDir
	Path profile;

	WebDriver browser;

	@BeforeEach
	void compileAndOpenABrowser() throws Exception {
		this.jdbc.update("delete from tables_build");
		TestInboxes.copyOfSampleInput(this.inbox);
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1500,1100", "--lang=zh-CN", "--user-data-dir=" + this.profile);
		// headless chromium sends Accept-Language en-US unless told, whatever --lang says
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn() {
		this.browser.get(url("/tables"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("test-secret");
		this.browser.findElement(By.id("sign-in")).click();
		// signed in only once the answer to the form has come (see
		// ConsoleFunctionalTests)
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@Test
	void clickingAFigureShowsItsSource() throws Exception {
		signIn();
		waiting().until(ExpectedConditions.urlContains("/tables"));
		this.browser.get(url("/tables/2022"));
		this.browser.findElement(By.linkText("2022年各市（州）主要经济指标")).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("yearbook")));
		assertThat(this.browser.findElement(By.cssSelector("h1.title")).getText()).isEqualTo("2022年各市（州）主要经济指标");
		assertThat(this.browser.findElement(By.id("cell-1-0")).getText()).isEqualTo("20817.50");
		this.browser.findElement(By.id("cell-1-0")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-body"), "成都市 · 20817.5"));
		String sources = this.browser.findElement(By.id("sources-body")).getText();
		assertThat(sources).contains("成都市地方志办公室")
			.contains("2022年成都市各区（市）县主要指标.xlsx")
			.contains("主要指标!B4")
			.contains("2022年各市（州）主要经济指标.xlsx")
			.contains("主要经济指标!B6")
			.contains("现行");
		Path screenshot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(screenshot, Path.of("target/screenshots/table-preview.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void cellsChangedSinceTheLastBuildAreMarked() throws Exception {
		this.jdbc.update("update ingest_fact set fact_value = 20900.1 where region_code = '510100' "
				+ "and indicator_code = 'gdp' and fact_year = 2022 and state = 'current'");
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		signIn();
		waiting().until(ExpectedConditions.urlContains("/tables"));
		this.browser.get(url("/tables/2022/main-economic-indicators"));
		assertThat(this.browser.findElements(By.cssSelector("td.figure.changed"))).singleElement()
			.satisfies((cell) -> assertThat(cell.getText()).isEqualTo("20900.10"));
		assertThat(this.browser.findElement(By.cssSelector("aside.sources p.meta")).getText()).contains("较上次变化 1 格");
	}

	@Test
	void pagesSpeakEnglishOnRequest() {
		signIn();
		waiting().until(ExpectedConditions.urlContains("/tables"));
		this.browser.get(url("/tables/2022/main-economic-indicators?lang=en"));
		assertThat(this.browser.findElement(By.cssSelector("aside.sources h2")).getText()).isEqualTo("Sources");
		this.browser.findElement(By.id("cell-0-0")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sources-body"), "Department"));
	}

	@Test
	void theFactsPageListsTheYearsFactsAndDownloadsAreOffered() {
		signIn();
		waiting().until(ExpectedConditions.urlContains("/tables"));
		this.browser.get(url("/tables/2022"));
		assertThat(this.browser
			.findElements(By.cssSelector("a[href$='/downloads/tables/main-economic-indicators/2022.xlsx']")))
			.hasSize(1);
		// issue 19, point 10: no page links to the API, which would ask for HTTP Basic
		assertThat(this.browser.findElements(By.cssSelector("a[href*='/api/']"))).isEmpty();
		assertThat(download("/downloads/tables/main-economic-indicators/2022.xlsx"))
			.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet attachment;");
		this.browser.get(url("/facts?year=2022"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("2022年事实");
		assertThat(this.browser.findElements(By.cssSelector("a[href*='/api/']"))).isEmpty();
		assertThat(download("/downloads/facts/2022.csv")).startsWith("200 text/csv;charset=UTF-8 attachment;");
	}

	/**
	 * Issue 24: the table pages offer the English edition's files beside the Chinese
	 * ones; downloading one leaves the pages in Chinese.
	 */
	@Test
	void theTablePagesOfferTheEnglishEdition() {
		signIn();
		waiting().until(ExpectedConditions.urlContains("/tables"));
		this.browser.get(url("/tables/2022"));
		assertThat(this.browser
			.findElements(By.cssSelector("a[href$='/downloads/tables/main-economic-indicators/2022.xlsx?lang=en']")))
			.hasSize(1);
		assertThat(download("/downloads/tables/main-economic-indicators/2022.xlsx?lang=en"))
			.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet attachment;")
			.contains("Main%20Economic%20Indicators");
		this.browser.get(url("/tables/2022"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("2022年统计表");
		this.browser.get(url("/tables/2022/population"));
		assertThat(
				this.browser.findElements(By.cssSelector("a[href$='/downloads/tables/population/2022.csv?lang=en']")))
			.hasSize(1);
	}

	/**
	 * Issue 24: the facts page is in the navigation, pages by keyset (every fact once,
	 * page after page), and filters by region (with the regions under it), status and a
	 * text over names, Chinese included; provisional indicators are marked.
	 */
	@Test
	void theFactsPagePagesThroughEveryFactOnceAndFilters() {
		signIn();
		waiting().until(ExpectedConditions.urlContains("/tables"));
		this.browser.findElement(By.cssSelector("header.nav a[href$='/facts']")).click();
		waiting().until(ExpectedConditions.urlContains("/facts"));
		this.browser.get(url("/facts?year=2022"));
		int total = Integer
			.parseInt(this.browser.findElement(By.cssSelector(".summary .total")).getText().replaceAll("[^0-9]", ""));
		assertThat(total).isGreaterThan(FACTS_PAGE);
		java.util.Set<String> seen = new java.util.HashSet<>();
		int pages = 0;
		while (true) {
			java.util.List<String> rows = rows();
			assertThat(rows).hasSizeLessThanOrEqualTo(FACTS_PAGE);
			for (String row : rows) {
				assertThat(seen.add(row)).as("%s shown twice", row).isTrue();
			}
			pages++;
			java.util.List<org.openqa.selenium.WebElement> next = this.browser.findElements(By.cssSelector("a.next"));
			if (next.isEmpty()) {
				break;
			}
			next.get(0).click();
			waiting().until(ExpectedConditions.urlContains("after="));
		}
		assertThat(seen).hasSize(total);
		assertThat(pages).isEqualTo((total + FACTS_PAGE - 1) / FACTS_PAGE);

		this.browser.get(url("/facts?year=2022&region=" + encode("成都市")));
		java.util.List<String> chengdu = column(0);
		assertThat(chengdu).isNotEmpty()
			.contains("成都市")
			.allMatch((region) -> region.equals("成都市") || REGIONS.regions()
				.children("510100", 2022)
				.stream()
				.anyMatch((county) -> county.name().equals(region)), "成都市 or one of its counties");
		assertThat(chengdu).anyMatch((region) -> !region.equals("成都市"));

		this.browser.get(url("/facts?year=2022&q=" + encode("地区生产总值")));
		assertThat(column(1)).isNotEmpty().allMatch((indicator) -> indicator.contains("地区生产总值"));
		this.browser.get(url("/facts?year=2022&q=" + encode("%")));
		assertThat(rows()).as("a percent sign taken literally").isEmpty();
		assertThat(this.browser.findElement(By.cssSelector("p.empty")).getText()).isEqualTo("没有符合条件的事实。");

		this.browser.get(url("/facts?year=2022&status=provisional"));
		assertThat(rows()).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector("table.facts tr span.badge.provisional")))
			.hasSize(rows().size());
		this.browser.get(url("/facts?year=2022&status=conflict"));
		assertThat(this.browser.findElements(By.cssSelector("table.facts tr.conflict"))).hasSize(rows().size());
		this.browser.get(url("/facts?year=2022&region=" + encode("无此地") + "&lang=en"));
		assertThat(this.browser.findElement(By.cssSelector("p.error")).getText()).contains("No region of this year");
	}

	/** Facts on a page of the facts page. */
	private static final int FACTS_PAGE = 200;

	private static final org.annals.reference.ReferenceData REGIONS = org.annals.reference.ReferenceData
		.load(new org.annals.reference.JobsDirectory(Path.of("jobs")));

	/** The facts shown, a line each. */
	private java.util.List<String> rows() {
		return this.browser.findElements(By.cssSelector("table.facts tr"))
			.stream()
			.skip(1)
			.map(org.openqa.selenium.WebElement::getText)
			.toList();
	}

	/** A column of the facts shown. */
	private java.util.List<String> column(int index) {
		return this.browser.findElements(By.cssSelector("table.facts tr td:nth-child(" + (index + 1) + ")"))
			.stream()
			.map((cell) -> cell.getText().strip())
			.toList();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * Fetches a download as the page's link would, in the signed-in session: its status,
	 * type and Content-Disposition.
	 */
	private String download(String path) {
		Object answer = ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then((r) => done(r.status + ' ' + r.headers.get('Content-Type') + ' '"
					+ " + r.headers.get('Content-Disposition') + ' ' + r.headers.get('WWW-Authenticate')));", path);
		assertThat(String.valueOf(answer)).endsWith(" null");
		return String.valueOf(answer);
	}

}
