package org.annals.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.scheduling.Launches;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting a flow over the API answers as DESIGN.md says: 202 with the id of the
 * execution it started, the one the executions list then shows; parameters it cannot
 * start with are refused with 400 and say why, and no job is started for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class JobsApiFunctionalTests extends PostgresTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	Launches launches;

	@Autowired
	Observed observed;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	private HttpResponse<String> call(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("admin:admin-secret".getBytes(StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> object(String body) {
		return this.json.readValue(body, Map.class);
	}

	private void awaitEnd(String flow) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		while (this.launches.isRunning(flow) && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.launches.isRunning(flow)).as(flow + " finished").isFalse();
	}

	@Test
	void aStartAnswersWithTheIdOfTheExecutionItStarted() throws Exception {
		TestInboxes.copyOfSampleInput(home().resolve("inbox"));
		HttpResponse<String> response = call("POST", "/api/jobs/ingest/runs");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		Map<String, Object> answer = object(response.body());
		assertThat(answer).containsEntry("job", "ingest").containsEntry("accepted", true).containsKey("execution");
		long execution = ((Number) answer.get("execution")).longValue();
		awaitEnd("ingest");
		assertThat(this.jdbc.queryForObject(
				"select i.job_name from batch_job_execution e join batch_job_instance i "
						+ "on i.job_instance_id = e.job_instance_id where e.job_execution_id = ?",
				String.class, execution))
			.as("the flow's first job")
			.isEqualTo("ingestStatisticsJob");
		List<Map<String, Object>> listed = this.json
			.readValue(call("GET", "/api/executions?job=ingestStatisticsJob").body(), List.class);
		assertThat(listed).extracting((e) -> ((Number) e.get("id")).longValue()).containsExactly(execution);
	}

	@Test
	void compilingWithoutAYearBeforeAnyFactsCompilesTheChronicle() throws Exception {
		HttpResponse<String> response = call("POST", "/api/jobs/compile/runs");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		long execution = ((Number) object(response.body()).get("execution")).longValue();
		awaitEnd("compile");
		assertThat(this.jdbc.queryForObject(
				"select i.job_name from batch_job_execution e join batch_job_instance i "
						+ "on i.job_instance_id = e.job_instance_id where e.job_execution_id = ?",
				String.class, execution))
			.isEqualTo("compileChronicleJob");
	}

	@Test
	void aYearThatIsNoYearIsRefusedWithTheReasonAndStartsNothing() throws Exception {
		HttpResponse<String> response = call("POST", "/api/jobs/compile/runs?year=20x2");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat((String) object(response.body()).get("error")).contains("未能启动")
			.contains("20x2")
			.contains("four digits");
		awaitEnd("compile");
		assertThat(this.jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class)).isZero();
	}

	@Test
	void aCallIsObservedAsARequestWithoutObservationsOfItsSecurityFilters() throws Exception {
		this.observed.names.clear();
		assertThat(call("GET", "/api/executions").statusCode()).isEqualTo(200);
		assertThat(this.observed.names).contains("http.server.requests")
			.noneMatch((name) -> name.startsWith("spring.security"));
	}

	@TestConfiguration
	static class Observations {

		@Bean
		Observed observed() {
			return new Observed();
		}

	}

	/** Records the name of every observation started. */
	static class Observed implements ObservationHandler<Observation.Context> {

		final List<String> names = new CopyOnWriteArrayList<>();

		@Override
		public void onStart(Observation.Context context) {
			this.names.add(context.getName());
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
