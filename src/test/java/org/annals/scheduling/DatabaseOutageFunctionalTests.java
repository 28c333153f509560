package org.annals.scheduling;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.LongTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 9 and RELIABILITY #20: PostgreSQL stops ({@code pg_ctl stop -m fast})
 * for {@link #OUTAGE} while {@code annals serve} is in the middle of a chunk of the
 * nightly ingest, then starts again. The interrupted execution ends FAILED (not left
 * STARTED by a live process that no longer runs it), the schedule's next night resumes it
 * from its last committed chunk, the facts are exactly those of the file, and at most one
 * Quartz trigger is ACQUIRED. The database is a cluster of the test's own
 * ({@link PrivatePostgres}); the test takes a little over the outage plus two minutes.
 */
class DatabaseOutageFunctionalTests {

	/** How long the database is away: RELIABILITY #20's minute. */
	static final Duration OUTAGE = Duration.ofSeconds(60);

	private static final long ROWS = 20_000;

	@TempDir
	Path work;

	@Test
	void aChunkCutByADatabaseOutageEndsFailedAndTheNextNightResumesItToExactTotals() throws Exception {
		try (PrivatePostgres database = PrivatePostgres.start()) {
			JdbcTemplate jdbc = database.jdbc();
			Path home = this.work.resolve("home");
			long rows = LongTables.write(home.resolve("inbox/省统计局/历年县级指标.csv"), ROWS);
			Process serve = AnnalsProcess.on(home, database.url())
				.start("serve", "--server.port=0", "--annals.ingest.chunk-size=500",
						"--annals.schedules.nightly.cron=0/10 * * * * ?", "--annals.scheduling.recovery-interval=2s",
						// the night blocked by the cut run misfires: handled in seconds,
						// not a minute
						"--spring.quartz.properties.org.quartz.jobStore.misfireThreshold=5000");
			try {
				String execution = FailoverFunctionalTests.waitFor(jdbc,
						"select job_execution_id from batch_step_execution where step_name like 'readSubmissionStep:%' "
								+ "and status = 'STARTED' and write_count >= 2000",
						180);
				Connection pause = holdTheNextChunk(database);
				FailoverFunctionalTests.waitFor(jdbc,
						"select pid from pg_locks where not granted and relation = 'ingest_coverage'::regclass", 60);
				database.stopServer();
				// its session ended with the server
				pause.close();
				Thread.sleep(OUTAGE.toMillis());
				database.startServer();

				FailoverFunctionalTests.waitFor(jdbc, "select status from batch_job_execution where job_execution_id = "
						+ execution + " and status = 'FAILED' and end_time is not null", 180);
				FailoverFunctionalTests.waitFor(jdbc,
						"select e.status from batch_job_execution e join batch_job_instance i on i.job_instance_id = "
								+ "e.job_instance_id where i.job_name = 'ingestStatisticsJob' and e.status = 'COMPLETED'",
						180);

				assertThat(serve.isAlive()).as("the server rode the outage out").isTrue();
				assertThat(jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isEqualTo(rows);
				assertThat(jdbc.queryForObject("select count(distinct (region_code, indicator_code, fact_year)) "
						+ "from ingest_fact where state = 'current'", Long.class))
					.isEqualTo(rows);
				assertThat(jdbc.queryForObject("select sum(fact_value) from ingest_fact", BigDecimal.class))
					.isEqualByComparingTo(LongTables.sum(rows));
				Long resumedFrom = jdbc.queryForObject("select min(read_count) from batch_step_execution "
						+ "where step_name like 'readSubmissionStep%' and status = 'COMPLETED'", Long.class);
				assertThat(resumedFrom).as("the next night read only what was not committed before the outage")
					.isLessThan(rows);
				assertThat(jdbc.queryForObject("select count(*) from qrtz_triggers where trigger_state = 'ACQUIRED'",
						Integer.class))
					.isLessThanOrEqualTo(1);
			}
			catch (AssertionError ex) {
				throw FailoverFunctionalTests.withTail(ex, home);
			}
			finally {
				serve.destroy();
				serve.waitFor(60, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * Locks the table every chunk of facts writes, so that the next chunk waits inside
	 * its transaction (as {@code ReadingPause} does on the shared database).
	 */
	private static Connection holdTheNextChunk(PrivatePostgres database) throws Exception {
		Connection connection = DriverManager.getConnection(database.url());
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table ingest_coverage in exclusive mode");
		}
		return connection;
	}

}
