package org.annals.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.annals.PostgresTestSupport;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobRunner;
import org.annals.web.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 三级联动审查 by the API (issue 22): one province, two cities, three counties. A county
 * office's file is sent back with a comment on a fact, the department reads both, its
 * corrected file opens a new round that passes county, city and province; the province
 * signs the year's prefecture table off; no reviewer sees or acts on another region's
 * items; every step is in the append-only trail and in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class ReviewApiFunctionalTests extends PostgresTestSupport {

	private static final Path JOBS = ReviewTestOffice.jobs();

	private static final String HEADER = "地区,指标,计量单位,年份,数值\n";

	@DynamicPropertySource
	static void jobs(DynamicPropertyRegistry registry) {
		registry.add("annals.jobs", JOBS::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JobRunner jobs;

	@TempDir
	Path inbox;

	private ReviewTestOffice office;

	@BeforeEach
	void office() {
		ReviewTestOffice.empty(this.jdbc);
		this.office = new ReviewTestOffice(this.port);
		String pw = ReviewTestOffice.PW;
		this.users.save("jinjiang", pw, "DEPARTMENT", ReviewTestOffice.JINJIANG);
		this.users.save("qingyang", pw, "DEPARTMENT", ReviewTestOffice.QINGYANG);
		this.users.save("fucheng", pw, "DEPARTMENT", ReviewTestOffice.FUCHENG);
		for (String[] reviewer : new String[][] { { "r-jinjiang", "510104" }, { "r-qingyang", "510105" },
				{ "r-fucheng", "510703" }, { "r-chengdu", "510100" }, { "r-mianyang", "510700" },
				{ "r-province", "510000" } }) {
			this.users.save(reviewer[0], pw, "REVIEWER", null, reviewer[1], "test");
		}
		this.users.save("editor", pw, "EDITOR", null);
	}

	private void ingest() throws Exception {
		assertThat(this.jobs.run(JobCatalogue.INGEST_STATISTICS, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private JsonNode queue(String reviewer) {
		return this.office.json(reviewer, "GET", "/api/reviews/queue", 200);
	}

	private long only(String reviewer) {
		JsonNode queue = queue(reviewer);
		assertThat(queue.get("count").asInt()).as(reviewer + "'s queue").isEqualTo(1);
		return queue.get("items").get(0).get("id").asLong();
	}

	private long uploadAndIngest(String user, String name, String csv) throws Exception {
		var response = this.office.upload(user, name, csv);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		ingest();
		return this.jdbc.queryForObject("select max(id) from ingest_submission", Long.class);
	}

	@Test
	void aCountyFileIsSentBackCorrectedAndPassesEveryLevelAndTheProvinceSignsTheTableOff() throws Exception {
		long audited = this.jdbc.queryForObject("select coalesce(max(id), 0) from web_audit_event", Long.class);
		long first = uploadAndIngest("jinjiang", "锦江区2022.csv", HEADER + "锦江区,地区生产总值,亿元,2022,13000\n");
		uploadAndIngest("qingyang", "青羊区2022.csv", HEADER + "青羊区,地区生产总值,亿元,2022,1500\n");
		uploadAndIngest("fucheng", "涪城区2022.csv", HEADER + "涪城区,地区生产总值,亿元,2022,900\n");

		long item = only("r-jinjiang");
		JsonNode shown = this.office.json("r-jinjiang", "GET", "/api/reviews/" + item, 200);
		assertThat(shown.get("kind").asString()).isEqualTo("submission");
		assertThat(shown.get("level").asString()).isEqualTo("county");
		assertThat(shown.get("levels").toString())
			.isEqualTo("{\"county\":\"510104\",\"city\":\"510100\"," + "\"province\":\"510000\"}");
		JsonNode figure = shown.get("content").get("figures").get(0);
		assertThat(figure.get("regionCode").asString()).isEqualTo("510104");
		assertThat(figure.get("cell").asString()).matches("[A-Z]+[0-9]+");
		long fact = figure.get("factId").asLong();

		// nobody else's county, and not the city before the county passed it
		assertThat(this.office.call("r-qingyang", "GET", "/api/reviews/" + item).statusCode()).isEqualTo(404);
		assertThat(this.office.call("r-qingyang", "POST", "/api/reviews/" + item + "/pass").statusCode())
			.isEqualTo(404);
		assertThat(this.office.call("r-fucheng", "POST", "/api/reviews/" + item + "/return?reason=x").statusCode())
			.isEqualTo(404);
		assertThat(this.office.call("r-mianyang", "GET", "/api/reviews/" + item).statusCode()).isEqualTo(404);
		assertThat(this.office.call("r-chengdu", "GET", "/api/reviews/" + item).statusCode()).isEqualTo(200);
		assertThat(this.office.call("r-chengdu", "POST", "/api/reviews/" + item + "/pass").statusCode()).isEqualTo(403);
		assertThat(queue("r-qingyang").get("items").toString()).contains("青羊区2022.csv").doesNotContain("锦江区2022.csv");

		// sent back, with a comment on the figure; a reason is required
		this.office.json("r-jinjiang", "POST", "/api/reviews/" + item + "/comments?target=fact:" + fact + "&text="
				+ ReviewTestOffice.encode("数值偏高，请核实"), 201);
		assertThat(this.office.call("r-jinjiang", "POST", "/api/reviews/" + item + "/return").statusCode())
			.isEqualTo(400);
		JsonNode returned = this.office.json("r-jinjiang", "POST",
				"/api/reviews/" + item + "/return?reason=" + ReviewTestOffice.encode("地区生产总值与统计公报不符"), 200);
		assertThat(returned.get("state").asString()).isEqualTo("returned");
		assertThat(queue("r-jinjiang").get("count").asInt()).isZero();
		assertThat(this.office.call("r-jinjiang", "POST", "/api/reviews/" + item + "/pass").statusCode())
			.isEqualTo(409);

		// the department reads the comment and the reason
		String mine = this.office.call("jinjiang", "GET", "/api/submissions/reviews").body();
		assertThat(mine).contains("数值偏高，请核实")
			.contains("fact:" + fact)
			.contains("地区生产总值与统计公报不符")
			.contains("\"state\":\"returned\"");
		assertThat(this.office.call("qingyang", "GET", "/api/submissions/reviews").body()).doesNotContain("数值偏高");

		// its corrected file opens round 2 at the county
		long corrected = uploadAndIngest("jinjiang", "锦江区2022（更正）.csv", HEADER + "锦江区,地区生产总值,亿元,2022,1300\n");
		assertThat(corrected).isGreaterThan(first);
		assertThat(only("r-jinjiang")).isEqualTo(item);
		JsonNode round2 = this.office.json("r-jinjiang", "GET", "/api/reviews/" + item, 200);
		assertThat(round2.get("round").asInt()).isEqualTo(2);
		assertThat(round2.get("subject").asLong()).isEqualTo(corrected);

		// county → city → province
		assertThat(
				this.office.json("r-jinjiang", "POST", "/api/reviews/" + item + "/pass", 200).get("level").asString())
			.isEqualTo("city");
		assertThat(queue("r-chengdu").get("items").toString()).contains("锦江区2022（更正）.csv");
		assertThat(this.office.call("r-mianyang", "POST", "/api/reviews/" + item + "/pass").statusCode())
			.isEqualTo(404);
		assertThat(this.office.json("r-chengdu", "POST", "/api/reviews/" + item + "/pass", 200).get("level").asString())
			.isEqualTo("province");
		JsonNode passed = this.office.json("r-province", "POST", "/api/reviews/" + item + "/pass", 200);
		assertThat(passed.get("state").asString()).isEqualTo("passed");
		// a submission is not signed off: tables and the chronicle are
		assertThat(this.office.call("r-province", "POST", "/api/reviews/" + item + "/sign-off").statusCode())
			.isEqualTo(409);

		// the year's prefecture table: the province's level only; signed off by the
		// province
		assertThat(this.jobs.run(JobCatalogue.COMPILE_TABLES, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		long table = tableItem("main-economic-indicators");
		// a province-wide table is none of a city's
		assertThat(this.office.call("r-chengdu", "POST", "/api/reviews/" + table + "/pass").statusCode())
			.isEqualTo(404);
		assertThat(this.office.call("r-province", "POST", "/api/reviews/" + table + "/sign-off").statusCode())
			.isEqualTo(409);
		this.office.json("r-province", "POST", "/api/reviews/" + table + "/pass", 200);
		// 成都's county table goes through the city first; only the province signs off
		long counties = tableItem("chengdu-counties");
		assertThat(this.office.json("r-chengdu", "POST", "/api/reviews/" + counties + "/pass", 200)
			.get("level")
			.asString()).isEqualTo("province");
		this.office.json("r-province", "POST", "/api/reviews/" + counties + "/pass", 200);
		assertThat(this.office.call("r-chengdu", "POST", "/api/reviews/" + counties + "/sign-off").statusCode())
			.isEqualTo(403);
		assertThat(this.office.call("r-mianyang", "GET", "/api/reviews/" + counties).statusCode()).isEqualTo(404);
		JsonNode signed = this.office.json("r-province", "POST", "/api/reviews/" + table + "/sign-off", 200);
		assertThat(signed.get("state").asString()).isEqualTo("signed_off");
		assertThat(signed.get("signedBuild").asLong()).isEqualTo(this.jdbc.queryForObject(
				"select max(id) from tables_build where table_id = 'main-economic-indicators'", Long.class));

		// the trail, in order, append-only; and the same steps in the audit log
		List<String> trail = new ArrayList<>();
		this.office.json("r-province", "GET", "/api/reviews/" + item, 200)
			.get("trail")
			.forEach((e) -> trail.add(e.get("event").asString() + " " + e.get("actor").asString()));
		assertThat(trail).containsExactly("opened system", "commented r-jinjiang", "returned r-jinjiang",
				"opened system", "passed r-jinjiang", "passed r-chengdu", "passed r-province");
		assertThatThrownBy(() -> this.jdbc.update("update review_event set actor = 'x'"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from review_event")).hasMessageContaining("append-only");
		assertThat(this.jdbc
			.queryForList("select principal || ' ' || event_type from web_audit_event where event_type like 'REVIEW_%' "
					+ "and principal <> 'system' and id > ? order by id", String.class, audited))
			.containsExactly("r-jinjiang REVIEW_COMMENTED", "r-jinjiang REVIEW_RETURNED", "r-jinjiang REVIEW_PASSED",
					"r-chengdu REVIEW_PASSED", "r-province REVIEW_PASSED", "r-province REVIEW_PASSED",
					"r-chengdu REVIEW_PASSED", "r-province REVIEW_PASSED", "r-province REVIEW_SIGNED_OFF");
	}

	private long tableItem(String table) {
		for (JsonNode item : this.office.json("r-province", "GET", "/api/reviews", 200)) {
			if (item.get("kind").asString().equals("table") && item.get("title").asString().equals(table)) {
				return item.get("id").asLong();
			}
		}
		throw new AssertionError("no review item of table " + table);
	}

	@Test
	void aReviewerWithoutARegionSeesNothingAndOthersAreNotLetIn() throws Exception {
		this.users.save("r-none", ReviewTestOffice.PW, "REVIEWER", null);
		uploadAndIngest("jinjiang", "a.csv", HEADER + "锦江区,地区生产总值,亿元,2022,13000\n");
		assertThat(queue("r-none").get("count").asInt()).isZero();
		assertThat(this.office.json("r-none", "GET", "/api/reviews", 200)).isEmpty();
		assertThat(this.office.call("editor", "GET", "/api/reviews/queue").statusCode()).isEqualTo(403);
		assertThat(this.office.call("jinjiang", "GET", "/api/reviews/queue").statusCode()).isEqualTo(403);
		assertThat(this.office.call(null, "GET", "/api/reviews/queue").statusCode()).isEqualTo(401);
	}

}
