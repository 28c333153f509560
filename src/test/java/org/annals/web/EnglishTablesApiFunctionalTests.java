package org.annals.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.IngestJobs;
import org.annals.scheduling.JobRunner;
import org.annals.tables.TablesJobConfiguration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English edition of the tables through the API (issue 24): {@code ?lang=en} on the
 * table list and the table files gives the English titles and tables; without it the
 * tables stay Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class EnglishTablesApiFunctionalTests extends PostgresTestSupport {

	private static final String PW = "english edition 2026";

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
	void factsAndTables() throws Exception {
		this.jdbc.update("delete from web_user where username <> 'admin'");
		this.jdbc.update("delete from tables_build");
		this.users.save("editor", PW, "EDITOR", null);
		TestInboxes.copyOfSampleInput(this.inbox);
		assertThat(this.jobs.run(IngestJobs.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void langEnGivesTheEnglishTables() throws Exception {
		assertThat(get("/api/tables?year=2022&lang=en").body())
			.contains("\"title\":\"Main Economic Indicators by City and Prefecture (2022)\"")
			.doesNotContain("2022年各市（州）主要经济指标");
		assertThat(get("/api/tables?year=2022").body()).contains("2022年各市（州）主要经济指标");

		HttpResponse<String> csv = get("/api/tables/population/2022.csv?lang=en");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().lines()).containsExactlyElementsOf(
				Files.readString(Path.of("src/test/resources/golden/tables/en/population.csv"), StandardCharsets.UTF_8)
					.lines()
					.toList());
		assertThat(get("/api/tables/population/2022.csv").body()).startsWith("地区,");

		HttpResponse<byte[]> xlsx = this.http.send(request("/api/tables/government-debt/2022.xlsx?lang=en"),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Local Government Debt Limits and Balances by City and Prefecture (2022)");
		}
		assertThat(get("/api/tables/main-economic-indicators/2022.json?lang=en").body())
			.contains("\"label\" : \"Liangshan Prefecture\"");
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(("editor:" + PW).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
