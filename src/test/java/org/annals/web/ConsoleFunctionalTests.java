package org.annals.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.annals.LongTables;
import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.annals.TestInboxes;
import org.annals.scheduling.Launches;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' console and the departments' upload page in Debian's chromium: an
 * operator sees the inbox, starts a job and watches its execution and counts appear, then
 * what was loaded and rejected; watches a long ingest's step counts move without
 * reloading the page, stops it and restarts it from the console; a department uploads
 * files and reads their check reports at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=test-secret", "annals.progress=false", "annals.ingest.settle=0s",
				"annals.ingest.chunk-size=500" })
class ConsoleFunctionalTests extends PostgresTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	Launches launches;

	@TempDir
	Path profile;

	WebDriver browser;

	ReadingPause pause;

	@BeforeEach
	void openABrowser() throws Exception {
		Path inbox = home().resolve("inbox");
		if (Files.exists(inbox)) {
			try (Stream<Path> files = Files.walk(inbox)) {
				files.sorted(Comparator.reverseOrder()).forEach((f) -> f.toFile().delete());
			}
		}
		this.users.save("tjj", "console test 2026", "DEPARTMENT", "省统计局");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--user-data-dir=" + this.profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		this.browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
					.usingAnyFreePort()
					.build(),
				options);
	}

	@AfterEach
	void closeTheBrowserAndWaitForRuns() throws Exception {
		if (this.pause != null) {
			this.pause.release();
		}
		if (this.browser != null) {
			this.browser.quit();
		}
		long deadline = System.currentTimeMillis() + 120_000;
		while (this.launches.isRunning("ingest") && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
	}

	private void signIn(String user, String password) {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		// signed in only once the answer to the form has come: a page asked for before it
		// is asked for without the session, and shows the sign-in form instead
		waiting(15).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private WebDriverWait waiting(int seconds) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	@Test
	void anOperatorSeesTheInboxStartsAJobAndWatchesItsCounts() throws Exception {
		Path inbox = TestInboxes.copyOfSampleInput(home().resolve("inbox"));
		TestInboxes.drop(inbox, "省统计局", "~$人口主要指标.xlsx", "lock");
		signIn("admin", "test-secret");
		this.browser.get("http://localhost:" + this.port + "/console");
		waiting(15)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-waiting"), "省统计局/人口主要指标.csv"));
		// an Office lock file is not being written: it is never read, and the page says
		// why
		assertThat(text("inbox-writing")).doesNotContain("~$");
		assertThat(text("inbox-not-read")).contains("省统计局/~$人口主要指标.xlsx").contains("Office 锁定文件");
		this.browser.findElement(By.id("run-ingest")).click();
		waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-message"), "202"));
		By statistics = By.cssSelector("#executions tr[data-job='ingestStatisticsJob']");
		waiting(10).until(ExpectedConditions.presenceOfElementLocated(statistics));
		By done = By.cssSelector("#executions tr[data-job='ingestEventsJob'][data-status='COMPLETED']");
		waiting(60).until(ExpectedConditions.presenceOfElementLocated(done));
		WebElement row = this.browser.findElement(By.cssSelector("#executions tr[data-job='ingestStatisticsJob']"));
		assertThat(row.getAttribute("data-status")).isEqualTo("COMPLETED");
		long read = Long.parseLong(row.findElements(By.tagName("td")).get(5).getText());
		assertThat(read).as("rows read, shown in the console").isGreaterThan(100);
		WebElement restart = row.findElements(By.tagName("button")).get(0);
		assertThat(restart.isEnabled()).isFalse();
		assertThat(restart.getAttribute("title")).isEqualTo("只有失败或停止的执行才能重启");
		waiting(15)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-submissions"), "错误示例_数值有误.xlsx"));
		String submissions = text("inbox-submissions");
		assertThat(submissions).contains("被拒收").contains("Sheet1!B5 “约3.5”不是数字。").contains("已导入");
		assertThat(text("inbox-waiting")).doesNotContain("人口主要指标.csv");
	}

	@Test
	void anOperatorWatchesALongIngestsCountsMoveThenStopsAndRestartsIt() throws Exception {
		long rows = LongTables.write(home().resolve("inbox/省统计局/历年县级指标（长表）.csv"), 300_000);
		signIn("admin", "test-secret");
		this.browser.get("http://localhost:" + this.port + "/console");
		this.browser.findElement(By.id("run-ingest")).click();
		By partition = By.cssSelector("#steps tr[data-step^='readSubmissionStep:']");
		// The reading is held after its first chunks, then after a few more, so that
		// the job is surely still running while the page is looked at.
		this.pause = holdOnceRead(0);
		long first = waiting(60).until((page) -> readOf(partition) > 0 ? readOf(partition) : null);
		WebElement run = this.browser.findElement(By.id("run-ingest"));
		waiting(10).until((page) -> !run.isEnabled());
		assertThat(this.browser.findElement(By.cssSelector("#run-ingest + small.why")).getText())
			.isEqualTo("这个作业正在运行，不会同时再启动一次");
		long held = committedReads();
		this.pause.release();
		this.pause = holdOnceRead(held);
		long later = waiting(30).until((page) -> readOf(partition) > first ? readOf(partition) : null);
		assertThat(later).as("counts move while the job runs, the page never reloaded").isGreaterThan(first);

		By running = By.cssSelector("#executions tr[data-job='ingestStatisticsJob'][data-status='STARTED']");
		this.pause.releaseWhen(() -> this.jdbc.queryForObject(
				"select count(*) from batch_job_execution where status in ('STOPPING', 'STOPPED')", Long.class) > 0,
				60);
		this.browser.findElement(running).findElements(By.tagName("button")).get(1).click();
		By stopped = By.cssSelector("#executions tr[data-job='ingestStatisticsJob'][data-status='STOPPED']");
		waiting(60).until((page) -> {
			var row = page.findElements(stopped);
			return !row.isEmpty() && row.get(0).findElements(By.tagName("button")).get(0).isEnabled();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class)).isZero();
		this.browser.findElement(stopped).findElements(By.tagName("button")).get(0).click();
		By completed = By.cssSelector("#executions tr[data-job='ingestStatisticsJob'][data-status='COMPLETED']");
		waiting(180).until(ExpectedConditions.presenceOfElementLocated(completed));
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact where state = 'current'", Long.class))
			.isEqualTo(rows);
	}

	private ReadingPause holdOnceRead(long rows) throws Exception {
		long deadline = System.currentTimeMillis() + 60_000;
		while (committedReads() <= rows) {
			assertThat(System.currentTimeMillis()).as("the ingest reads past row " + rows).isLessThan(deadline);
			Thread.sleep(20);
		}
		return ReadingPause.hold();
	}

	private long committedReads() {
		return this.jdbc.queryForObject("select coalesce(sum(read_count), 0) from batch_step_execution "
				+ "where step_name like 'readSubmissionStep:%'", Long.class);
	}

	private long readOf(By step) {
		try {
			var found = this.browser.findElements(step);
			return found.isEmpty() ? -1 : Long.parseLong(found.get(0).findElements(By.tagName("td")).get(2).getText());
		}
		catch (org.openqa.selenium.StaleElementReferenceException | NumberFormatException
				| IndexOutOfBoundsException ex) {
			return -1;
		}
	}

	@Test
	void aDepartmentUploadsAndReadsTheReportAtOnce() {
		signIn("tjj", "console test 2026");
		this.browser.get("http://localhost:" + this.port + "/upload");
		Path bad = Path.of("sample-input/成都市地方志办公室/错误示例_数值有误.xlsx").toAbsolutePath();
		Path good = Path.of("sample-input/省统计局/人口主要指标.csv").toAbsolutePath();
		this.browser.findElement(By.id("files")).sendKeys(bad + "\n" + good);
		waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports"), "约3.5"));
		waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports"), "可以导入，事实 176 条"));
		String reports = this.browser.findElement(By.id("reports")).getText();
		assertThat(reports).contains("错误示例_数值有误.xlsx — 有错误，导入时将被拒收").contains("Sheet1!B5");
		waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), "人口主要指标.csv"));
		assertThat(this.browser.findElement(By.id("mine")).getText()).contains("省统计局");
	}

	/**
	 * Issue 22: an operator uploading for a department chooses it on the page (the
	 * departments of jobs/departments.yml); a department's user uploads for its own.
	 */
	@Test
	void anOperatorChoosesTheDepartmentItUploadsFor() {
		signIn("admin", "test-secret");
		this.browser.get("http://localhost:" + this.port + "/upload");
		Path good = Path.of("sample-input/省统计局/人口主要指标.csv").toAbsolutePath();
		this.browser.findElement(By.id("files")).sendKeys(good.toString());
		waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports"), "请选择报送单位"));
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_submission", Long.class)).isZero();
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("department"))).selectByValue("省财政厅");
		assertThat(this.browser.findElement(By.id("template")).getAttribute("href"))
			.contains("department=%E7%9C%81%E8%B4%A2%E6%94%BF%E5%8E%85");
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("arguments[0].value = '';",
				this.browser.findElement(By.id("files")));
		this.browser.findElement(By.id("files")).sendKeys(good.toString());
		waiting(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reports"), "可以导入"));
		waiting(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine"), "人口主要指标.csv"));
		assertThat(this.browser.findElement(By.id("mine")).getText()).contains("省财政厅").contains("已收取");
		assertThat(this.jdbc.queryForObject("select department from ingest_submission", String.class))
			.isEqualTo("省财政厅");
		signIn("tjj", "console test 2026");
		this.browser.get("http://localhost:" + this.port + "/upload");
		assertThat(this.browser.findElements(By.id("department"))).isEmpty();
		assertThat(this.browser.findElement(By.id("own-department")).getText()).contains("省统计局");
	}

	@Test
	void aDepartmentCannotOpenTheConsole() {
		signIn("tjj", "console test 2026");
		this.browser.get("http://localhost:" + this.port + "/console");
		assertThat(this.browser.getPageSource()).doesNotContain("run-ingest");
	}

}
