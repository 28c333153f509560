package org.annals.scheduling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.annals.AnnalsApplication;
import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.annals.TestInboxes;
import org.annals.cli.CommandLines;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 8 and RELIABILITY #3: two nodes (two application contexts on the same
 * PostgreSQL database, each with its own web server) launching the same job at the same
 * instant start it once. The first run is held at its first chunk (a
 * {@link ReadingPause}) so that it is certainly still running when the second launch
 * decides.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=launch-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class TwoNodeLaunchIntegrationTests extends PostgresTestSupport {

	private static final String[] CSV = { "地区,指标,计量单位,年份,数值", "全省,常住人口,万人,2022,8374", "成都市,常住人口,万人,2022,2126.8" };

	private static ConfigurableApplicationContext nodeB;

	@Autowired
	ApplicationContext nodeA;

	@LocalServerPort
	int portA;

	@TempDir
	Path work;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTheSecondNode() {
		nodeB = new SpringApplicationBuilder(AnnalsApplication.class).web(WebApplicationType.SERVLET)
			.properties(Map.of("spring.datasource.url", DB_URL, "annals.home", home().toString(), "server.port", "0",
					"annals.admin-password", "launch-secret", "annals.progress", "false", "annals.ingest.settle", "0s"))
			.run();
	}

	@AfterAll
	static void stopTheSecondNode() {
		nodeB.close();
	}

	@Test
	void twoNodesLaunchingTheSameJobAtTheSameInstantStartItOnce() throws Exception {
		JobRunner a = this.nodeA.getBean(JobRunner.class);
		JobRunner b = nodeB.getBean(JobRunner.class);
		for (int round = 1; round <= 4; round++) {
			emptyTables(this.jdbc);
			Path inbox = this.work.resolve("round-" + round);
			TestInboxes.drop(inbox, "省统计局", "人口.csv", CSV);
			Map<String, String> input = Map.of("inbox", inbox.toString());
			CyclicBarrier together = new CyclicBarrier(2);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try (ReadingPause pause = ReadingPause.hold()) {
				List<CompletableFuture<JobExecution>> launches = List.of(launch(threads, together, a, input),
						launch(threads, together, b, input));
				Throwable refused = firstRefusal(launches);
				pause.release();
				List<Long> ids = this.jdbc.queryForList("select job_execution_id from batch_job_execution", Long.class);
				assertThat(refused).as("round %d: the other launch is refused", round)
					.isInstanceOf(JobRunner.JobAlreadyRunningException.class);
				assertThat(ids).as("round %d: one execution", round).hasSize(1);
				assertThat(refused).hasMessageContaining("is already running (execution #" + ids.get(0) + ")");
				JobExecution winner = launches.stream()
					.filter((f) -> !f.isCompletedExceptionally())
					.findFirst()
					.orElseThrow()
					.get(60, TimeUnit.SECONDS);
				assertThat(winner.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			}
			finally {
				threads.shutdownNow();
			}
		}
	}

	/**
	 * What the launch that ended first (the other is held at its first chunk) threw, once
	 * the other has started (or ten seconds later); null when neither ended in 30 s (both
	 * are reading).
	 */
	private Throwable firstRefusal(List<CompletableFuture<JobExecution>> launches) throws Exception {
		try {
			CompletableFuture.anyOf(launches.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			return null;
		}
		catch (ExecutionException ex) {
			long deadline = System.currentTimeMillis() + 10_000;
			while (System.currentTimeMillis() < deadline
					&& this.jdbc.queryForObject("select count(*) from batch_job_execution where status = 'STARTED'",
							Integer.class) == 0) {
				Thread.sleep(50);
			}
			return ex.getCause();
		}
		return null;
	}

	private static CompletableFuture<JobExecution> launch(ExecutorService threads, CyclicBarrier together,
			JobRunner node, Map<String, String> input) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				together.await();
				return node.run(IngestJobConfiguration.JOB, input);
			}
			catch (Exception ex) {
				throw new CompletionException(ex);
			}
		}, threads);
	}

	@Test
	void aCommandOnTheSecondNodeSaysTheJobIsAlreadyRunningWithExitCodeThree() throws Exception {
		Path inbox = this.work.resolve("inbox");
		TestInboxes.drop(inbox, "省统计局", "人口.csv", CSV);
		try (ReadingPause pause = ReadingPause.hold()) {
			CompletableFuture<CommandLines.Run> first = CompletableFuture
				.supplyAsync(() -> CommandLines.run(this.nodeA, "ingest", "--inbox", inbox.toString()));
			long running = Long.parseLong(FailoverFunctionalTests.waitFor(this.jdbc,
					"select job_execution_id from batch_job_execution where status = 'STARTED'", 60));

			CommandLines.Run second = CommandLines.run(nodeB, "ingest", "--inbox", inbox.toString());

			assertThat(second.exitCode()).as(second.err()).isEqualTo(3);
			assertThat(second.err()).contains("正在运行（执行 #" + running + "）")
				.contains("is already running (execution #" + running + ")");
			pause.release();
			assertThat(first.get(60, TimeUnit.SECONDS).exitCode()).isZero();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from batch_job_execution e join batch_job_instance i "
						+ "on i.job_instance_id = e.job_instance_id where i.job_name = 'ingestStatisticsJob'",
				Integer.class))
			.isOne();
	}

	@Test
	void tenRequestsAtOnceToTwoNodesStartOneRunAndRefuseNineWith409() throws Exception {
		TestInboxes.drop(home().resolve("inbox"), "省统计局", "人口.csv", CSV);
		int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
		CyclicBarrier together = new CyclicBarrier(10);
		ExecutorService threads = Executors.newFixedThreadPool(10);
		List<Integer> codes = new ArrayList<>();
		try (ReadingPause pause = ReadingPause.hold()) {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				int port = (i % 2 == 0) ? this.portA : portB;
				answers.add(threads.submit(() -> {
					together.await();
					return startIngest(port);
				}));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
				codes.add(response.statusCode());
				assertThat(response.statusCode()).as(response.body()).isIn(202, 409);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(codes).as("one 202 and nine 409").containsOnly(202, 409);
		assertThat(codes.stream().filter((c) -> c == 202).count()).isOne();
		awaitIdle(this.nodeA.getBean(Launches.class), nodeB.getBean(Launches.class));
		assertThat(this.jdbc.queryForList("select i.job_name from batch_job_execution e join batch_job_instance i "
				+ "on i.job_instance_id = e.job_instance_id order by e.job_execution_id", String.class))
			.as("the flow ran once")
			.containsExactly("ingestStatisticsJob", "ingestEventsJob");
	}

	private HttpResponse<String> startIngest(int port) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/jobs/ingest/runs"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("admin:launch-secret".getBytes(StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void awaitIdle(Launches... nodes) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		for (Launches node : nodes) {
			while (node.isRunning("ingest") && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertThat(node.isRunning("ingest")).as("the run finished").isFalse();
		}
	}

}
