package org.annals.scheduling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.PostgresTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code annals serve} processes on one PostgreSQL database, a schedule firing every
 * two seconds: every fire time runs exactly once, on one node or the other, and no fire
 * time is lost while both run (twenty seconds, once both have joined the cluster;
 * RELIABILITY #4). Then both nodes are restarted twice: the stored triggers survive, the
 * same ones with the same crons and the same next fire times (the two-second one aside),
 * and every node says it uses Quartz's PostgreSQL delegate (RELIABILITY #21).
 */
class TwoNodeSchedulingFunctionalTests {

	@TempDir
	Path work;

	@Test
	void eachFireTimeRunsExactlyOnceOnTwoNodesAndTheTriggersSurviveRestartingBothTwice() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(
				new SingleConnectionDataSource(DriverManager.getConnection(PostgresTestSupport.DB_URL), true));
		Boolean migrated = jdbc.queryForObject(
				"select count(*) > 0 from information_schema.tables where table_name = 'archive_snapshot'",
				Boolean.class);
		if (Boolean.TRUE.equals(migrated)) {
			// no snapshots: the fixity check has nothing to find wrong
			jdbc.update("delete from archive_fixity_check");
			jdbc.update("delete from archive_snapshot");
			jdbc.update("delete from scheduling_run_log");
			// nodes of an earlier test, gone
			jdbc.update("delete from qrtz_fired_triggers");
			jdbc.update("delete from qrtz_scheduler_state");
		}
		String[] serve = { "serve", "--server.port=0", "--annals.schedules.fixity.cron=0/2 * * * * ?" };
		Process a = AnnalsProcess.on(this.work.resolve("a"), PostgresTestSupport.DB_URL).start(serve);
		Process b = AnnalsProcess.on(this.work.resolve("b"), PostgresTestSupport.DB_URL).start(serve);
		List<Map<String, Object>> triggers;
		try {
			// starting takes from seconds to minutes on a shared machine (and a fresh
			// database is migrated first): wait for both, then watch them run together
			long started = System.currentTimeMillis();
			long deadline = started + 180_000;
			while (joined(jdbc, started) < 2 && a.isAlive() && b.isAlive() && System.currentTimeMillis() < deadline) {
				Thread.sleep(500);
			}
			assertThat(joined(jdbc, started)).as("both nodes joined the cluster").isEqualTo(2);
			triggers = triggers(jdbc);
			Thread.sleep(20_000);
			assertThat(a.isAlive()).as("node a runs").isTrue();
			assertThat(b.isAlive()).as("node b runs").isTrue();
		}
		finally {
			a.destroy();
			b.destroy();
			a.waitFor(30, TimeUnit.SECONDS);
			b.waitFor(30, TimeUnit.SECONDS);
		}
		List<Map<String, Object>> runs = jdbc.queryForList("select scheduled_fire_time, instance_name, outcome from "
				+ "scheduling_run_log where schedule_name = 'fixity' " + "order by scheduled_fire_time");
		assertThat(runs).hasSizeGreaterThanOrEqualTo(6);
		assertThat(jdbc.queryForList("select scheduled_fire_time from scheduling_run_log group by schedule_name, "
				+ "scheduled_fire_time having count(*) > 1", Object.class))
			.as("no fire time ran twice")
			.isEmpty();
		long first = ((java.sql.Timestamp) runs.get(0).get("scheduled_fire_time")).getTime();
		long last = ((java.sql.Timestamp) runs.get(runs.size() - 1).get("scheduled_fire_time")).getTime();
		assertThat((last - first) / 2000 + 1).as("no fire time lost between the first and the last")
			.isEqualTo(runs.size());
		assertThat(runs).allSatisfy((run) -> assertThat(run.get("outcome")).isEqualTo("COMPLETED"));

		assertThat(triggers).as("every schedule of jobs/schedule.yml").hasSizeGreaterThanOrEqualTo(3);
		for (int restart = 1; restart <= 2; restart++) {
			restartBoth(jdbc, serve);
			assertThat(triggers(jdbc)).as("the triggers after restarting both nodes %d times", restart)
				.isEqualTo(triggers);
		}
		for (String node : List.of("a", "b")) {
			assertThat(Files.readString(this.work.resolve(node + "/logs/annals.log"), StandardCharsets.UTF_8))
				.contains("Quartz job store delegate: org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
		}
	}

	/** Starts both nodes, waits until both have joined the cluster, and stops them. */
	private void restartBoth(JdbcTemplate jdbc, String[] serve) throws Exception {
		long started = System.currentTimeMillis();
		Process a = AnnalsProcess.on(this.work.resolve("a"), PostgresTestSupport.DB_URL).start(serve);
		Process b = AnnalsProcess.on(this.work.resolve("b"), PostgresTestSupport.DB_URL).start(serve);
		try {
			long deadline = started + 180_000;
			while (joined(jdbc, started) < 2 && a.isAlive() && b.isAlive() && System.currentTimeMillis() < deadline) {
				Thread.sleep(500);
			}
			assertThat(joined(jdbc, started)).as("both nodes joined the cluster again").isEqualTo(2);
		}
		finally {
			a.destroy();
			b.destroy();
			a.waitFor(30, TimeUnit.SECONDS);
			b.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * The stored triggers: name, job, cron and zone, and the next fire time of those that
	 * do not fire every two seconds.
	 */
	private static List<Map<String, Object>> triggers(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("select count(*) from qrtz_triggers", Integer.class))
			.isEqualTo(jdbc.queryForObject("select count(*) from qrtz_cron_triggers", Integer.class));
		return jdbc.queryForList("select t.trigger_name, t.job_name, c.cron_expression, c.time_zone_id, "
				+ "case when t.trigger_name = 'fixity' then null else t.next_fire_time end as next_fire_time "
				+ "from qrtz_triggers t join qrtz_cron_triggers c on c.sched_name = t.sched_name "
				+ "and c.trigger_name = t.trigger_name and c.trigger_group = t.trigger_group order by t.trigger_name");
	}

	/** Nodes that checked in since a time (the table keeps nodes of earlier runs). */
	private static int joined(JdbcTemplate jdbc, long since) {
		try {
			return jdbc.queryForObject(
					"select count(distinct instance_name) from qrtz_scheduler_state where last_checkin_time >= ?",
					Integer.class, since);
		}
		catch (DataAccessException ex) {
			// not migrated yet
			return 0;
		}
	}

}
