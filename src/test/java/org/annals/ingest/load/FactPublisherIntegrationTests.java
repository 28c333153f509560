package org.annals.ingest.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deciding read files on real PostgreSQL, with what the reading gathered in memory and,
 * as after a process that stopped between reading and deciding, without it: the same
 * facts, states, flags and issues either way.
 */
class FactPublisherIntegrationTests extends PostgresTestSupport {

	@Autowired
	JobRepository repository;

	@Autowired
	JobOperator operator;

	@Autowired
	FinishedReadings finished;

	@Autowired
	ReferenceData reference;

	@Autowired
	@Qualifier("receiveFilesStep")
	Step receiveFilesStep;

	@Autowired
	@Qualifier("readSubmissionsStep")
	Step readSubmissionsStep;

	@Autowired
	@Qualifier("publishFactsStep")
	Step publishFactsStep;

	@TempDir
	Path inbox;

	@Test
	void theSameValueTwiceInOneFileIsOneCurrentFactAndOneSame() throws Exception {
		dropTwice("56749.8", "56749.80");
		for (boolean remembered : new boolean[] { true, false }) {
			readThenDecide(remembered);
			assertThat(this.jdbc.queryForList("select state from ingest_fact order by id", String.class))
				.as(remembered ? "with the reading's checks" : "worked out from the database")
				.containsExactly("current", "same");
			assertThat(this.jdbc.queryForObject("select status from ingest_submission", String.class))
				.isEqualTo("loaded");
			emptyTables(this.jdbc);
		}
	}

	@Test
	void twoValuesForOneKeyInOneFileRejectItAndRemoveItsFacts() throws Exception {
		dropTwice("56749.8", "56000");
		for (boolean remembered : new boolean[] { true, false }) {
			readThenDecide(remembered);
			assertThat(this.jdbc.queryForObject("select status from ingest_submission", String.class))
				.isEqualTo("rejected");
			assertThat(
					this.jdbc.queryForMap("select code, cell, message_zh from ingest_issue where severity = 'ERROR'"))
				.containsEntry("code", "CONFLICTING_DUPLICATE")
				.containsEntry("cell", "E3")
				.containsEntry("message_zh", "同一文件中510000“地区生产总值”2022年出现两个不同数值：56749.8 与 56000。");
			assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isZero();
			assertThat(this.jdbc.queryForObject("select count(*) from ingest_coverage", Long.class)).isZero();
			emptyTables(this.jdbc);
		}
	}

	@Test
	void partsNotSummingToTheirTotalAreFlaggedEitherWay() throws Exception {
		List<String> lines = List.of("地区,指标,计量单位,年份,数值", "成都市,一般公共预算收入,亿元,2022,100", "锦江区,一般公共预算收入,亿元,2022,70",
				"青羊区,一般公共预算收入,亿元,2022,60");
		for (boolean remembered : new boolean[] { true, false }) {
			TestInboxes.drop(this.inbox, "省财政厅", "收入" + remembered + ".csv", lines.toArray(String[]::new));
			readThenDecide(remembered);
			assertThat(this.jdbc.queryForList("select code from ingest_issue where severity = 'WARNING'", String.class))
				.containsExactly("SUM_MISMATCH");
			assertThat(this.jdbc.queryForObject("select flags from ingest_fact where region_code = '510100'",
					String.class))
				.isEqualTo("sum_mismatch");
			assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact where flags = ''", Long.class))
				.isEqualTo(2);
			emptyTables(this.jdbc);
		}
	}

	@Test
	void readFactsArePublishedOnlyWhenTheFileIsDecided() throws Exception {
		dropTwice("56749.8", "56749.8");
		run(new JobBuilder("readOnly", this.repository).start(this.receiveFilesStep)
			.next(this.readSubmissionsStep)
			.build());
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class)).isZero();
		run(new JobBuilder("decideOnly", this.repository).start(this.publishFactsStep).build());
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class)).isEqualTo(2);
	}

	@Test
	void aStepOfManyFactsLeavesBothIndexesSummarisedAndStatisticsOfTheColumnsQueriesUse() throws Exception {
		List<String> regions = new ArrayList<>();
		regionsUnder(this.reference.regions().province().code(), regions);
		Map<String, Long> named = regions.stream()
			.collect(Collectors.groupingBy((name) -> name, Collectors.counting()));
		List<String> lines = new ArrayList<>(List.of("地区,指标,计量单位,年份,数值"));
		for (String indicator : List.of("地区生产总值", "一般公共预算收入")) {
			for (String region : regions) {
				for (int year = 2000; year < 2025 && named.get(region) == 1; year++) {
					lines.add(region + "," + indicator + ",亿元," + year + "," + (year - 1900));
				}
			}
		}
		assertThat(lines).hasSizeGreaterThan(10_001);
		TestInboxes.drop(this.inbox, "省统计局", "many.csv", lines.toArray(String[]::new));
		readThenDecide(true);
		assertThat(this.jdbc.queryForObject("select status from ingest_submission", String.class)).isEqualTo("loaded");
		for (String index : List.of("ingest_fact_submission_ix", "ingest_fact_year_indicator_ix")) {
			assertThat(this.jdbc.queryForObject("select brin_summarize_new_values(?::regclass)", Integer.class, index))
				.as("ranges of %s left to summarise", index)
				.isZero();
		}
		assertThat(this.jdbc.queryForList(
				"select attname from pg_stats where schemaname = current_schema() and tablename = 'ingest_fact'",
				String.class))
			.contains("submission_id", "region_code", "indicator_code", "fact_year", "state")
			.doesNotContain("indicator_name", "sheet", "cell", "fact_value");
	}

	private void regionsUnder(String code, List<String> names) {
		for (Region child : this.reference.regions().children(code)) {
			names.add(child.name());
			regionsUnder(child.code(), names);
		}
	}

	private void dropTwice(String first, String second) throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "twice.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022," + first,
				"全省,地区生产总值,亿元,2022," + second);
	}

	private void readThenDecide(boolean remembered) throws Exception {
		run(new JobBuilder("readOnly", this.repository).start(this.receiveFilesStep)
			.next(this.readSubmissionsStep)
			.build());
		if (!remembered) {
			Long id = this.jdbc.queryForObject("select max(id) from ingest_submission", Long.class);
			this.finished.forget(id);
		}
		run(new JobBuilder("decideOnly", this.repository).start(this.publishFactsStep).build());
	}

	private void run(Job job) throws Exception {
		JobExecution execution = this.operator.start(job,
				new JobParametersBuilder().addString("inbox", this.inbox.toString())
					.addLong("run", System.nanoTime())
					.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
