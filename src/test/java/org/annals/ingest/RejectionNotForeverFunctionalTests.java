package org.annals.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.annals.AnnalsProcess;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 3: a rejection is not forever. A file refused because {@code jobs/}
 * lacked its layout pin is read again by the first run after the pin is added, keeping
 * its first receipt; {@code annals reprocess} reads a rejected file again when an
 * operator asks, and says why it will not for a file that is not rejected.
 */
class RejectionNotForeverFunctionalTests {

	private static final String GRAIN = "2022年粮食生产情况.xlsx";

	private static final String BAD = "错误示例_数值有误.xlsx";

	@TempDir
	Path temp;

	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() throws Exception {
		this.jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(this.jdbc);
	}

	@Test
	void aFileRefusedForALayoutPinIsReadAgainOnceThePinIsThereAndAnOperatorHasAnyRejectionReadAgain() throws Exception {
		Path jobs = copyOfJobs();
		Path pin = jobs.resolve("templates/省农业农村厅-粮食生产.yml");
		Path unpinned = Files.move(pin, this.temp.resolve("pin.yml"));
		Path inbox = this.temp.resolve("inbox");
		for (String file : new String[] { "省农业农村厅/" + GRAIN, "成都市地方志办公室/" + BAD, "成都市地方志办公室/居民收支.csv" }) {
			Files.createDirectories(inbox.resolve(file).getParent());
			Files.copy(Path.of("sample-input", file), inbox.resolve(file));
			TestInboxes.settle(inbox.resolve(file));
		}
		AnnalsProcess annals = AnnalsProcess.on(this.temp.resolve("home"), PostgresTestSupport.DB_URL);
		String[] ingest = { "--inbox", inbox.toString(), "--annals.ingest.settle=0s", "--annals.jobs=" + jobs };

		AnnalsProcess.Result refused = annals.run(with("ingest", ingest));
		assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select original_name || ':' || status from ingest_submission order by id",
				String.class))
			.containsExactly("居民收支.csv:loaded", BAD + ":rejected", GRAIN + ":rejected");
		long grain = idOf(GRAIN);
		long bad = idOf(BAD);

		Files.move(unpinned, pin);
		AnnalsProcess.Result pinned = annals.run(with("ingest", ingest));
		assertThat(pinned.out()).contains("已导入  省农业农村厅/" + GRAIN + "  事实 44")
			.as("a rejection for its values is not read again by itself")
			.doesNotContain(BAD);
		assertThat(this.jdbc.queryForMap("select status, fact_count from ingest_submission where id = ?", grain))
			.containsEntry("status", "loaded")
			.containsEntry("fact_count", 44);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_receipt where submission_id = ?", Long.class,
				grain))
			.as("its first receipt, no other")
			.isEqualTo(1);

		AnnalsProcess.Result again = annals.run(with("reprocess", with(String.valueOf(bad), ingest)));
		assertThat(again.out()).contains("将重新读取 #" + bad, "已拒收  成都市地方志办公室/" + BAD, "Sheet1!B5");
		assertThat(again.exitCode()).as("still rejected: the same bytes").isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ingest_issue where submission_id = ? and code = 'BAD_NUMBER'", Long.class, bad))
			.as("one report, of the latest reading")
			.isEqualTo(2);

		AnnalsProcess.Result loaded = annals.run(with("reprocess", with(String.valueOf(grain), ingest)));
		assertThat(loaded.exitCode()).isEqualTo(2);
		assertThat(loaded.err()).contains("只有被拒收（rejected）或已暂停（failed）的报送可以重新读取");
	}

	private long idOf(String name) {
		return this.jdbc.queryForObject("select id from ingest_submission where original_name = ?", Long.class, name);
	}

	private static String[] with(String first, String... rest) {
		String[] all = new String[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private Path copyOfJobs() throws Exception {
		Path target = this.temp.resolve("jobs");
		try (Stream<Path> files = Files.walk(Path.of("jobs"))) {
			for (Path source : files.toList()) {
				Path copy = target.resolve(Path.of("jobs").relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return target;
	}

}
