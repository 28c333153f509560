package org.annals.ingest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One authority per figure (数出一门, issue 20): the source ranked first in
 * {@code jobs/departments.yml} stands whatever the order of the files; a lower source's
 * different value is kept as an alternative and flagged; every revision and alternative
 * is in the report.
 */
class SourceAuthorityIntegrationTests extends PostgresTestSupport {

	private static final String HEADER = "地区,指标,计量单位,年份,数值";

	@Autowired
	JobRunner jobs;

	@Autowired
	FactsExporter exporter;

	@Autowired
	IngestReporter reporter;

	@TempDir
	Path inbox;

	private JobExecution ingest() throws Exception {
		JobExecution execution = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	private String printed(JobExecution execution) {
		IngestSummary summary = this.reporter.summarise(List.of(execution.getId()), 0);
		StringWriter out = new StringWriter();
		this.reporter.print(summary, new PrintWriter(out));
		return out.toString();
	}

	private BigDecimal current(String region, String indicator, int year) {
		return this.jdbc.queryForObject(
				"select fact_value from ingest_published_fact where region_code = ? and "
						+ "indicator_code = ? and fact_year = ? and state = 'current'",
				BigDecimal.class, region, indicator, year);
	}

	private List<String> states() {
		return this.jdbc.queryForList(
				"select department || ':' || state || ':' || conflict from ingest_published_fact order by id",
				String.class);
	}

	@Test
	void theBureausGdpStandsAgainstAnUnregisteredFoldersDifferentValueSentBefore() throws Exception {
		TestInboxes.drop(this.inbox, "省公安厅", "a.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2900");
		ingest();
		assertThat(current("510600", "gdp", 2022)).isEqualByComparingTo("2900");
		TestInboxes.drop(this.inbox, "省统计局", "b.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.1");
		JobExecution second = ingest();
		assertThat(current("510600", "gdp", 2022)).isEqualByComparingTo("2828.1");
		assertThat(states()).containsExactly("省公安厅:alternative:true", "省统计局:current:true");
		assertThat(printed(second))
			.contains("[备选值] 德阳市 地区生产总值 2022年 2900 → 2828.1  省公安厅 a.csv csv!E2 → 省统计局 b.csv csv!E2；发布 2828.1");
		IngestSummary.FileReport file = this.reporter.summarise(List.of(second.getId()), 0).files().get(0);
		assertThat(this.reporter.text(file))
			.contains("[备选值] 德阳市 地区生产总值 2022年 2900 → 2828.1  省公安厅 a.csv csv!E2 → 省统计局 b.csv csv!E2；发布 2828.1");
		assertThat(this.reporter.json(file).get("changes")).asList()
			.singleElement()
			.asString()
			.contains("kind=alternative", "region=510600", "indicator=gdp", "year=2022", "published=new")
			.contains("value=2900, department=省公安厅, file=a.csv, sheet=csv, cell=E2")
			.contains("value=2828.1, department=省统计局, file=b.csv, sheet=csv, cell=E2");
		StringWriter csv = new StringWriter();
		this.exporter.export(2022, csv);
		assertThat(csv.toString()).contains("510600,德阳市,gdp,地区生产总值,亿元,2022,2828.1,,省统计局,b.csv,csv,E2")
			.doesNotContain("2900");
	}

	@Test
	void theBureausGdpStandsAgainstAnUnregisteredFoldersDifferentValueSentAfter() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "b.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.1");
		ingest();
		TestInboxes.drop(this.inbox, "省公安厅", "a.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2900");
		JobExecution second = ingest();
		assertThat(current("510600", "gdp", 2022)).isEqualByComparingTo("2828.1");
		assertThat(states()).containsExactly("省统计局:current:true", "省公安厅:alternative:true");
		assertThat(printed(second))
			.contains("[备选值] 德阳市 地区生产总值 2022年 2828.1 → 2900  省统计局 b.csv csv!E2 → 省公安厅 a.csv csv!E2；发布 2828.1");
	}

	@Test
	void theFinanceDepartmentsBudgetStandsAgainstTheBureausInOneRun() throws Exception {
		// received in path order: 省统计局 before 省财政厅, whose value is then published over it
		TestInboxes.drop(this.inbox, "省财政厅", "a.csv", HEADER, "成都市,一般公共预算收入,亿元,2022,1722.4316");
		TestInboxes.drop(this.inbox, "省统计局", "b.csv", HEADER, "成都市,一般公共预算收入,亿元,2022,1700");
		ingest();
		assertThat(current("510100", "general_budget_revenue", 2022)).isEqualByComparingTo("1722.4316");
		assertThat(states()).containsExactlyInAnyOrder("省财政厅:current:true", "省统计局:alternative:true");
	}

	@Test
	void aCityOfficesCountyFigureIsPublishedUntilTheBureauSendsADifferentOne() throws Exception {
		TestInboxes.drop(this.inbox, "成都市地方志办公室", "a.csv", HEADER, "锦江区,地区生产总值,亿元,2022,1584.8");
		TestInboxes.drop(this.inbox, "省公安厅", "c.csv", HEADER, "锦江区,地区生产总值,亿元,2022,1500");
		ingest();
		assertThat(current("510104", "gdp", 2022)).as("the city office ranks above an unregistered folder")
			.isEqualByComparingTo("1584.8");
		TestInboxes.drop(this.inbox, "省统计局", "b.csv", HEADER, "锦江区,地区生产总值,亿元,2022,1590.2");
		ingest();
		assertThat(current("510104", "gdp", 2022)).isEqualByComparingTo("1590.2");
		assertThat(this.jdbc.queryForList(
				"select department from ingest_published_fact where state = 'alternative' " + "order by department",
				String.class))
			.containsExactly("成都市地方志办公室", "省公安厅");
	}

	@Test
	void aLaterValueFromTheSameSourceIsARevisionAndIsReported() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "初报.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.1");
		ingest();
		TestInboxes.drop(this.inbox, "省统计局", "修订.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2830");
		JobExecution second = ingest();
		assertThat(current("510600", "gdp", 2022)).isEqualByComparingTo("2830");
		assertThat(states()).containsExactly("省统计局:superseded:false", "省统计局:current:false");
		assertThat(printed(second))
			.contains("[修订] 德阳市 地区生产总值 2022年 2828.1 → 2830  省统计局 初报.csv csv!E2 → 省统计局 修订.csv csv!E2；发布 2830");
	}

	@Test
	void anEqualValueIsOneFactShownWithTheAuthoritysSource() throws Exception {
		TestInboxes.drop(this.inbox, "省公安厅", "a.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.1");
		ingest();
		TestInboxes.drop(this.inbox, "省统计局", "b.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.10");
		ingest();
		assertThat(states()).containsExactly("省公安厅:same:false", "省统计局:current:false");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact_change", Integer.class)).isZero();
	}

	@Test
	void differentValuesOfEqualRankInOneRunAreAConflict() throws Exception {
		TestInboxes.drop(this.inbox, "甲单位", "a.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2828.1");
		TestInboxes.drop(this.inbox, "乙单位", "b.csv", HEADER, "德阳市,地区生产总值,亿元,2022,2900");
		JobExecution run = ingest();
		assertThat(states()).containsExactlyInAnyOrder("乙单位:current:true", "甲单位:conflict:true");
		assertThat(printed(run)).contains("[冲突] 德阳市 地区生产总值 2022年");
	}

}
