package org.annals.scheduling.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.annals.ScratchDatabases;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 19 point 8 on H2, the embedded default: two guards on one database (as two nodes)
 * launch the same job one after the other, never at once, and a launch that waits for the
 * other longer than {@code launch-wait} is refused as "already running". The same on
 * PostgreSQL, with whole launches: {@link TwoNodeLaunchIntegrationTests}.
 */
class LaunchGuardIntegrationTests {

	private final DriverManagerDataSource h2 = ScratchDatabases.h2("launch_guard");

	@BeforeEach
	void createTable() throws Exception {
		new JdbcTemplate(this.h2)
			.execute(new ClassPathResource("db/migration/common/V028__create_scheduling_launch.sql")
				.getContentAsString(StandardCharsets.UTF_8));
	}

	@AfterEach
	void drop() {
		new JdbcTemplate(this.h2).execute("drop all objects");
	}

	private LaunchGuard node(Duration launchWait) {
		return new LaunchGuard(this.h2, new SchedulingProperties(
				new SchedulingProperties.Scheduling(false, launchWait, null, null, null), null, null));
	}

	@Test
	void twoNodesLaunchingTheSameJobTakeTurns() throws Exception {
		LaunchGuard a = node(Duration.ofSeconds(10));
		LaunchGuard b = node(Duration.ofSeconds(10));
		List<String> events = new CopyOnWriteArrayList<>();
		CountDownLatch aInside = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> launch(a, events, "a", aInside));
		assertThat(aInside.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> second = CompletableFuture
			.runAsync(() -> launch(b, events, "b", new CountDownLatch(1)));
		first.get(20, TimeUnit.SECONDS);
		second.get(20, TimeUnit.SECONDS);
		assertThat(events).containsExactly("a in", "a out", "b in", "b out");
		assertThat(new JdbcTemplate(this.h2).queryForObject("select count(*) from scheduling_launch", Integer.class))
			.isOne();
	}

	@Test
	void aLaunchThatWaitsLongerThanLaunchWaitIsRefusedAsAlreadyRunning() throws Exception {
		LaunchGuard a = node(Duration.ofSeconds(10));
		LaunchGuard impatient = node(Duration.ofMillis(300));
		CountDownLatch aInside = new CountDownLatch(1);
		CountDownLatch letGo = new CountDownLatch(1);
		CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> {
			try {
				return a.holding("ingestStatisticsJob", () -> {
					aInside.countDown();
					return letGo.await(20, TimeUnit.SECONDS);
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(aInside.await(10, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(JobRunner.JobAlreadyRunningException.class)
			.isThrownBy(() -> impatient.holding("ingestStatisticsJob", () -> "started twice"))
			.withMessageContaining("正由另一个进程启动")
			.withMessageContaining("another process is starting it")
			.satisfies((ex) -> assertThat(ex.execution()).isNull());
		assertThat(impatient.holding("compileTablesJob", () -> "another job")).isEqualTo("another job");
		letGo.countDown();
		assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(true);
	}

	private static void launch(LaunchGuard node, List<String> events, String name, CountDownLatch inside) {
		try {
			node.holding("ingestStatisticsJob", () -> {
				events.add(name + " in");
				inside.countDown();
				Thread.sleep(500);
				events.add(name + " out");
				return null;
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
