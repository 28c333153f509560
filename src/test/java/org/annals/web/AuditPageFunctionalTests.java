package org.annals.web;

import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.annals.TestInboxes;
import org.annals.scheduling.Launches;
import org.annals.support.AuditTrail;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 22: the auditors' page in Debian's chromium. A department's upload, an operator's
 * job start and stop appear with their actors, newest first; the filters by actor and
 * type work; the page pages by keyset; nobody can change or delete an entry (no control
 * on the page, no endpoint, and PostgreSQL refuses it); the year's audit trail comes out
 * as CSV for the archive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=audit-secret", "annals.progress=false", "annals.ingest.settle=0s",
				"annals.ingest.chunk-size=50" })
class AuditPageFunctionalTests extends PostgresTestSupport {

	private static final String PW = "audit page 2026";

	/** Users of this run only: the audit log keeps every earlier run's rows. */
	private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

	private static final String DEPARTMENT = "dept-" + RUN;

	private static final String OPERATOR = "op-" + RUN;

	private static final String ARCHIVIST = "arch-" + RUN;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	Launches launches;

	@Autowired
	AuditTrail audit;

	@TempDir
	Path profile;

	WebDriver browser;

	ReadingPause pause;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void usersAndABrowser() throws Exception {
		Path inbox = home().resolve("inbox");
		if (Files.exists(inbox)) {
			try (Stream<Path> files = Files.walk(inbox)) {
				files.sorted(Comparator.reverseOrder()).forEach((f) -> f.toFile().delete());
			}
		}
		this.users.save(DEPARTMENT, PW, "DEPARTMENT", "省统计局");
		this.users.save(OPERATOR, PW, "OPERATOR", null);
		this.users.save(ARCHIVIST, PW, "ARCHIVIST", null);
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

	private HttpResponse<String> call(String user, String method, String path, HttpRequest.BodyPublisher body,
			String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, body)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> upload(String user, String name, String content) throws Exception {
		String boundary = "audit-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return call(user, "POST", "/api/submissions", HttpRequest.BodyPublishers.ofString(body),
				"multipart/form-data; boundary=" + boundary);
	}

