package org.annals.web;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.annals.tables.TablesJobConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Editors settle a conflict between sources (数出一门, issue 20): by the API and on the facts
 * page (with CSRF), always with a reason; who, when, why and the value chosen are
 * recorded append-only, shown in the cell's lineage, and stand through later runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class FactChoicesFunctionalTests extends PostgresTestSupport {

	private static final String HEADER = "地区,指标,计量单位,年份,数值";

	private static final String PW = "fact choices 2026";

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
	void usersAndTwoSources() throws Exception {
		this.jdbc.update("delete from web_user where username <> 'admin'");
		this.users.save("editor", PW, "EDITOR", null);
		this.users.save("department", PW, "DEPARTMENT", "省统计局");
		// decided in path order, 省公安厅 first; the bureau's value is published over it
		TestInboxes.drop(this.inbox, "省统计局", "b.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.1");
		TestInboxes.drop(this.inbox, "省公安厅", "a.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2900");
		ingest();
	}

	private void ingest() throws Exception {
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private long factOf(String department) {
		return this.jdbc.queryForObject("select id from ingest_published_fact where department = ? and "
				+ "region_code = '510600' and indicator_code = 'gdp'", Long.class, department);
	}

	private BigDecimal current() {
		return this.jdbc.queryForObject("select fact_value from ingest_published_fact where region_code = '510600' "
				+ "and indicator_code = 'gdp' and fact_year = 2022 and state = 'current'", BigDecimal.class);
	}

	private HttpResponse<String> api(String user, String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void anEditorsChoiceByTheApiIsRecordedShownInTheLineageAndStandsThroughLaterRuns() throws Exception {
		assertThat(current()).isEqualByComparingTo("2828.1");
		long police = factOf("省公安厅");
		HttpResponse<String> chosen = api("editor", "POST",
				"/api/facts/choices?fact=" + police + "&reason=" + encode("经与统计局核实，以公安厅口径为准"));
		assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
		assertThat(chosen.body()).contains("\"chosenBy\":\"editor\"").contains("\"value\":\"2900\"");
		assertThat(current()).isEqualByComparingTo("2900");
		assertThat(this.jdbc.queryForMap("select fact_id, fact_value, reason, chosen_by, replaced_fact_id "
				+ "from ingest_fact_choice where fact_id = ?", police))
			.containsEntry("reason", "经与统计局核实，以公安厅口径为准")
			.containsEntry("chosen_by", "editor")
			.containsEntry("replaced_fact_id", factOf("省统计局"))
			.satisfies((row) -> assertThat((BigDecimal) row.get("fact_value")).isEqualByComparingTo("2900"));
		assertThat(this.jdbc.queryForObject("select state from ingest_fact where id = ?", String.class, factOf("省统计局")))
			.isEqualTo("alternative");
		// a later run: the same value again from the bureau, and a different one
		TestInboxes.drop(this.inbox, "省统计局", "c.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.10");
		TestInboxes.drop(this.inbox, "省统计局", "d.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2830");
		ingest();
		assertThat(current()).as("the editor's choice stands").isEqualByComparingTo("2900");
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		HttpResponse<String> json = api("editor", "GET", "/api/tables/main-economic-indicators/2022.json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body().replace(" : ", ":")).contains("\"chosenBy\":\"editor\"")
			.contains("\"reason\":\"经与统计局核实，以公安厅口径为准\"")
			.contains("\"state\":\"alternative\"");
		assertThatThrownBy(() -> this.jdbc.update("update ingest_fact_choice set reason = 'x'"))
			.hasMessageContaining("append-only");
	}

	@Test
	void aChoiceWithoutAReasonOrByAnotherRoleIsRefused() throws Exception {
		long police = factOf("省公安厅");
		HttpResponse<String> noReason = api("editor", "POST", "/api/facts/choices?fact=" + police + "&reason=%20");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("请说明选择这个数值的理由").contains("Give the reason");
		assertThat(api("editor", "POST", "/api/facts/choices?fact=999999999&reason=x").body())
			.contains("没有编号为 999999999 的已发布数值");
		assertThat(api("department", "POST", "/api/facts/choices?fact=" + police + "&reason=x").statusCode())
			.isEqualTo(403);
		assertThat(current()).isEqualByComparingTo("2828.1");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact_choice where fact_id = ?", Integer.class,
				police))
			.isZero();
	}

	@Test
	void theFactsPageListsTheAlternativeAndAnEditorSettlesItThereWithCsrf() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = get(browser, "/login");
		post(browser, "/login", "username=editor&password=" + encode(PW) + "&_csrf=" + encode(csrf(login)));
		String page = get(browser, "/facts?year=2022");
		assertThat(page).contains("修订与备选值")
			.contains("[备选值] 德阳市 地区生产总值 2022年 2900 → 2828.1  省公安厅 a.csv csv!E2 → 省统计局 b.csv csv!E2；发布 2828.1")
			.contains("备选值");
		long police = factOf("省公安厅");
		String form = "fact=" + police + "&year=2022&reason=" + encode("统计局已书面确认");
		assertThat(post(browser, "/facts/choices", form).statusCode()).as("without the CSRF token").isEqualTo(403);
		HttpResponse<String> settled = post(browser, "/facts/choices", form + "&_csrf=" + encode(csrf(page)));
		assertThat(settled.statusCode()).isEqualTo(302);
		assertThat(current()).isEqualByComparingTo("2900");
		assertThat(get(browser, "/facts?year=2022")).contains("编辑核定")
			.contains("德阳市 地区生产总值 2022年 2900，由 editor 于")
			.contains("理由：统计局已书面确认");
	}

	private String get(HttpClient browser, String path) throws Exception {
		return browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

	private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
		return csrf.group(1);
	}

}
