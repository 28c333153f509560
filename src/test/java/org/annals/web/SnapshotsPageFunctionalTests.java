package org.annals.web;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.archive.ArchiveService;
import org.annals.archive.Snapshot;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.ScheduledWork;
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
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: an archivist lands on the snapshots page (Debian's chromium), reads each
 * snapshot's fixity outcome in Chinese, verifies one (recorded as its latest check and in
 * the audit trail, by the archivist) and downloads its bag as a zip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=snapshots-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class SnapshotsPageFunctionalTests extends PostgresTestSupport {

	private static final String PW = "snapshots page 2026";

	private static final String ARCHIVIST = "snap-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	ScheduledWork work;

	@Autowired
	ArchiveService archive;

	@TempDir
	Path profile;

	WebDriver browser;

	@BeforeEach
	void aSnapshotOf2022AndABrowser() throws Exception {
		Path folder = home().resolve("archive");
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					file.toFile().setWritable(true);
					Files.delete(file);
				}
			}
		}
		FileSystemUtils.deleteRecursively(home().resolve("inbox"));
		TestInboxes.drop(home().resolve("inbox"), "省统计局", "gdp.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2021,53850.8",
				"全省,地区生产总值,亿元,2022,56749.8");
		assertThat(this.work.run(JobCatalogue.INGEST)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.work.run(JobCatalogue.COMPILE, Map.of("year", "2022"))).isEqualTo(BatchStatus.COMPLETED);
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
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anArchivistReadsVerifiesAndDownloadsASnapshot() throws Exception {
		long audited = this.jdbc.queryForObject("select coalesce(max(id), 0) from web_audit_event", Long.class);
		Snapshot snapshot = this.archive.create(2022, "page", null, (file) -> {
		});
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys(ARCHIVIST);
		this.browser.findElement(By.id("password")).sendKeys(PW);
		this.browser.findElement(By.id("sign-in")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("snapshots")));
		assertThat(URI.create(this.browser.getCurrentUrl()).getPath()).isEqualTo("/snapshots");
		By row = By.cssSelector("#snapshots tr[data-id='" + snapshot.id() + "']");
		assertThat(this.browser.findElement(row).getText()).contains("2022").contains("page").contains("尚未校验");

		this.browser.findElement(row).findElement(By.cssSelector("button.verify")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
		assertThat(this.browser.findElement(By.id("verify-result")).getText())
			.isEqualTo("快照 " + snapshot.id() + " 校验通过：文件完整，未被改动。");
		assertThat(this.browser.findElement(row).getAttribute("data-outcome")).isEqualTo("ok");
		assertThat(this.browser.findElement(row).getText()).contains("完好");
		this.browser.get("http://localhost:" + this.port + "/snapshots?lang=en");
		assertThat(this.browser.findElement(row).getText()).contains("Intact");

		String href = this.browser.findElement(row).findElement(By.cssSelector("a.download")).getAttribute("href");
		String session = this.browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> zip = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains("2022-page.zip");
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		String bag = Path.of(snapshot.path()).getFileName().toString();
		assertThat(entries).contains(bag + "/bagit.txt", bag + "/bag-info.txt", bag + "/manifest-sha256.txt",
				bag + "/tagmanifest-sha256.txt");
		try (Stream<Path> files = Files.walk(Path.of(snapshot.path()))) {
			assertThat(entries).hasSize((int) files.filter(Files::isRegularFile).count());
		}

		List<String> trail = this.jdbc.queryForList(
				"select principal || ' ' || event_type || ' ' || detail "
						+ "from web_audit_event where id > ? and event_type like 'SNAPSHOT_%' order by id",
				String.class, audited);
		assertThat(trail).hasSize(2);
		assertThat(trail.get(0)).startsWith("system SNAPSHOT_CREATED ").contains("\"snapshot\":" + snapshot.id());
		assertThat(trail.get(1)).startsWith(ARCHIVIST + " SNAPSHOT_VERIFIED ")
			.contains("\"valid\":true")
			.contains("\"via\":\"page\"");
	}

}
