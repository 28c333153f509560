package org.annals.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.LongTables;
import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill the ingest process with SIGKILL in the middle of a large submission and run the
 * same command again: the stale execution is recovered, the job restarts from its last
 * committed chunk, and the facts are exactly those of a clean run, none lost, none
 * doubled.
 */
class KillAndRerunFunctionalTests {

	@TempDir
	Path work;

	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() throws Exception {
		this.jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(this.jdbc);
	}

	@Test
	void killedMidFileThenRerunGivesExactlyTheFactsOfACleanRun() throws Exception {
		Path inbox = this.work.resolve("inbox");
		long rows = LongTables.write(inbox.resolve("省统计局/历年县级指标.csv"), LongTables.block());
		AnnalsProcess annals = AnnalsProcess.on(this.work.resolve("home"), PostgresTestSupport.DB_URL);
		Process first = annals.start("ingest", "--inbox", inbox.toString(), "--annals.ingest.chunk-size=500");
		long staged = waitForStagedRows(first, 20_000);
		try (ReadingPause pause = ReadingPause.hold()) {
			assertThat(first.isAlive()).as("the job must still be running when it is killed (staged %d)", staged)
				.isTrue();
			first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(staged).isPositive();
		assertThat(this.jdbc.queryForObject("select status from batch_job_execution", String.class))
			.isEqualTo("STARTED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class))
			.as("nothing of a file is published before it is read to its end")
			.isZero();

		AnnalsProcess.Result rerun = annals.run("ingest", "--inbox", inbox.toString(),
				"--annals.ingest.chunk-size=500");

		assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
		assertThat(this.jdbc.queryForList("select status from batch_job_execution e join batch_job_instance i "
				+ "on i.job_instance_id = e.job_instance_id where i.job_name = 'ingestStatisticsJob' "
				+ "order by job_execution_id", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct (region_code, indicator_code, fact_year)) from ingest_fact where state = 'current'",
				Long.class))
			.isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("select sum(fact_value) from ingest_fact", BigDecimal.class))
			.isEqualByComparingTo(LongTables.sum(rows));
		Long restartedFrom = this.jdbc.queryForObject("select min(read_count) from batch_step_execution "
				+ "where step_name like 'readSubmissionStep%' and status = 'COMPLETED'", Long.class);
		assertThat(restartedFrom).as("the restart reads only what was not committed before the kill").isLessThan(rows);
	}

	private long waitForStagedRows(Process process, long wanted) throws Exception {
		long deadline = System.currentTimeMillis() + 120_000;
		long staged = 0;
		while (process.isAlive() && System.currentTimeMillis() < deadline) {
			Boolean migrated = this.jdbc.queryForObject(
					"select count(*) > 0 from information_schema.tables where table_name = 'ingest_coverage'",
					Boolean.class);
			staged = Boolean.TRUE.equals(migrated)
					? this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class) : 0;
			if (staged >= wanted) {
				return staged;
			}
			Thread.sleep(20);
		}
		return staged;
	}

}
