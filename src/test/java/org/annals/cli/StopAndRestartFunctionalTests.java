package org.annals.cli;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.LongTables;
import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.annals.cli.internal.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job control across processes, with the built jar: an ingest of a large file runs in one
 * process; {@code annals jobs stop ID} from a second process stops it at a chunk commit
 * (Spring Batch's stop flag, seen by the running step when it writes its progress); then
 * {@code annals jobs restart ID} resumes it from its last committed chunk, and the facts
 * are exactly those of the file, none lost, none doubled.
 */
class StopAndRestartFunctionalTests {

	private static final long ROWS = 150_000;

	@TempDir
	Path work;

	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() throws Exception {
		this.jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(this.jdbc);
	}

	private boolean migrated() {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select count(*) = 2 from information_schema.tables where table_name in ('ingest_fact', 'batch_step_execution')",
				Boolean.class));
	}

	@Test
	void anIngestStoppedFromAnotherProcessIsRestartedToExactlyTheFactsOfTheFile() throws Exception {
		Path inbox = this.work.resolve("inbox");
		long rows = LongTables.write(inbox.resolve("省统计局/历年县级指标（长表）.csv"), ROWS);
		AnnalsProcess owner = AnnalsProcess.on(this.work.resolve("home"), PostgresTestSupport.DB_URL);
		AnnalsProcess operator = AnnalsProcess.on(this.work.resolve("operator"), PostgresTestSupport.DB_URL);
		Process ingest = owner.start("ingest", "--inbox", inbox.toString(), "--annals.ingest.chunk-size=500");
		long id = waitUntilReading(ingest);
		String execution = String.valueOf(id);

		AnnalsProcess.Result stop;
		try (ReadingPause pause = ReadingPause.hold()) {
			pause.releaseWhen(
					() -> "STOPPING".equals(this.jdbc.queryForObject(
							"select status from batch_job_execution where job_execution_id = ?", String.class, id)),
					60);
			stop = operator.run("jobs", "stop", execution);
		}

		assertThat(stop.exitCode()).as(stop.out() + stop.err()).isZero();
		assertThat(stop.out()).contains("执行 #" + id + " 已停止").contains("annals jobs restart " + id);
		assertThat(ingest.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(ingest.exitValue()).isEqualTo(ExitCodes.SYSTEM);
		assertThat(Files.readString(this.work.resolve("home/err.txt"), StandardCharsets.UTF_8))
			.contains("作业已被停止（执行 #" + id + "）")
			.contains("annals jobs restart " + id);
		assertThat(this.jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?",
				String.class, id))
			.isEqualTo("STOPPED");
		assertThat(this.jdbc.queryForList(
				"select status from batch_step_execution where job_execution_id = ? and step_name like 'readSubmissionStep:%'",
				String.class, id))
			.as("stopped while reading the file")
			.containsExactly("STOPPED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class))
			.as("nothing of a file is published before it is read to its end")
			.isZero();
		long written = this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class);
		assertThat(written).isPositive().isLessThan(rows);
		assertThat(operator.run("jobs", "status", execution).out()).contains("状态 / status: STOPPED");

		AnnalsProcess.Result restart = owner.run("jobs", "restart", execution);

		assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
		assertThat(restart.out()).contains("已完成（重启自 #" + id + "）").contains("事实 " + rows);
		assertThat(this.jdbc.queryForList("select status from batch_job_execution order by job_execution_id",
				String.class))
			.containsExactly("STOPPED", "COMPLETED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct (region_code, indicator_code, fact_year)) from ingest_fact where state = 'current'",
				Long.class))
			.isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("select sum(fact_value) from ingest_fact", BigDecimal.class))
			.isEqualByComparingTo(LongTables.sum(rows));
		Long reread = this.jdbc.queryForObject("select read_count from batch_step_execution "
				+ "where step_name like 'readSubmissionStep:%' and job_execution_id <> ?", Long.class, id);
		assertThat(reread).as("the restart reads only what was not committed before the stop").isLessThan(rows);
		AnnalsProcess.Result list = operator.run("jobs", "list", "--job", "ingestStatisticsJob");
		assertThat(list.out()).contains(id + "\tingestStatisticsJob\tSTOPPED")
			.contains("\tingestStatisticsJob\tCOMPLETED");
	}

	/** The execution id, once its file is being read and some chunks are committed. */
	private long waitUntilReading(Process process) throws Exception {
		long deadline = System.currentTimeMillis() + 180_000;
		while (process.isAlive() && System.currentTimeMillis() < deadline) {
			if (migrated()) {
				var ids = this.jdbc.queryForList("select job_execution_id from batch_step_execution "
						+ "where step_name like 'readSubmissionStep:%' and status = 'STARTED' and write_count >= 5000",
						Long.class);
				if (!ids.isEmpty()) {
					return ids.get(0);
				}
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the ingest never got to reading its file (alive: " + process.isAlive() + ")");
	}

}
