package org.annals.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.chronicle.ChronicleCorrections;
import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.ChronicleJobConfiguration;
import org.annals.chronicle.ChronicleListing;
import org.annals.chronicle.DatePrecision;
import org.annals.chronicle.ChronicleRepository;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' chronicle page in a real browser (issue 24): filter by department and
 * month, search in Chinese, and an editor's correction that survives the chronicle being
 * compiled again; merges and splits made on the page survive it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=test-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class ChroniclePageFunctionalTests extends PostgresTestSupport {

	private static final String PW = "chronicle editor 2026";

	@LocalServerPort
	int port;

	@Autowired
	JobRunner jobs;

	@Autowired
	UserAccounts users;

	@Autowired
	ChronicleRepository chronicle;

	@Autowired
	ChronicleCorrections corrections;

	@Autowired
	ChronicleListing listing;

	@TempDir
	Path inbox;

	@TempDir
	Path profile;

	WebDriver browser;

	@BeforeEach
	void compileTheChronicle() throws Exception {
		this.jdbc.update("delete from web_user where username <> 'admin'");
		this.users.save("chronicle-editor", PW, "EDITOR", null);
		TestInboxes.copyOfSampleInput(this.inbox);
		for (String job : new String[] { IngestJobConfiguration.JOB, IngestJobConfiguration.EVENTS_JOB }) {
			assertThat(this.jobs.run(job, Map.of("inbox", this.inbox.toString())).getStatus())
				.isEqualTo(BatchStatus.COMPLETED);
		}
		compileAgain();
	}

	private void compileAgain() throws Exception {
		assertThat(this.jobs.run(ChronicleJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@AfterEach
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void openABrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1500,1100", "--lang=zh-CN", "--user-data-dir=" + this.profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn(String user, String password) {
		openABrowser();
		this.browser.get(url("/chronicle?year=2022"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	private List<String> titles() {
		return this.browser.findElements(By.cssSelector("article.entry .title"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void filter(String department, String month, String words) {
		new Select(this.browser.findElement(By.id("filter-department"))).selectByValue(department);
		new Select(this.browser.findElement(By.id("filter-month"))).selectByValue(month);
		WebElement q = this.browser.findElement(By.id("filter-q"));
		q.clear();
		q.sendKeys(words);
		WebElement before = this.browser.findElement(By.tagName("main"));
		this.browser.findElement(By.id("filter-apply")).click();
		// the next page has come once this one's elements are gone (the address alone
		// may not change between two filters)
		waiting().until(ExpectedConditions.stalenessOf(before));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
	}

	@Test
	void editorsFilterByDepartmentAndMonthAndSearchInChinese() throws Exception {
		signIn("chronicle-editor", PW);
		this.browser.get(url("/chronicle?year=2022"));
		int all = this.chronicle.entries(2022, null).size();
		assertThat(titles()).hasSize(all);
		filter("雅安市地方志办公室", "", "");
		assertThat(titles()).hasSize(this.chronicle.entries(2022, "雅安市地方志办公室").size())
			.contains("举办全市地方志成果评审会")
			.doesNotContain("召开2022年全省应急管理工作会议");
		filter("雅安市地方志办公室", "6", "");
		// as the printed chronicle's 六月: a quarter and a half ending in June stand there
		// too
		assertThat(titles()).containsExactly("雅安市芦山县发生6.1级地震", "举办全市地方志成果评审会", "开展震后地方志资料抢救性收集", "开展地方志资料年报工作",
				"开展地情资料征集");
		filter("", "", "地震");
		assertThat(titles()).contains("雅安市芦山县发生6.1级地震", "甘孜州泸定县发生6.8级地震", "开展震后地方志资料抢救性收集")
			.allSatisfy((title) -> assertThat(title).isNotBlank());
		assertThat(this.browser.findElements(By.cssSelector("article.entry")))
			.allSatisfy((entry) -> assertThat(entry.findElement(By.cssSelector(".title")).getText()
					+ entry.findElement(By.cssSelector(".content")).getText())
				.contains("地震"));
		filter("", "", "震源深度16千米");
		assertThat(titles()).containsExactly("甘孜州泸定县发生6.8级地震");
		// the earthquake two departments reported: both wordings, both files
		filter("", "6", "芦山县发生");
		WebElement quake = this.browser.findElement(By.cssSelector("article.entry"));
		quake.findElement(By.cssSelector("details.sources summary")).click();
		assertThat(quake.findElement(By.cssSelector("details.sources")).getText()).contains("省应急管理厅")
			.contains("2022年大事记.xlsx")
			.contains("雅安市地方志办公室")
			.contains("大事记（2022年）.csv");
		this.browser.get(url("/chronicle?year=2022&lang=en"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chronicle 2022");
		assertThat(this.browser.findElement(By.id("filter-apply")).getText()).isEqualTo("Filter");
		Path screenshot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.createDirectories(Path.of("target/screenshots"));
		Files.copy(screenshot, Path.of("target/screenshots/chronicle.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void anEditorsCorrectionIsKeptBesideTheWordingAndSurvivesACompile() throws Exception {
		java.sql.Timestamp before = new java.sql.Timestamp(System.currentTimeMillis() - 1000);
		signIn("chronicle-editor", PW);
		this.browser.get(url("/chronicle?year=2022&q=" + java.net.URLEncoder.encode("成果评审会", "UTF-8")));
		WebElement entry = this.browser.findElement(By.cssSelector("article.entry"));
		entry.findElement(By.cssSelector("details.correct summary")).click();
		WebElement form = entry.findElement(By.cssSelector("form.wording"));
		WebElement title = form.findElement(By.name("title"));
		title.clear();
		title.sendKeys("举办全市地方志编纂成果评审会");
		form.findElement(By.name("reason")).sendKeys("据会议通知核正");
		form.findElement(By.cssSelector("button")).click();
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("corrected")));
		compileAgain();
		this.browser.get(url("/chronicle?year=2022&q=" + java.net.URLEncoder.encode("成果评审会", "UTF-8")));
		WebElement corrected = this.browser.findElement(By.cssSelector("article.entry"));
		assertThat(corrected.findElement(By.cssSelector(".title")).getText()).isEqualTo("举办全市地方志编纂成果评审会");
		assertThat(corrected.findElement(By.cssSelector("details.history")).getText()).contains("chronicle-editor")
			.contains("举办全市地方志编纂成果评审会")
			.contains("据会议通知核正");
		corrected.findElement(By.cssSelector("details.sources summary")).click();
		assertThat(corrected.findElement(By.cssSelector("dd.wording")).getText()).startsWith("举办全市地方志成果评审会");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_event where title = '举办全市地方志成果评审会'",
				Integer.class))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from web_audit_event where principal = 'chronicle-editor' "
						+ "and event_type = 'CHRONICLE_CORRECTED' and detail like '%据会议通知核正%' and occurred_at >= ?",
				Integer.class, before))
			.isEqualTo(1);
	}

	@Test
	void aSplitAndAMergeSurviveACompile() throws Exception {
		long quake = entryId("雅安市芦山县发生6.1级地震");
		long event = this.jdbc.queryForObject(
				"select id from ingest_event where department = '雅安市地方志办公室' " + "and title like '%芦山县发生6.1级地震%'",
				Long.class);
		this.corrections.split(quake, event, "两单位所报分别成条", "chronicle-editor");
		compileAgain();
		assertThat(this.chronicle.entries(2022, null)).filteredOn((e) -> e.title().contains("芦山县发生6.1级地震")).hasSize(2);
		long review = entryId("举办全市地方志成果评审会");
		long training = entryId("举办全市地方志业务培训班");
		this.corrections.merge(training, review, "同一活动", "chronicle-editor");
		compileAgain();
		List<ChronicleEntry> entries = this.chronicle.entries(2022, null);
		assertThat(entries).filteredOn((e) -> e.title().equals("举办全市地方志业务培训班")).isEmpty();
		assertThat(entries).filteredOn((e) -> e.title().equals("举办全市地方志成果评审会")).singleElement();
		assertThat(this.jdbc.queryForObject("select count(*) from chronicle_correction where entry_year = 2022",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	void pagesFollowEachOtherByKeysetWithTheFilterKept() {
		List<String> all = this.chronicle.entries(2022, null).stream().map(ChronicleEntry::title).toList();
		List<String> paged = new java.util.ArrayList<>();
		ChronicleListing.Filter none = new ChronicleListing.Filter(null, null, null, null);
		int after = 0;
		int pages = 0;
		do {
			ChronicleListing.Page page = this.listing.page(2022, none, after, 5);
			page.entries().forEach((e) -> paged.add(e.entry().title()));
			after = (page.next() != null) ? page.next() : -1;
			pages++;
		}
		while (after > 0);
		assertThat(paged).containsExactlyElementsOf(all);
		assertThat(pages).isEqualTo((all.size() + 4) / 5);
		ChronicleListing.Filter days = new ChronicleListing.Filter("省委办公厅", null, DatePrecision.DAY, null);
		ChronicleListing.Page first = this.listing.page(2022, days, 0, 2);
		ChronicleListing.Page second = this.listing.page(2022, days, first.next(), 2);
		assertThat(first.entries()).hasSize(2);
		assertThat(second.entries()).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.entry().departments()).contains("省委办公厅"))
			.allSatisfy((e) -> assertThat(e.entry().precision()).isEqualTo(DatePrecision.DAY))
			.allSatisfy((e) -> assertThat(e.position()).isGreaterThan(first.next()));
	}

	@Test
	void theDepartmentVolumeDownloadsForPrograms() throws Exception {
		java.net.http.HttpResponse<String> md = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/chronicle/2022/departments.md")))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString(("chronicle-editor:" + PW).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(md.statusCode()).isEqualTo(200);
		assertThat(md.body()).startsWith("# 2022年省直部门大事记").contains("- [四川省应急管理厅](#section-1)");
		assertThat(md.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
	}

	private long entryId(String title) {
		return this.jdbc.queryForObject("select id from chronicle_entry where entry_year = 2022 and title = ?",
				Long.class, title);
	}

}
