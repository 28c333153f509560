package org.annals.review;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.archive.ArchiveService;
import org.annals.archive.Snapshot;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobRunner;
import org.annals.web.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22, done when: one province, two cities, three counties in Debian's chromium. A
 * county office uploads; its reviewer comments on a figure and sends the file back; the
 * department reads both (by the API: its own page is not this feature's); its correction
 * passes county, city and province on the review pages; the province signs the year's
 * prefecture table off; the year's snapshot carries the signed-off build,
 * {@code reviews.csv} and {@code audit.csv}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class ReviewBrowserFunctionalTests extends PostgresTestSupport {

	private static final Path JOBS = ReviewTestOffice.jobs();

	private static final String HEADER = "地区,指标,计量单位,年份,数值\n";

	@DynamicPropertySource
	static void jobs(DynamicPropertyRegistry registry) {
		registry.add("annals.jobs", JOBS::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JobRunner jobs;

	@Autowired
	ArchiveService archive;

	@TempDir
	Path inbox;

	@TempDir
	Path profile;

	WebDriver browser;

	private ReviewTestOffice office;

	@BeforeEach
	void officeAndBrowser() {
		ReviewTestOffice.empty(this.jdbc);
		this.jdbc.update("delete from archive_fixity_check");
		this.jdbc.update("delete from archive_snapshot");
		this.office = new ReviewTestOffice(this.port);
		String pw = ReviewTestOffice.PW;
		this.users.save("jinjiang", pw, "DEPARTMENT", ReviewTestOffice.JINJIANG);
		this.users.save("qingyang", pw, "DEPARTMENT", ReviewTestOffice.QINGYANG);
		this.users.save("fucheng", pw, "DEPARTMENT", ReviewTestOffice.FUCHENG);
		for (String[] reviewer : new String[][] { { "r-jinjiang", "510104" }, { "r-qingyang", "510105" },
				{ "r-fucheng", "510703" }, { "r-chengdu", "510100" }, { "r-mianyang", "510700" },
				{ "r-province", "510000" } }) {
			this.users.save(reviewer[0], pw, "REVIEWER", null, reviewer[1], "test");
		}
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

	@AfterEach
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	private void signInAs(String user) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(ReviewTestOffice.PW);
		this.browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Opens the reviewer's queue, checks its count in the title, and opens an item. */
	private void openFromQueue(int count, String title) {
		this.browser.get(url("/review"));
		assertThat(this.browser.getTitle()).startsWith("待审（" + count + "）");
		this.browser.findElement(By.linkText(title)).click();
		waiting().until(ExpectedConditions.urlMatches(".*/review/[0-9]+$"));
	}

	/** Presses a button of the item's page and waits for the page the answer brings. */
	private void press(String id) {
		var before = this.browser.findElement(By.id("state"));
		this.browser.findElement(By.id(id)).click();
		waiting().until(ExpectedConditions.stalenessOf(before));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
	}

	private String state() {
		return this.browser.findElement(By.id("state")).getText() + " "
				+ this.browser.findElement(By.id("level")).getText();
	}

	private void uploadAndIngest(String user, String name, String csv) throws Exception {
		assertThat(this.office.upload(user, name, csv).statusCode()).isEqualTo(200);
		assertThat(this.jobs.run(JobCatalogue.INGEST_STATISTICS, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aCountyFileGoesBackCorrectedThroughEveryLevelAndTheSignedTableIsArchived() throws Exception {
		uploadAndIngest("jinjiang", "锦江区2022.csv", HEADER + "锦江区,地区生产总值,亿元,2022,13000\n");
		uploadAndIngest("qingyang", "青羊区2022.csv", HEADER + "青羊区,地区生产总值,亿元,2022,1500\n");
		uploadAndIngest("fucheng", "涪城区2022.csv", HEADER + "涪城区,地区生产总值,亿元,2022,900\n");

		signInAs("r-jinjiang");
		openFromQueue(1, "锦江区2022.csv");
		String fact = this.browser.findElement(By.cssSelector("table.figures code")).getText();
		assertThat(fact).startsWith("fact:");
		this.browser.findElement(By.id("target")).sendKeys(fact);
		this.browser.findElement(By.id("text")).sendKeys("数值偏高，请核实");
		press("comment");
		this.browser.findElement(By.id("reason")).sendKeys("地区生产总值与统计公报不符");
		press("return");
		assertThat(state()).isEqualTo("已退回 县级");
		assertThat(this.browser.findElement(By.cssSelector("table.trail")).getText()).contains("数值偏高，请核实")
			.contains(fact)
			.contains("地区生产总值与统计公报不符")
			.contains("r-jinjiang");
		String item = this.browser.getCurrentUrl().replaceAll(".*/review/", "");

		// another county's reviewer finds nothing there
		signInAs("r-qingyang");
		this.browser.get(url("/review"));
		assertThat(this.browser.getTitle()).startsWith("待审（1）");
		assertThat(this.browser.getPageSource()).doesNotContain("锦江区2022.csv");

		// the department reads the comment and the reason, and sends its correction
		assertThat(this.office.call("jinjiang", "GET", "/api/submissions/reviews").body()).contains("数值偏高，请核实")
			.contains(fact)
			.contains("地区生产总值与统计公报不符");
		uploadAndIngest("jinjiang", "锦江区2022更正.csv", HEADER + "锦江区,地区生产总值,亿元,2022,1300\n");

		signInAs("r-jinjiang");
		openFromQueue(1, "锦江区2022更正.csv");
		press("pass");
		assertThat(state()).isEqualTo("待审 市级");
		signInAs("r-chengdu");
		openFromQueue(1, "锦江区2022更正.csv");
		press("pass");
		assertThat(state()).isEqualTo("待审 省级");
		signInAs("r-province");
		this.browser.get(url("/review/" + item));
		press("pass");
		assertThat(state()).isEqualTo("通过 省级");

		// the province signs the year's prefecture table off
		assertThat(this.jobs.run(JobCatalogue.COMPILE_TABLES, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		this.browser.get(url("/review"));
		this.browser.findElement(By.linkText("main-economic-indicators")).click();
		waiting().until(ExpectedConditions.urlMatches(".*/review/[0-9]+$"));
		press("pass");
		press("sign-off");
		assertThat(state()).isEqualTo("审定 省级");
		long signed = this.jdbc.queryForObject(
				"select max(id) from tables_build where table_id = 'main-economic-indicators' and table_year = 2022",
				Long.class);
		assertThat(this.browser.getPageSource()).contains("已审定：第 " + signed + " 版");

		Snapshot snapshot = this.archive.create(2022, "review", null, (file) -> {
		});
		Path bag = Path.of(snapshot.path());
		assertThat(this.archive.verify(bag.toString()).valid()).isTrue();
		String signedContent = this.jdbc.queryForObject("select content from tables_build where id = ?", String.class,
				signed);
		try (var files = Files.list(bag.resolve("data/tables"))) {
			Path json = files.filter((f) -> f.getFileName().toString().endsWith("各市（州）主要经济指标.json"))
				.findFirst()
				.orElseThrow();
			assertThat(
					org.annals.support.Sha256.of(Files.readString(json, StandardCharsets.UTF_8).replaceAll("\\s", "")))
				.isEqualTo(org.annals.support.Sha256.of(signedContent.replaceAll("\\s", "")));
		}
		List<String> reviews = Files.readAllLines(bag.resolve("data/reviews.csv"), StandardCharsets.UTF_8);
		assertThat(reviews).anyMatch((l) -> l.contains(",commented,r-jinjiang,") && l.contains("数值偏高，请核实"))
			.anyMatch((l) -> l.contains(",returned,r-jinjiang,") && l.contains("地区生产总值与统计公报不符"))
			.anyMatch((l) -> l.contains(",city,510100,passed,r-chengdu,"))
			.anyMatch((l) -> l.contains(",province,510000,passed,r-province,"))
			.anyMatch((l) -> l.contains("main-economic-indicators|2022") && l.contains(",signed_off,r-province,"));
		List<String> audit = Files.readAllLines(bag.resolve("data/audit.csv"), StandardCharsets.UTF_8);
		assertThat(audit).anyMatch((l) -> l.contains(",r-jinjiang,REVIEW_RETURNED,"))
			.anyMatch((l) -> l.contains(",r-province,REVIEW_SIGNED_OFF,"))
			.anyMatch((l) -> l.contains(",r-chengdu,AUTHENTICATION_SUCCESS,"));
	}

}
