package org.annals.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.ScheduledWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's endpoints that take a year refuse one outside the data with the years the
 * database holds (issue 21), instead of a table of {@code …}, an empty CSV or an empty
 * snapshot; and an editor removes a year's compiled build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class YearsApiFunctionalTests extends PostgresTestSupport {

	private static final String PW = "years api 2026 pw";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	ScheduledWork work;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void dataOf2021And2022() throws Exception {
		emptyTables(this.jdbc);
		this.jdbc.update("delete from web_user where username <> 'admin'");
		this.users.save("editor", PW, "EDITOR", null);
		this.users.save("archivist", PW, "ARCHIVIST", null);
		this.users.save("operator", PW, "OPERATOR", null);
		// the home is the test JVM's, shared with other classes: their files left in its
		// inbox
		// would bring their years
		FileSystemUtils.deleteRecursively(home().resolve("inbox"));
		TestInboxes.drop(home().resolve("inbox"), "省统计局", "gdp.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2021,53850.8",
				"全省,地区生产总值,亿元,2022,56749.8");
		assertThat(this.work.run(JobCatalogue.INGEST)).isEqualTo(BatchStatus.COMPLETED);
	}

	private HttpResponse<String> call(String user, String method, String path, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aYearOutsideTheDataIsRefusedWithTheRangeByEveryEndpointThatTakesAYear() throws Exception {
		for (String path : new String[] { "/api/tables?year=1850", "/api/facts?year=1850", "/api/chronicle/1850.csv",
				"/api/tables/main-economic-indicators/1850.xlsx" }) {
			HttpResponse<String> refused = call("editor", "GET", path, null);
			assertThat(refused.statusCode()).as(path).isEqualTo(404);
			assertThat(refused.body()).as(path)
				.contains("年份 1850 不在数据范围内：数据库中有 2021–2022 年的数据")
				.contains("\"firstYear\":2021")
				.contains("\"lastYear\":2022");
		}
		HttpResponse<String> english = call("editor", "GET", "/api/facts?year=2030", "en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("Year 2030 is outside the data: the database holds data of 2021–2022");
		assertThat(call("editor", "GET", "/api/facts?year=2022", null).body()).contains("56749.8");
	}

	@Test
	void noSnapshotAndNoJobIsStartedForAYearOutsideTheData() throws Exception {
		HttpResponse<String> snapshot = call("archivist", "POST", "/api/snapshots?year=1850", null);
		assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(400);
		assertThat(snapshot.body()).contains("年份 1850 不在数据范围内");
		HttpResponse<String> compile = call("operator", "POST", "/api/jobs/compile/runs?year=2030", null);
		assertThat(compile.statusCode()).as(compile.body()).isEqualTo(400);
		assertThat(compile.body()).contains("年份 2030 不在数据范围内：数据库中有 2021–2022 年的数据");
		Thread.sleep(500);
		assertThat(this.jdbc.queryForObject("select count(*) from archive_snapshot", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from batch_job_instance where job_name in (?, ?, ?)",
				Integer.class, JobCatalogue.ARCHIVE_SNAPSHOT, JobCatalogue.COMPILE_TABLES,
				JobCatalogue.COMPILE_CHRONICLE))
			.isZero();
	}

	@Test
	void anEditorRemovesAYearsCompiledBuild() throws Exception {
		assertThat(this.work.run(JobCatalogue.COMPILE, Map.of("year", "2022"))).isEqualTo(BatchStatus.COMPLETED);
		int builds = this.jdbc.queryForObject("select count(*) from tables_build where table_year = 2022",
				Integer.class);
		assertThat(builds).isPositive();

		assertThat(call("operator", "DELETE", "/api/tables/2022", null).statusCode()).isEqualTo(403);
		HttpResponse<String> deleted = call("editor", "DELETE", "/api/tables/2022", null);

		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
		assertThat(deleted.body()).contains("\"tableBuilds\":" + builds);
		assertThat(this.jdbc.queryForObject("select count(*) from tables_build where table_year = 2022", Integer.class))
			.isZero();
		assertThat(call("editor", "GET", "/api/tables?year=2022", null).body()).isEqualTo("[]");
		assertThat(call("editor", "DELETE", "/api/tables/2022", null).statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Integer.class)).isPositive();
	}

}
