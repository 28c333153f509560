package org.annals.web;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * Issue 23: the deliverables page in a real browser (Debian's chromium, as
 * {@link EditorPagesFunctionalTests} starts it). After sample-input's files are read, an
 * operator sees for data year 2022 what each department owes and where it stands, with
 * the latest file and its verdict; a department sees its own on its upload page, and no
 * other's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=test-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class DeliverablesPageFunctionalTests extends PostgresTestSupport {

	private static final String PW = "deliverables 2026 page";

	@LocalServerPort
	int port;

	@Autowired
	JobRunner jobs;

	@Autowired
	UserAccounts users;

	@TempDir
	Path inbox;

	@TempDir
	Path profile;

	WebDriver browser;

	@BeforeEach
	void ingestAndOpenABrowser() throws Exception {
		this.jdbc.update("delete from web_user where username <> 'admin'");
		this.users.save("tjj", PW, "DEPARTMENT", "省统计局");
		// an operator of its own: admin's password is whichever test context started last
		this.users.save("deliverables-operator", PW, "OPERATOR", null);
		this.jdbc.update("delete from tables_build");
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

	private void ingest() throws Exception {
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@AfterEach
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anOperatorSeesWhatEachDepartmentOwesAndWhereItStands() throws Exception {
		TestInboxes.copyOfSampleInput(this.inbox);
		ingest();
		signIn("deliverables-operator", PW);
		this.browser.get(url("/deliverables?year=2022"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("deliverables")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).startsWith("2022 年度应报资料");
		assertThat(row("省统计局", "国民经济主要指标")).contains("已报", "已导入");
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#deliverables tbody tr"));
		assertThat(rows).extracting((r) -> r.getAttribute("data-state")).contains("submitted", "overdue");
		assertThat(this.browser.findElement(By.id("summary")).getText()).startsWith("共 " + rows.size() + " 项");
	}

	@Test
	void aDepartmentSeesItsOwnOnItsUploadPage() throws Exception {
		TestInboxes.copyOfSampleInput(this.inbox);
		ingest();
		signIn("tjj", PW);
		this.browser.get(url("/upload"));
		waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#owed tbody tr"), 0));
		String owed = this.browser.findElement(By.id("owed")).getText();
		assertThat(owed).contains("国民经济主要指标", "人口统计").doesNotContain("地方政府债务", "大事记");
		this.browser.get(url("/deliverables"));
		assertThat(this.browser.getPageSource()).doesNotContain("id=\"deliverables\"");
	}

	@Test
	void aTableCompiledFromIncompleteInputsNamesWhatItLacks() throws Exception {
		// only a city office's figure: the bureau's main indicators, due 2023-03-31,
		// never came
		TestInboxes.drop(this.inbox, "成都市地方志办公室", "德阳.csv", "地区,指标,计量单位,年份,数值", "德阳市,地区生产总值,亿元,2022,2828.1");
		ingest();
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		signIn("deliverables-operator", PW);
		this.browser.get(url("/tables/2022/main-economic-indicators"));
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("missing")));
		assertThat(this.browser.findElement(By.id("missing")).getText()).contains("2022 年的输入不完整",
				"省统计局“国民经济主要指标”2022年：逾期（期限 2023-03-31）");
	}

	private String row(String department, String deliverable) {
		for (WebElement row : this.browser.findElements(By.cssSelector("#deliverables tbody tr"))) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			if (cells.get(0).getText().equals(department) && cells.get(1).getText().equals(deliverable)) {
				return row.getText();
			}
		}
		throw new AssertionError(department + " " + deliverable + " not listed");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn(String user, String password) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

}
