package org.annals.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.stream.Stream;

import org.annals.AnnalsProcess;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 points 2, 4 and 5, played with the jar as operators run it: a department
 * folder and a file the process may not read (the process runs as {@code nobody}, as a
 * service account would), a file over the size limit, and a workbook, a legacy workbook
 * and a CSV whose copies pause for longer than the settle time (RELIABILITY #10). Each is
 * reported and left for a later run; every other file loads; once whole and readable,
 * each loads as the whole file loads.
 */
class InboxFaultsFunctionalTests {

	private static final String HEADER = "地区,指标,计量单位,年份,数值";

	private static final Path WORKBOOK = Path.of("sample-input/省统计局/分年度社会消费品零售总额.xlsx");

	private static final Path LEGACY = Path.of("sample-input/省统计局/地区生产总值（2018—2022年）.xls");

	private static final Path CSV = Path.of("sample-input/省统计局/人口主要指标.csv");

	private JdbcTemplate jdbc;

	private Path folder;

	@BeforeEach
	void emptyDatabase() throws Exception {
		this.jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(this.jdbc);
		// a folder every user may enter: the process of another user works there
		this.folder = Files.createTempDirectory("annals-faults-");
		Files.setPosixFilePermissions(this.folder, PosixFilePermissions.fromString("rwxrwxrwx"));
	}

	@AfterEach
	void removeFolder() {
		FileSystemUtils.deleteRecursively(this.folder.toFile());
	}

	@Test
	void whatCannotBeTakenIsReportedAndLeftWhileEveryOtherFileLoadsAndOnceWholeAndReadableItLoads() throws Exception {
		Path home = open(this.folder.resolve("home"));
		Path inbox = open(this.folder.resolve("inbox"));
		TestInboxes.drop(inbox, "省统计局", "a.csv", HEADER, "成都市,地区生产总值,亿元,2022,20817.5");
		TestInboxes.drop(inbox, "省财政厅", "b.csv", HEADER, "成都市,一般公共预算收入,亿元,2022,1722.4");
		Path locked = inbox.resolve("省财政厅");
		Path unreadable = TestInboxes.drop(inbox, "成都市地方志办公室", "c.csv", HEADER, "成都市,常住人口,万人,2022,2126.8");
		String[] many = new String[3000];
		many[0] = HEADER;
		for (int i = 1; i < many.length; i++) {
			many[i] = "成都市,试算指标" + i + ",万元,2022," + i;
		}
		Path large = TestInboxes.drop(inbox, "省公安厅", "large.csv", many);
		Path[] sources = { WORKBOOK, LEGACY, CSV };
		for (Path source : sources) {
			byte[] whole = Files.readAllBytes(source);
			Path copy = inbox.resolve("省统计局").resolve(source.getFileName().toString());
			Files.write(copy, Arrays.copyOf(whole, whole.length / 2));
			TestInboxes.settle(copy); // the copy paused long ago: its time says settled
		}
		readableByAll(inbox);
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
		Path jar = Files.copy(AnnalsProcess.builtJar(), this.folder.resolve("annals.jar"));
		Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
		AnnalsProcess nobody = AnnalsProcess.on(home, PostgresTestSupport.DB_URL)
			.withJar(jar)
			.under("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
		String[] ingest = { "ingest", "--inbox", inbox.toString(), "--annals.ingest.settle=1s",
				"--annals.ingest.max-file-size=64KB" };

		AnnalsProcess.Result first = nobody.run(ingest);
		assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
		assertThat(first.out()).contains("已导入  省统计局/a.csv")
			.contains("未接收  省财政厅/：没有读取权限")
			.contains("未接收  成都市地方志办公室/c.csv：没有读取权限")
			.contains("未接收  省公安厅/large.csv：大小", "超过单个文件上限 64.0 KiB")
			.contains("3 个文件仍在写入，下次运行时处理")
			// issue 20: each named with what shows it is still being written
			.contains("仍在写入  省统计局/人口主要指标.csv：文件内容不完整，像是仍在复制，最多等待 15 分钟");
		assertThat(this.jdbc.queryForList("select original_name || ':' || status from ingest_submission", String.class))
			.as("nothing half-copied, unreadable or too large received, nothing rejected")
			.containsExactly("a.csv:loaded");

		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rw-r--r--"));
		for (Path source : sources) {
			Path copy = inbox.resolve("省统计局").resolve(source.getFileName().toString());
			Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
			TestInboxes.settle(copy);
		}
		AnnalsProcess.Result second = nobody.run(ingest);
		assertThat(second.exitCode()).as("the large file is still there").isEqualTo(1);
		assertThat(this.jdbc.queryForList("select original_name || ':' || status || ':' || fact_count "
				+ "from ingest_submission order by original_name", String.class))
			.as("loaded as the whole files load (sample-input/README.md)")
			.containsExactly("a.csv:loaded:1", "b.csv:loaded:1", "c.csv:loaded:1", "人口主要指标.csv:loaded:176",
					"分年度社会消费品零售总额.xlsx:loaded:88", "地区生产总值（2018—2022年）.xls:loaded:110");
		assertThat(large).exists();
	}

	private static Path open(Path folder) throws Exception {
		Files.createDirectories(folder);
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
		return folder;
	}

	private static void readableByAll(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.toList()) {
				Files.setPosixFilePermissions(path,
						PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxrwxrwx" : "rw-r--r--"));
			}
		}
	}

}
