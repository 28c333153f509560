package org.annals.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.IngestJobs;
import org.annals.ingest.JsonStatReading;
import org.annals.ingest.SdmxCsvWriter;
import org.annals.scheduling.JobRunner;
import org.annals.tables.TablesJobConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts and tables in JSON-stat and SDMX-CSV through the API, for the roles that may read
 * the CSV and no others; the labels in the language the request asks for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class OpenFormatsApiFunctionalTests extends PostgresTestSupport {

	private static final String PW = "open formats 2026";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JobRunner jobs;

	@TempDir
	Path inbox;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void usersFactsAndTables() throws Exception {
		this.jdbc.update("delete from web_user where username <> 'admin'");
		this.users.save("editor", PW, "EDITOR", null);
		this.users.save("archivist", PW, "ARCHIVIST", null);
		this.users.save("department", PW, "DEPARTMENT", "省统计局");
		TestInboxes.copyOfSampleInput(this.inbox);
		assertThat(this.jobs.run(IngestJobs.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void factsAndTablesComeInTheOpenFormatsForTheRolesThatReadThem() throws Exception {
		HttpResponse<String> jsonStat = get("editor", "/api/facts?year=2022&format=jsonstat", null);
		assertThat(jsonStat.statusCode()).isEqualTo(200);
		assertThat(jsonStat.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/json"));
		JsonNode facts = JsonStatReading.parse(jsonStat.body().getBytes(StandardCharsets.UTF_8));
		assertThat(JsonStatReading.schemaErrors(facts)).isEmpty();
		assertThat(JsonStatReading.cells(facts)).hasSize(400);
		assertThat(facts.get("dimension").get("region").get("label").asString()).isEqualTo("地区");

		HttpResponse<String> sdmx = get("archivist", "/api/facts?year=2022&format=sdmx-csv", null);
		assertThat(sdmx.statusCode()).isEqualTo(200);
		assertThat(sdmx.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("application/vnd.sdmx.data+csv"));
		assertThat(sdmx.body().lines().findFirst()).hasValue(String.join(",", SdmxCsvWriter.HEADER));
		assertThat(sdmx.body().lines()).hasSize(401);

		HttpResponse<String> table = get("editor", "/api/tables/main-economic-indicators/2022.jsonstat", "en");
		assertThat(table.statusCode()).isEqualTo(200);
		JsonNode tableDocument = JsonStatReading.parse(table.body().getBytes(StandardCharsets.UTF_8));
		assertThat(JsonStatReading.schemaErrors(tableDocument)).isEmpty();
		assertThat(tableDocument.get("dimension").get("region").get("label").asString()).isEqualTo("Region");
		assertThat(JsonStatReading.texts(tableDocument.get("note"))).contains("地区生产总值按当年价格计算，增长速度按可比价格计算。");
		HttpResponse<String> tableSdmx = get("editor", "/api/tables/main-economic-indicators/2022.sdmx-csv", null);
		assertThat(tableSdmx.statusCode()).isEqualTo(200);
		assertThat(tableSdmx.body().lines().skip(1))
			.allMatch((line) -> line.startsWith("ANNALS:TABLE_MAIN_ECONOMIC_INDICATORS(1.0),"));

		// the same role rules as the CSV
		assertThat(get("department", "/api/facts?year=2022&format=jsonstat", null).statusCode()).isEqualTo(403);
		assertThat(get("department", "/api/tables/main-economic-indicators/2022.sdmx-csv", null).statusCode())
			.isEqualTo(403);
		assertThat(get(null, "/api/facts?year=2022&format=sdmx-csv", null).statusCode()).isEqualTo(401);
		assertThat(get("editor", "/api/facts?year=2022&format=xml", null).statusCode()).isEqualTo(400);
		// the default stays the canonical CSV
		assertThat(get("editor", "/api/facts?year=2022", null).body().lines().findFirst())
			.hasValueSatisfying((header) -> assertThat(header).startsWith("region_code,region_name,"));
	}

	private HttpResponse<String> get(String user, String path, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)));
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