	private void signIn(String user) {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(PW);
		this.browser.findElement(By.id("sign-in")).click();
		waiting(15).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private WebDriverWait waiting(int seconds) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(seconds));
	}

	private List<WebElement> rows() {
		return this.browser.findElements(By.cssSelector("#audit tbody tr[data-id]"));
	}

	private static long idOf(WebElement row) {
		return Long.parseLong(row.getAttribute("data-id"));
	}

	@Test
	void anUploadAJobStartAndAStopAppearWithTheirActorsAndTheFiltersWork() throws Exception {
		assertThat(upload(DEPARTMENT, "audit-" + RUN + ".csv", "地区,指标,计量单位,年份,数值\n全省,地区生产总值,亿元,2022,56749.8\n")
			.statusCode()).isEqualTo(200);
		// an ingest held at its first chunk, so that it is surely running when stopped
		Path inbox = home().resolve("inbox");
		Files.createDirectories(inbox.resolve("省统计局"));
		Files.copy(Path.of("sample-input/省统计局/人口主要指标.csv"), inbox.resolve("省统计局/人口主要指标.csv"));
		TestInboxes.settle(inbox.resolve("省统计局/人口主要指标.csv"));
		this.pause = ReadingPause.hold();
		HttpResponse<String> started = call(OPERATOR, "POST", "/api/jobs/ingest/runs",
				HttpRequest.BodyPublishers.noBody(), null);
		assertThat(started.statusCode()).isEqualTo(202);
		Matcher execution = Pattern.compile("\"execution\":(\\d+)").matcher(started.body());
		assertThat(execution.find()).as(started.body()).isTrue();
		HttpResponse<String> stopped = call(OPERATOR, "POST", "/api/executions/" + execution.group(1) + "/stop",
				HttpRequest.BodyPublishers.noBody(), null);
		assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(202);
		this.pause.release();

		signIn(ARCHIVIST);
		assertThat(URI.create(this.browser.getCurrentUrl()).getPath()).as("an archivist lands on the snapshots")
			.isEqualTo("/snapshots");
		this.browser.findElement(By.cssSelector(".nav a[data-nav='/audit']")).click();
		waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("审计日志");
		String table = this.browser.findElement(By.id("audit")).getText();
		assertThat(table).contains("上传报送文件").contains("启动作业").contains("停止作业").contains("导入报送");
		WebElement uploadRow = this.browser
			.findElement(By.cssSelector("#audit tr[data-type='UPLOAD'][data-actor='" + DEPARTMENT + "']"));
		assertThat(uploadRow.getText()).contains("audit-" + RUN + ".csv").contains("省统计局").contains("via=api");
		WebElement startRow = this.browser
			.findElement(By.cssSelector("#audit tr[data-type='JOB_START'][data-actor='" + OPERATOR + "']"));
		assertThat(startRow.getText()).contains("execution=" + execution.group(1));
		WebElement stopRow = this.browser
			.findElement(By.cssSelector("#audit tr[data-type='JOB_STOP'][data-actor='" + OPERATOR + "']"));
		assertThat(stopRow.getText()).contains("execution=" + execution.group(1));
		long id = idOf(stopRow);
		// newest first: the stop, then the start, then the upload
		assertThat(id).isGreaterThan(idOf(startRow));
		assertThat(idOf(startRow)).isGreaterThan(idOf(uploadRow));
		List<Long> ids = rows().stream().map(AuditPageFunctionalTests::idOf).toList();
		assertThat(ids).isSortedAccordingTo(Comparator.reverseOrder());

		// filter by actor
		this.browser.findElement(By.id("filter-actor")).sendKeys(OPERATOR);
		this.browser.findElement(By.id("filter-apply")).click();
		waiting(10).until(ExpectedConditions.urlContains("actor="));
		assertThat(rows()).isNotEmpty().allMatch((r) -> OPERATOR.equals(r.getAttribute("data-actor")));
		assertThat(rows()).extracting((r) -> r.getAttribute("data-type")).contains("JOB_START", "JOB_STOP");
		// and by type, with a time range of today
		new Select(this.browser.findElement(By.id("filter-type"))).selectByValue("JOB_STOP");
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		setDate("filter-from", today);
		setDate("filter-until", today);
		this.browser.findElement(By.id("filter-apply")).click();
		waiting(10).until(ExpectedConditions.urlContains("type=JOB_STOP"));
		assertThat(rows()).hasSize(1).allMatch((r) -> "JOB_STOP".equals(r.getAttribute("data-type")));
		setDate("filter-from", "2000-01-01");
		setDate("filter-until", "2000-12-31");
		this.browser.findElement(By.id("filter-apply")).click();
		waiting(10).until(ExpectedConditions.urlContains("from=2000-01-01"));
		assertThat(rows()).isEmpty();
		assertThat(this.browser.findElement(By.id("audit")).getText()).contains("没有符合条件的记录");

		// no way to change or delete: no control on the page, no endpoint, no SQL
		assertThat(this.browser.findElements(By.cssSelector("main form[method='post'], main button[type='button']")))
			.isEmpty();
		assertThat(call(OPERATOR, "DELETE", "/api/audit/" + id, HttpRequest.BodyPublishers.noBody(), null).statusCode())
			.isEqualTo(403);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from web_audit_event where id = ?", id));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update web_audit_event set principal = 'nobody' where id = ?", id));
		assertThat(this.jdbc.queryForObject("select principal from web_audit_event where id = ?", String.class, id))
			.isEqualTo(OPERATOR);
	}

	private void setDate(String id, String isoDate) {
		// a date input's value set as a person's choice would be, whatever the locale
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.id(id)), isoDate);
	}

	@Test
	void thePagePagesByKeysetNewestFirst() throws Exception {
		String actor = "pager-" + RUN;
		for (int i = 0; i < 120; i++) {
			this.audit.record(actor, AuditTrail.JOB_START, "127.0.0.1", Map.of("job", "nightly", "n", i));
		}
		signIn(OPERATOR);
		assertThat(URI.create(this.browser.getCurrentUrl()).getPath()).as("an operator lands on the console")
			.isEqualTo("/console");
		this.browser.get("http://localhost:" + this.port + "/audit?actor=" + actor);
		List<Long> seen = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		while (true) {
			List<Long> page = rows().stream().map(AuditPageFunctionalTests::idOf).toList();
			sizes.add(page.size());
			seen.addAll(page);
			List<WebElement> older = this.browser.findElements(By.id("audit-older"));
			if (older.isEmpty()) {
				break;
			}
			older.get(0).click();
			waiting(10).until(ExpectedConditions.urlContains("before="));
		}
		assertThat(sizes).containsExactly(50, 50, 20);
		assertThat(seen).hasSize(120).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(this.browser.findElement(By.id("audit")).getText()).contains("n=0").contains("夜间作业 (nightly)");
		this.browser.findElement(By.id("audit-newest")).click();
		waiting(10).until(ExpectedConditions.not(ExpectedConditions.urlContains("before=")));
		assertThat(this.browser.findElement(By.id("audit")).getText()).contains("n=119");
	}

	@Test
	void theAuditTrailOfAYearIsACsvForTheArchive() throws Exception {
		String actor = "csv-" + RUN;
		this.audit.record(actor, AuditTrail.FACT_CHOICE, "10.0.0.7",
				Map.of("fact", 42, "reason", "=HYPERLINK(\"x\")", "via", "api"));
		StringWriter csv = new StringWriter();
		long written = this.audit.write(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(), csv);
		String[] lines = csv.toString().split("\r\n");
		assertThat(lines[0]).isEqualTo("id,occurred_at,actor,type,address,via,detail");
		assertThat(written).isEqualTo(lines.length - 1);
		String line = Stream.of(lines).filter((l) -> l.contains(actor)).findFirst().orElseThrow();
		assertThat(line).contains("," + actor + ",FACT_CHOICE,10.0.0.7,api,")
			.contains("+08:00")
			.contains("\"\"reason\"\":\"\"=HYPERLINK");
		StringWriter none = new StringWriter();
		assertThat(this.audit.write(LocalDate.now().getYear() + 2, none)).isZero();
		assertThat(none.toString()).isEqualTo("id,occurred_at,actor,type,address,via,detail\r\n");
	}

}
