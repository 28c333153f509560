package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.annals.AnnalsApplication;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.cli.AnnalsCli;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY #11, duplicate drop: the same bytes under three names, the third after a
 * restart, are ingested once and received twice more as duplicates; the one submission
 * carries the SHA-256 that {@code sha256sum} prints for the file, and its original is
 * those bytes.
 */
class DuplicateDropIntegrationTests extends PostgresTestSupport {

	@Autowired
	JobRunner jobs;

	@Autowired
	OriginalStore store;

	@TempDir
	Path inbox;

	@Test
	void theSameBytesUnderThreeNamesOneAfterARestartAreOneIngestAndTwoDuplicates() throws Exception {
		Path first = TestInboxes.drop(this.inbox, "省统计局", "人口.csv", "地区,指标,计量单位,年份,数值", "全省,常住人口,万人,2022,8374");
		Files.copy(first, this.inbox.resolve("省统计局/人口（再次报送）.csv"));
		TestInboxes.settle(this.inbox.resolve("省统计局/人口（再次报送）.csv"));
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		// the restart: the command line in an application context of its own, nothing of
		// this one's memory carried over
		Files.createDirectories(this.inbox.resolve("省财政厅"));
		Files.copy(first, this.inbox.resolve("省财政厅/人口副本.csv"));
		TestInboxes.settle(this.inbox.resolve("省财政厅/人口副本.csv"));
		assertThat(ingestInANewProcessContext()).isZero();

		String sha256sum = sha256sum(first);
		assertThat(this.jdbc.queryForList("select sha256, status from ingest_submission"))
			.containsExactly(Map.of("sha256", sha256sum, "status", "loaded"));
		assertThat(this.jdbc.queryForList("select original_name from ingest_receipt where duplicate order by id",
				String.class))
			.containsExactly("人口（再次报送）.csv", "人口副本.csv");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_receipt", Integer.class)).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Integer.class)).isEqualTo(1);
		assertThat(this.store.pathOf(sha256sum)).hasSameBinaryContentAs(first);
	}

	private int ingestInANewProcessContext() {
		PrintStream out = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			return AnnalsCli.run(AnnalsApplication.class,
					new String[] { "ingest", "--inbox", this.inbox.toString(), "--spring.datasource.url=" + DB_URL,
							"--annals.home=" + home(), "--annals.ingest.settle=0s", "--annals.progress=false" });
		}
		finally {
			System.setOut(out);
			assertThat(printed.toString(StandardCharsets.UTF_8)).as("what the command printed").contains("人口副本.csv");
		}
	}

	private static String sha256sum(Path file) throws Exception {
		Process process = new ProcessBuilder("sha256sum", file.toString()).start();
		String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).isZero();
		return line.substring(0, 64);
	}

}
