package org.annals.scheduling;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.PostgresTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY #22: every node is down across a fire time and past the misfire threshold.
 * When a node is back, the stored triggers (kept across the restart, not rescheduled)
 * follow their misfire policy: the nightly ({@code fire-once}) runs exactly once, the
 * fixity check ({@code skip}) not at all.
 */
class MisfireFunctionalTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path work;

	@Test
	void aFireTimeMissedByEveryNodeRunsOnceOrNotAtAllAsConfigured() throws Exception {
		JdbcTemplate jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(jdbc, "scheduling_run_log", "qrtz_fired_triggers", "qrtz_scheduler_state");
		ZonedDateTime fire = ZonedDateTime.now(SHANGHAI).plusSeconds(45).withNano(0);
		String cron = DateTimeFormatter.ofPattern("s m H d M '?' yyyy").format(fire);
		String[] serve = { "serve", "--server.port=0", "--annals.schedules.nightly.cron=" + cron,
				"--annals.schedules.fixity.cron=" + cron,
				"--spring.quartz.properties.org.quartz.jobStore.misfireThreshold=5000" };
		AnnalsProcess annals = AnnalsProcess.on(this.work.resolve("home"), PostgresTestSupport.DB_URL);

		Process first = annals.node("first").start(serve);
		try {
			FailoverFunctionalTests.waitFor(jdbc, "select instance_name from qrtz_scheduler_state", 40);
		}
		catch (AssertionError ex) {
			throw FailoverFunctionalTests.withTail(ex, this.work.resolve("home"), "out-first.txt", "err-first.txt",
					"logs/annals.log");
		}
		finally {
			first.destroy();
			assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the first node stopped").isTrue();
		}
		assertThat(ZonedDateTime.now(SHANGHAI)).as("the node was down before the fire time").isBefore(fire);
		Thread.sleep(java.time.Duration.between(ZonedDateTime.now(SHANGHAI), fire).toMillis() + 10_000);

		Process again = annals.node("again").start(serve);
		try {
			String outcome = FailoverFunctionalTests.waitFor(jdbc,
					"select outcome from scheduling_run_log where schedule_name = 'nightly' and outcome is not null",
					120);
			assertThat(outcome).isEqualTo("COMPLETED");
			Thread.sleep(5_000);
		}
		catch (AssertionError ex) {
			throw FailoverFunctionalTests.withTail(ex, this.work.resolve("home"), "out-again.txt", "err-again.txt",
					"logs/annals.log");
		}
		finally {
			again.destroy();
			again.waitFor(30, TimeUnit.SECONDS);
		}
		List<String> runs = jdbc.queryForList("select schedule_name from scheduling_run_log order by 1", String.class);
		assertThat(runs).as("fire-once runs the missed night once; skip drops the missed fixity check")
			.containsExactly("nightly");
	}

}
