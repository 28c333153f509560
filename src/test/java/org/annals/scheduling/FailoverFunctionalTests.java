package org.annals.scheduling;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.LongTables;
import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code annals serve} nodes on one database and one shared data folder; the nightly
 * schedule fires once, on one of them, which is killed with SIGKILL in the middle of a
 * large file. The other node finds the dead node through Quartz's cluster check-in, takes
 * the unfinished fire time over, recovers the interrupted Spring Batch execution and
 * restarts it from its last chunk: the fire time runs once, and the facts are exactly
 * those of a clean run.
 */
class FailoverFunctionalTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path work;

	@Test
	void theSurvivingNodeFinishesTheNightOfAKilledNodeFromItsLastChunk() throws Exception {
		Cluster cluster = startTwoNodes();
		JdbcTemplate jdbc = cluster.jdbc();
		Path home = cluster.home();
		long rows = cluster.rows();
		Process a = cluster.a();
		Process b = cluster.b();
		try {
			String running = waitForTheNightMidFile(jdbc);
			assertThat(running).as("the nightly schedule started on one node").isIn("node-a", "node-b");
			Process victim = running.equals("node-a") ? a : b;
			Process survivor = (victim == a) ? b : a;
			long killedAt = System.currentTimeMillis();
			try (ReadingPause pause = ReadingPause.hold()) {
				victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			assertThat(jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class))
				.as("killed before anything was published")
				.isZero();

			String outcome = waitFor(jdbc,
					"select outcome from scheduling_run_log where schedule_name = 'nightly' and outcome is not null",
					240);

			assertThat(outcome).isEqualTo("COMPLETED");
			assertThat(survivor.isAlive()).isTrue();
			String survivorName = (survivor == a) ? "node-a" : "node-b";
			assertThat(jdbc.queryForList("select instance_name from scheduling_run_log", String.class))
				.as("the fire time ran once, finished by the survivor")
				.containsExactly(survivorName);
			assertThat(jdbc.queryForList("select e.status from batch_job_execution e join batch_job_instance i on "
					+ "i.job_instance_id = e.job_instance_id where i.job_name = 'ingestStatisticsJob' "
					+ "order by e.job_execution_id", String.class))
				.containsExactly("FAILED", "COMPLETED");
			assertThat(jdbc.queryForObject("select count(*) from ingest_fact where state = 'current'", Long.class))
				.isEqualTo(rows);
			assertThat(jdbc.queryForObject("select sum(fact_value) from ingest_fact", BigDecimal.class))
				.isEqualByComparingTo(LongTables.sum(rows));
			Long restartedFrom = jdbc.queryForObject("select min(read_count) from batch_step_execution "
					+ "where step_name like 'readSubmissionStep%' and status = 'COMPLETED'", Long.class);
			assertThat(restartedFrom).as("the survivor reads only what was not committed before the kill")
				.isLessThan(rows);
			assertThat(Files.readString(home.resolve("logs/annals.log"), StandardCharsets.UTF_8))
				.contains("Taking over schedule nightly");
			Long takenOver = jdbc.queryForObject(
					"select cast(extract(epoch from fired_at) * 1000 as bigint) from scheduling_run_log", Long.class);
			System.out.printf("failover: %s killed; %s took over after %.1f s and read %d of %d rows%n", running,
					survivorName, (takenOver - killedAt) / 1000.0, restartedFrom, rows);
		}
		finally {
			a.destroy();
			b.destroy();
			a.waitFor(30, TimeUnit.SECONDS);
			b.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * RELIABILITY #6: the node running the night stalls ({@code kill -STOP}) for four
	 * check-in intervals. The other node takes the fire time over, finds the batch job
	 * still owned by a live process and refuses to run it a second time; the stalled node
	 * wakes ({@code kill -CONT}) and finishes. Nothing is published twice.
	 */
	@Test
	void aStalledNodeThatWakesUpFinishesAloneAndNothingIsPublishedTwice() throws Exception {
		Cluster cluster = startTwoNodes();
		JdbcTemplate jdbc = cluster.jdbc();
		try {
			String running = waitForTheNightMidFile(jdbc);
			Process stalled = running.equals("node-a") ? cluster.a() : cluster.b();
			try (ReadingPause pause = ReadingPause.hold()) {
				signal(stalled, "STOP");
			}
			Thread.sleep(20_000);
			signal(stalled, "CONT");

			String outcome = waitFor(jdbc, "select outcome from scheduling_run_log where schedule_name = 'nightly' "
					+ "and outcome = 'COMPLETED'", 240);

			assertThat(outcome).isEqualTo("COMPLETED");
			assertThat(jdbc.queryForObject("select count(*) from scheduling_run_log", Long.class)).isOne();
			assertThat(jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).as("published once")
				.isEqualTo(cluster.rows());
			assertThat(jdbc.queryForObject("select count(*) from ingest_fact where state = 'current'", Long.class))
				.isEqualTo(cluster.rows());
			assertThat(jdbc.queryForList(
					"select e.status from batch_job_execution e join batch_job_instance i on "
							+ "i.job_instance_id = e.job_instance_id where i.job_name = 'ingestStatisticsJob'",
					String.class))
				.as("one execution, never run twice")
				.containsExactly("COMPLETED");
			assertThat(Files.readString(cluster.home().resolve("logs/annals.log"), StandardCharsets.UTF_8))
				.contains("Taking over schedule nightly")
				.contains("is already running");
		}
		finally {
			cluster.a().destroy();
			cluster.b().destroy();
			cluster.a().waitFor(30, TimeUnit.SECONDS);
			cluster.b().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private record Cluster(JdbcTemplate jdbc, Path home, long rows, Process a, Process b) {
	}

	/**
	 * Two nodes sharing a data folder whose inbox holds a large file; the nightly fires
	 * once, 30 s on.
	 */
	private Cluster startTwoNodes() throws Exception {
		JdbcTemplate jdbc = PostgresTestSupport.connect();
		// and the nodes of an earlier test, gone
		PostgresTestSupport.emptyIfMigrated(jdbc, "scheduling_run_log", "qrtz_fired_triggers", "qrtz_scheduler_state");
		Path home = this.work.resolve("shared");
		long rows = LongTables.write(home.resolve("inbox/省统计局/历年县级指标.csv"), LongTables.block());
		AnnalsProcess annals = AnnalsProcess.on(home, PostgresTestSupport.DB_URL);
		// node a first, with the night far away; once it is up, node b replaces the
		// trigger
		// with one firing 30 s on (a one-shot trigger whose time passed while a slow
		// machine was starting would never fire)
		Process a = annals.node("a").start(serve("node-a", "0 0 0 1 1 ? 2099"));
		waitFor(jdbc, "select instance_name from qrtz_scheduler_state where instance_name = 'node-a'", 120);
		ZonedDateTime fire = ZonedDateTime.now(SHANGHAI).plusSeconds(30).withNano(0);
		Process b = annals.node("b")
			.start(serve("node-b", DateTimeFormatter.ofPattern("s m H d M '?' yyyy").format(fire)));
		return new Cluster(jdbc, home, rows, a, b);
	}

	private static String waitForTheNightMidFile(JdbcTemplate jdbc) throws InterruptedException {
		return waitFor(jdbc,
				"select instance_name from scheduling_run_log where schedule_name = 'nightly' and exists (select 1 "
						+ "from batch_step_execution where step_name like 'readSubmissionStep%' and status = 'STARTED' "
						+ "and write_count >= 20000)",
				150);
	}

	private static void signal(Process process, String signal) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
		assertThat(kill.waitFor()).as("kill -" + signal).isZero();
	}

	private static String[] serve(String name, String cron) {
		return new String[] { "serve", "--server.port=0", "--annals.ingest.chunk-size=500",
				"--spring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
				"--annals.schedules.nightly.cron=" + cron };
	}

	/**
	 * The failure with the last lines a server printed, so that a red run says why.
	 * @param failure the failure
	 * @param home the server's data folder
	 * @param files its files to show, {@code out.txt}, {@code err.txt} and its log when
	 * none are named
	 * @return the failure, with the lines as its message's tail
	 */
	static AssertionError withTail(AssertionError failure, Path home, String... files) {
		StringBuilder message = new StringBuilder(failure.getMessage());
		List<String> names = (files.length > 0) ? List.of(files) : List.of("out.txt", "err.txt", "logs/annals.log");
		for (String name : names) {
			try {
				List<String> lines = Files.readAllLines(home.resolve(name));
				message.append("\n--- the last lines of ").append(name).append(":\n");
				message.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())));
			}
			catch (java.io.IOException ex) {
				failure.addSuppressed(ex);
			}
		}
		AssertionError told = new AssertionError(message.toString());
		told.setStackTrace(failure.getStackTrace());
		return told;
	}

	static String waitFor(JdbcTemplate jdbc, String query, int seconds) throws InterruptedException {
		long deadline = System.currentTimeMillis() + seconds * 1000L;
		while (System.currentTimeMillis() < deadline) {
			List<String> found = List.of();
			try {
				found = jdbc.queryForList(query, String.class);
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// the tables are not there until the first node has migrated
			}
			if (!found.isEmpty()) {
				return found.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("waited " + seconds + " s in vain for: " + query);
	}

}
