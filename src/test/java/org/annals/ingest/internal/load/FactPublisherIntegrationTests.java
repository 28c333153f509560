package org.annals.ingest.internal.load;

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
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;

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

	@Autowired
	PlatformTransactionManager transactions;

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
		List<Long> read = new ArrayList<>();
		Step look = new StepBuilder("lookBetweenReadingAndDeciding", this.repository).tasklet((contribution, chunk) -> {
			read.add(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class));
			read.add(this.jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class));
			return RepeatStatus.FINISHED;
		}, this.transactions).build();
		run(new JobBuilder("readLookDecide", this.repository).start(this.receiveFilesStep)
			.next(this.readSubmissionsStep)
			.next(look)
			.next(this.publishFactsStep)
			.build());
		assertThat(read).as("facts written, none published").containsExactly(2L, 0L);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_published_fact", Long.class)).isEqualTo(2);
	}

	@Test
	void aFileJustReadHasItsFactsSummarisedBeforeAnyDecision() throws Exception {
		// new pages only: earlier tests' deleted rows leave summarised ranges behind
		this.jdbc.execute("truncate ingest_fact");
		dropManyFacts("many.csv", 2000);
		run(new JobBuilder("readOnly", this.repository).start(this.receiveFilesStep)
			.next(this.readSubmissionsStep)
			.build());
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isGreaterThan(10_000);
		assertThat(this.jdbc.queryForObject("select brin_summarize_new_values('ingest_fact_range_ix')", Integer.class))
			.as("ranges the reading left to summarise")
			.isZero();
	}

	@Test
	void aStepOfManyFactsLeavesTheIndexSummarisedAndStatisticsOfTheColumnsQueriesUse() throws Exception {
		dropManyFacts("many.csv", 2000);
		readThenDecide(true);
		assertThat(this.jdbc.queryForObject("select status from ingest_submission", String.class)).isEqualTo("loaded");
		assertThat(this.jdbc.queryForObject("select brin_summarize_new_values('ingest_fact_range_ix')", Integer.class))
			.as("ranges left to summarise")
			.isZero();
		assertThat(this.jdbc.queryForList(
				"select attname from pg_stats where schemaname = current_schema() and tablename = 'ingest_fact'",
				String.class))
			.contains("submission_id", "region_code", "indicator_code", "fact_year", "state")
			.doesNotContain("cell", "fact_value", "flags");
		assertThat(this.jdbc.queryForList(
				"select attname from pg_attribute where attrelid = 'ingest_fact'::regclass and attstattarget = 20",
				String.class))
			.as("columns sampled by 6 000 rows, not 30 000")
			.containsExactlyInAnyOrder(FactStatistics.STATISTICS_COLUMNS.split(", "));
	}

	@Test
	void oneBlockRangeIndexFindsFactsBySubmissionByYearAndIndicatorAndById() {
		// three files of 20 000 facts each, written file after file as by the writer
		this.jdbc.update("insert into ingest_fact (id, region_code, indicator_code, label_id, fact_year, fact_value, "
				+ "status, flags, submission_id, cell, state) select n, '51' || lpad((n % 1000)::text, 4, '0'), "
				+ "'x_' || (n / 1000), 1, 1990 + n / 20000, n, '', '', 1 + n / 20000, 'E' || n, 'current' "
				+ "from generate_series(0, 59999) n");
		this.jdbc.queryForObject("select brin_summarize_new_values('ingest_fact_range_ix')", Integer.class);
		this.jdbc.execute("analyze ingest_fact (" + FactStatistics.STATISTICS_COLUMNS + ")");
		for (String condition : List.of("submission_id = 2", "fact_year = 1991 and indicator_code = 'x_25'",
				"id in (100, 41000)")) {
			String plan = String.join("\n",
					this.jdbc.queryForList("explain select cell from ingest_fact where " + condition, String.class));
			assertThat(plan).as(condition).contains("Bitmap Index Scan on ingest_fact_range_ix");
		}
		assertThat(this.jdbc.queryForList(
				"select cell from ingest_fact where fact_year = 1991 and indicator_code = 'x_25' order by id",
				String.class))
			.hasSize(1000)
			.startsWith("E25000");
	}

	@Test
	void aStepAddingAFewPercentToALargeTableLeavesItsStatisticsToAutovacuum() throws Exception {
		// no analysis by autovacuum in between: this test counts them
		this.jdbc.execute("alter table ingest_fact set (autovacuum_enabled = false)");
		try {
			dropManyFacts("first.csv", 2000);
			readThenDecide(true);
			int facts = this.jdbc.queryForObject("select count(*) from ingest_fact", Integer.class);
			for (int copy = 1; copy <= 10; copy++) {
				// the same facts again, in years no file here gives
				this.jdbc
					.update("insert into ingest_fact (region_code, indicator_code, label_id, fact_year, fact_value, "
							+ "status, flags, submission_id, cell, state) select region_code, indicator_code, label_id, "
							+ "fact_year - 100 - 25 * ?, fact_value, status, flags, submission_id, cell, state "
							+ "from ingest_fact where fact_year >= 2000", copy);
			}
			this.jdbc.execute("analyze ingest_fact (" + FactStatistics.STATISTICS_COLUMNS + ")");
			long analyzed = analyzeCount();
			dropManyFacts("second.csv", 1975);
			readThenDecide(true);
			assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Integer.class))
				.isEqualTo(12 * facts);
			assertThat(this.jdbc.queryForObject(
					"select status from ingest_submission where original_name = 'second.csv'", String.class))
				.isEqualTo("loaded");
			assertThat(analyzeCount()).as("ANALYZEs of ingest_fact after a step of 1/11 of its rows")
				.isEqualTo(analyzed);
			this.jdbc.update("delete from ingest_fact where fact_year < 1949");
			this.jdbc.execute("vacuum ingest_fact");
			dropManyFacts("third.csv", 1950);
			readThenDecide(true);
			assertThat(analyzeCount()).as("ANALYZEs after a step of 1/3 of its rows").isEqualTo(analyzed + 1);
		}
		finally {
			this.jdbc.execute("alter table ingest_fact reset (autovacuum_enabled)");
		}
	}

	@Test
	void statisticsAreStaleWhenNeverGatheredOrATenthOfTheRowsChangedSince() {
		assertThat(FactStatistics.factStatisticsStale(-1, 0)).isTrue();
		assertThat(FactStatistics.factStatisticsStale(0, 10_000)).isTrue();
		assertThat(FactStatistics.factStatisticsStale(100_000, 10_000)).isTrue();
		assertThat(FactStatistics.factStatisticsStale(100_000, 9_999)).isFalse();
		assertThat(FactStatistics.factStatisticsStale(30_000_000, 1_000_000)).isFalse();
	}

	private long analyzeCount() {
		return this.jdbc.queryForObject(
				"select analyze_count from pg_stat_user_tables where relid = 'ingest_fact'::regclass", Long.class);
	}

	/** A file of more than 10 000 facts: two indicators, every region, 25 years. */
	private void dropManyFacts(String name, int firstYear) throws Exception {
		List<String> regions = new ArrayList<>();
		regionsUnder(this.reference.regions().province().code(), regions);
		Map<String, Long> named = regions.stream()
			.collect(Collectors.groupingBy((region) -> region, Collectors.counting()));
		List<String> lines = new ArrayList<>(List.of("地区,指标,计量单位,年份,数值"));
		for (String indicator : List.of("地区生产总值", "一般公共预算收入")) {
			for (String region : regions) {
				for (int year = firstYear; year < firstYear + 25 && named.get(region) == 1; year++) {
					lines.add(region + "," + indicator + ",亿元," + year + "," + (year - 1900));
				}
			}
		}
		assertThat(lines).hasSizeGreaterThan(10_001);
		TestInboxes.drop(this.inbox, "省统计局", name, lines.toArray(String[]::new));
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

	/**
	 * Reads the inbox's files and decides them in one run; without what the reading
	 * remembered, as a restarted run that stopped between reading and deciding decides
	 * them.
	 */
	private void readThenDecide(boolean remembered) throws Exception {
		Step forget = new StepBuilder("forgetReadings", this.repository).tasklet((contribution, chunk) -> {
			Long id = this.jdbc.queryForObject("select max(id) from ingest_submission", Long.class);
			this.finished.forget(id);
			return RepeatStatus.FINISHED;
		}, this.transactions).build();
		run(new JobBuilder("readThenDecide", this.repository).start(this.receiveFilesStep)
			.next(this.readSubmissionsStep)
			.next(remembered ? this.publishFactsStep : forget)
			.next(this.publishFactsStep)
			.build());
	}

	private void run(Job job) throws Exception {
		JobExecution execution = this.operator.start(job,
				new JobParametersBuilder().addString("inbox", this.inbox.toString())
					.addLong("run", System.nanoTime())
					.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
