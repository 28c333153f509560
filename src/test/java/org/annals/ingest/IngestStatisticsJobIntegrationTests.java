package org.annals.ingest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.intake.ReceiveFilesTasklet;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.ingest.internal.load.SubmissionItemReader;
import org.annals.ingest.internal.staging.RowBatch;
import org.annals.ingest.internal.store.SubmissionRepository;
import org.annals.reference.ReferenceData;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics ingest job on real PostgreSQL: sample-input end to end, duplicates,
 * supersession, conflicts and rejection.
 */
class IngestStatisticsJobIntegrationTests extends PostgresTestSupport {

	@Autowired
	JobRunner jobs;

	@Autowired
	FactsExporter exporter;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	OriginalStore store;

	@Autowired
	IngestReporter reporter;

	@Autowired
	ReferenceData reference;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@TempDir
	Path inbox;

	private JobExecution ingest() throws Exception {
		JobExecution execution = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	private BigDecimal current(String region, String indicator, int year) {
		return this.jdbc
			.queryForObject("select fact_value from ingest_fact where region_code = ? and indicator_code = ? "
					+ "and fact_year = ? and state = 'current'", BigDecimal.class, region, indicator, year);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	@Test
	void sampleInputLoadsTheGoodFilesAndRejectsTheBadOnes() throws Exception {
		TestInboxes.copyOfSampleInput(this.inbox);
		ingest();
		assertThat(count("select count(*) from ingest_receipt")).isEqualTo(20);
		assertThat(count("select count(*) from ingest_receipt where duplicate")).isEqualTo(1);
		assertThat(count("select count(*) from ingest_submission where kind = 'events'")).isEqualTo(3);
		assertThat(count("select count(*) from ingest_submission where status = 'loaded'"))
			.as("%s", this.jdbc.queryForList("select original_name, status, read_error from ingest_submission"))
			.isEqualTo(14);
		List<String> rejected = this.jdbc.queryForList(
				"select original_name from ingest_submission where status = 'rejected' order by original_name",
				String.class);
		assertThat(rejected).containsExactly("损坏文件.xlsx", "错误示例_数值有误.xlsx");
		assertThat(this.jdbc.queryForList(
				"select cell from ingest_issue i join ingest_submission s on s.id = i.submission_id "
						+ "where s.original_name = '错误示例_数值有误.xlsx' and i.code = 'BAD_NUMBER' order by cell",
				String.class))
			.containsExactly("B5", "B7");
		assertThat(current("510000", "gdp", 2022)).isEqualByComparingTo("56749.8");
		assertThat(current("510100", "general_budget_revenue", 2022)).isEqualByComparingTo("1722.4316");
		assertThat(current("511300", "gdp", 2022)).isEqualByComparingTo("2685.6");
		assertThat(current("513200", "gdp", 2022)).isEqualByComparingTo("449.6");
		assertThat(current("510000", "grain_output", 2022)).isEqualByComparingTo("3510.5");
		assertThat(current("510104", "gdp", 2022)).isEqualByComparingTo("1584.8");
		assertThat(current("510000", "gdp_growth", 2020)).isEqualByComparingTo("3.8");
		assertThat(current("510000", "urban_population", 2020)).isEqualByComparingTo("4746.6");
		assertThat(current("510000", "gov_debt_limit", 2021)).isEqualByComparingTo("18082.9");
		assertThat(current("510122", "gdp", 2014)).as("双流县 under its code of 2014").isEqualByComparingTo("852.7");
		assertThat(current("510124", "gdp", 2014)).as("郫县 under its code of 2014").isEqualByComparingTo("419.3");
		assertThat(count("select count(*) from ingest_fact where state = 'conflict'")).isZero();
		assertThat(count("select count(*) from ingest_fact where state not in ('current', 'same', 'superseded')"))
			.as("every fact decided")
			.isZero();
		assertThat(count("select count(*) from ingest_fact f join ingest_submission s on s.id = f.submission_id "
				+ "where s.status <> 'loaded'"))
			.as("facts of loaded files only")
			.isZero();
	}

	@Test
	void theSameFilesAgainChangeNothing() throws Exception {
		TestInboxes.copyOfSampleInput(this.inbox);
		ingest();
		String before = this.jdbc.queryForObject("select string_agg(region_code || indicator_code || fact_year || "
				+ "coalesce(fact_value::text, 'na') || state, ',' order by id) from ingest_fact", String.class);
		ingest();
		assertThat(count("select count(*) from ingest_receipt")).isEqualTo(20);
		assertThat(
				this.jdbc.queryForObject(
						"select string_agg(region_code || indicator_code || fact_year || "
								+ "coalesce(fact_value::text, 'na') || state, ',' order by id) from ingest_fact",
						String.class))
			.isEqualTo(before);
	}

	@Test
	void theStepCountsRowsThoughItHandsThemOverInBatches() throws Exception {
		String[] lines = new String[601];
		lines[0] = "地区,指标,计量单位,年份,数值";
		for (int i = 1; i < lines.length; i++) {
			lines[i] = "成都市,试算指标" + (i % 30) + ",万元," + (2000 + i / 30) + "," + i;
		}
		TestInboxes.drop(this.inbox, "省统计局", "600.csv", lines);
		ingest();
		// every row, and the sheet's note of the layout used
		assertThat(this.jdbc.queryForMap("select read_count, write_count from batch_step_execution "
				+ "where step_name like 'readSubmissionStep:%'"))
			.containsEntry("read_count", 601L)
			.containsEntry("write_count", 601L);
		assertThat(count("select count(*) from ingest_published_fact where state = 'current'")).isEqualTo(600);
	}

	@Test
	void aFileWhoseTimeHasNanosecondsIsNotReceivedTwice() throws Exception {
		Path file = TestInboxes.drop(this.inbox, "省统计局", "a.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,56749.8");
		Files.setLastModifiedTime(file,
				java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-01-02T03:04:05.123456789Z")));
		ingest();
		ingest();
		assertThat(count("select count(*) from ingest_receipt")).isEqualTo(1);
	}

	@Test
	void filesStoredAtOnceAreNumberedInTheInboxsOrderEachUnderItsOwnHashAndKind() throws Exception {
		List<Path> dropped = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			dropped.add(0, TestInboxes.drop(this.inbox, "省统计局", String.format("%02d.csv", i), "地区,指标,计量单位,年份,数值",
					"全省,地区生产总值,亿元," + (2000 + i) + "," + (100 + i)));
		}
		dropped.add(TestInboxes.drop(this.inbox, "省统计局", "大事记.csv", "日期,单位,标题,内容",
				"2022年3月5日,省统计局,召开全省统计工作会议,会议部署2022年统计工作。"));
		ingest();
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select original_name, sha256, kind from ingest_submission order by id");
		assertThat(rows).extracting((row) -> row.get("original_name"))
			.containsExactlyElementsOf(dropped.stream().map((file) -> file.getFileName().toString()).toList());
		for (int i = 0; i < dropped.size(); i++) {
			assertThat(Files.readAllBytes(this.store.pathOf((String) rows.get(i).get("sha256"))))
				.isEqualTo(Files.readAllBytes(dropped.get(i)));
			assertThat(rows.get(i).get("kind")).isEqualTo((i < 12) ? "statistics" : "events");
		}
		assertThat(count("select count(*) from ingest_fact")).isEqualTo(12);
	}

	@Test
	void theSameBytesUnderThreeNamesAreLoadedOnce() throws Exception {
		Path first = TestInboxes.drop(this.inbox, "省统计局", "a.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,56749.8");
		Files.copy(first, this.inbox.resolve("省统计局/b.csv"));
		TestInboxes.settle(this.inbox.resolve("省统计局/b.csv"));
		ingest();
		Files.copy(first, this.inbox.resolve("省财政厅-副本.csv"), StandardCopyOption.REPLACE_EXISTING);
		Files.createDirectories(this.inbox.resolve("省财政厅"));
		Files.move(this.inbox.resolve("省财政厅-副本.csv"), this.inbox.resolve("省财政厅/c.csv"));
		TestInboxes.settle(this.inbox.resolve("省财政厅/c.csv"));
		ingest();
		assertThat(count("select count(*) from ingest_submission")).isEqualTo(1);
		assertThat(count("select count(*) from ingest_receipt where duplicate")).isEqualTo(2);
		assertThat(count("select count(*) from ingest_fact")).isEqualTo(1);
	}

	@Test
	void aLaterDifferentValueSupersedesAndTheEarlierStaysInHistory() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "初报.csv", "地区,指标,计量单位,年份,数值", "成都市,地区生产总值,亿元,2022,20817.5");
		ingest();
		TestInboxes.drop(this.inbox, "省统计局", "修订.csv", "地区,指标,计量单位,年份,数值", "成都市,地区生产总值,亿元,2022,20900.1");
		ingest();
		assertThat(current("510100", "gdp", 2022)).isEqualByComparingTo("20900.1");
		assertThat(this.jdbc.queryForList("select state from ingest_fact where region_code = '510100' order by id",
				String.class))
			.containsExactly("superseded", "current");
		StringWriter csv = new StringWriter();
		this.exporter.export(2022, csv);
		assertThat(csv.toString()).contains("510100,成都市,gdp,地区生产总值,亿元,2022,20900.1,,省统计局,修订.csv,csv,E2")
			.doesNotContain("20817.5");
	}

	@Test
	void equalValuesFromTwoFilesAreOneFact() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "a.csv", "地区,指标,计量单位,年份,数值", "成都市,常住人口,万人,2022,2126.8");
		TestInboxes.drop(this.inbox, "成都市地方志办公室", "b.csv", "地区,指标,计量单位,年份,数值", "全市,常住人口,万人,2022,2126.80");
		ingest();
		// the city's file is decided first (path order); the bureau's equal value is the
		// same fact, shown with the bureau, the authority for population, as its source
		assertThat(this.jdbc.queryForList(
				"select department || ':' || state from ingest_published_fact order by submission_id", String.class))
			.containsExactly("成都市地方志办公室:same", "省统计局:current");
		assertThat(count("select count(*) from ingest_fact where conflict")).isZero();
	}

	@Test
	void differentValuesFromTwoDepartmentsAtOnceLeaveTheAuthoritysCurrentAndTheOtherAnAlternative() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "a.csv", "地区,指标,计量单位,年份,数值", "成都市,常住人口,万人,2022,2126.8");
		TestInboxes.drop(this.inbox, "成都市地方志办公室", "b.csv", "地区,指标,计量单位,年份,数值", "全市,常住人口,万人,2022,2119.2");
		ingest();
		// files are received in path order: 成都市… before 省统计局/…; the bureau, first for
		// population in jobs/departments.yml, is published over the city's value all the
		// same
		assertThat(this.jdbc.queryForList("select state || ':' || conflict from ingest_fact order by submission_id",
				String.class))
			.containsExactly("alternative:true", "current:true");
		assertThat(current("510100", "resident_population", 2022)).isEqualByComparingTo("2126.8");
		assertThat(this.jdbc.queryForObject("select department from ingest_published_fact where state = 'alternative'",
				String.class))
			.isEqualTo("成都市地方志办公室");
	}

	@Test
	void aFileWithAnErrorLoadsNothingAndKeepsItsReport() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "bad.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,56749.8",
				"成督市,地区生产总值,亿元,2022,20817.5");
		ingest();
		assertThat(count("select count(*) from ingest_fact")).isZero();
		assertThat(count("select count(*) from ingest_coverage")).isZero();
		assertThat(this.jdbc.queryForMap("select status, error_count from ingest_submission"))
			.containsEntry("status", "rejected")
			.containsEntry("error_count", 1);
		assertThat(this.jdbc.queryForMap("select code, cell, message_zh from ingest_issue where severity = 'ERROR'"))
			.containsEntry("code", "UNKNOWN_REGION")
			.containsEntry("cell", "A3")
			.containsEntry("message_zh", "地区“成督市”无法识别（不在行政区划代码表中，或有重名）。");
		String sha = this.jdbc.queryForObject("select sha256 from ingest_submission", String.class);
		assertThat(home().resolve("originals").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha))
			.exists()
			.hasSameBinaryContentAs(this.inbox.resolve("省统计局/bad.csv"));
	}

	@Test
	void twoDifferentValuesInOneFileRejectIt() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "twice.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,56749.8",
				"全省,地区生产总值,亿元,2022,56000");
		ingest();
		assertThat(this.jdbc.queryForObject("select status from ingest_submission", String.class))
			.isEqualTo("rejected");
		assertThat(this.jdbc.queryForList("select code from ingest_issue where severity = 'ERROR'", String.class))
			.containsExactly("CONFLICTING_DUPLICATE");
	}

	@Test
	void provincialPartsNotSummingToTheTotalAreAWarningAndFlagged() throws Exception {
		TestInboxes.copyOfSampleInput(this.inbox);
		ingest();
		assertThat(count("select count(*) from ingest_issue where code = 'SUM_MISMATCH'")).isEqualTo(4);
		assertThat(this.jdbc.queryForObject(
				"select flags from ingest_fact where region_code = '510000' "
						+ "and indicator_code = 'gov_special_debt_balance' and fact_year = 2022 and state = 'current'",
				String.class))
			.isEqualTo("sum_mismatch");
	}

	@Test
	void aGrowthFarFromLastYearsPublishedValueIsAWarningAndFlagged() throws Exception {
		TestInboxes.drop(this.inbox, "省财政厅", "2021.csv", "地区,指标,计量单位,年份,数值", "成都市,一般公共预算收入,亿元,2021,1000",
				"绵阳市,一般公共预算收入,亿元,2021,100");
		ingest();
		TestInboxes.drop(this.inbox, "省财政厅", "2022.csv", "地区,指标,计量单位,年份,数值", "成都市,一般公共预算收入,亿元,2022,1100",
				"成都市,一般公共预算收入增长率,%,2022,3.0", "绵阳市,一般公共预算收入,亿元,2022,110", "绵阳市,一般公共预算收入增长率,%,2022,10.0");
		ingest();
		assertThat(this.jdbc.queryForList("select cell from ingest_issue where code = 'GROWTH_MISMATCH'", String.class))
			.containsExactly("E3");
		assertThat(
				this.jdbc.queryForList(
						"select region_code || ' ' || flags from ingest_fact "
								+ "where indicator_code = 'general_budget_revenue_growth' order by region_code",
						String.class))
			.containsExactly("510100 growth_mismatch", "510700 ");
	}

	@Test
	void filesStillBeingWrittenAreLeftForTheNextRun() throws Exception {
		Path partial = TestInboxes.drop(this.inbox, "省统计局", "big.xlsx.part", "x");
		Path lock = TestInboxes.drop(this.inbox, "省统计局", "~$big.xlsx", "x");
		ingest();
		assertThat(count("select count(*) from ingest_receipt")).isZero();
		assertThat(partial).exists();
		assertThat(lock).exists();
	}

	@Test
	void filesTheInboxDoesNotReadAreNamedInTheReportWithWhyAndOnlyWhatIsBeingWrittenIsSaidToBe() throws Exception {
		// issue 20: a hidden file was "still being written" for ever, and named nowhere
		TestInboxes.drop(this.inbox, "省统计局", "a.csv", "地区,指标,计量单位,年份,数值", "成都市,地区生产总值,亿元,2022,20817.5");
		TestInboxes.drop(this.inbox, "省统计局", ".x.xlsx", "x");
		TestInboxes.drop(this.inbox, "省统计局", "~$a.xlsx", "x");
		TestInboxes.drop(this.inbox, "省统计局", "b.xlsx.part", "x");
		TestInboxes.drop(this.inbox, "省统计局/.backup", "c.csv", "x");
		TestInboxes.drop(this.inbox, "", "放错了.csv", "x");
		JobExecution execution = ingest();
		var receive = execution.getStepExecutions()
			.stream()
			.filter((s) -> s.getStepName().equals("receiveFilesStep"))
			.findFirst()
			.orElseThrow()
			.getExecutionContext();
		List<String> notRead = ReceiveFilesTasklet.lines(receive, ReceiveFilesTasklet.NOT_READ);
		List<String> writing = ReceiveFilesTasklet.lines(receive, ReceiveFilesTasklet.WRITING);
		assertThat(notRead).hasSize(4)
			.anySatisfy((line) -> assertThat(line).startsWith("省统计局/.x.xlsx：文件名以“.”开头，是隐藏文件"))
			.anySatisfy((line) -> assertThat(line).startsWith("省统计局/~$a.xlsx：Office 锁定文件"))
			.anySatisfy((line) -> assertThat(line).startsWith("省统计局/.backup/：隐藏文件夹"))
			.anySatisfy((line) -> assertThat(line).startsWith("放错了.csv：不在任何报送单位的文件夹内"));
		assertThat(writing).containsExactly("省统计局/b.xlsx.part：文件名表明仍在下载或复制（.part、.tmp、.crdownload）/ its name "
				+ "says it is still being downloaded or copied");
		StringWriter printed = new StringWriter();
		IngestReporter reporter = this.reporter;
		reporter.print(reporter.summarise(List.of(execution.getId()), List.of(), writing, notRead),
				new PrintWriter(printed));
		assertThat(printed.toString()).contains("未读取  省统计局/.x.xlsx：文件名以“.”开头，是隐藏文件，不读取")
			.contains("1 个文件仍在写入，下次运行时处理。")
			.contains("仍在写入  省统计局/b.xlsx.part：文件名表明仍在下载或复制");
		assertThat(count("select count(*) from ingest_receipt")).isEqualTo(1);
	}

	@Test
	void aRestartWhoseStagedRowsAreGoneReadsTheFileAgainFromItsFirstRow() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "a.csv", "地区,指标,计量单位,年份,数值", "成都市,地区生产总值,亿元,2020,1",
				"成都市,地区生产总值,亿元,2021,2", "成都市,地区生产总值,亿元,2022,3", "成都市,地区生产总值,亿元,2023,4");
		ingest();
		long id = this.jdbc.queryForObject("select id from ingest_submission", Long.class);
		this.jdbc.update("delete from ingest_fact");
		this.jdbc.update("delete from ingest_coverage");
		this.jdbc.update("delete from ingest_issue");
		ExecutionContext committedTwo = new ExecutionContext();
		committedTwo.putLong("outcomes.read", 3); // the header row and two rows

		assertThat(yearsRead(id, committedTwo))
			.as("nothing left (staged, before this version, in an unlogged table a crash empties): all rows")
			.containsExactly(2020, 2021, 2022, 2023);

		this.jdbc.update("insert into ingest_coverage (submission_id, indicator_code, fact_year, facts) "
				+ "values (?, 'gdp', 2020, 2)", id);
		committedTwo.putLong("outcomes.read", 3);
		assertThat(yearsRead(id, committedTwo)).as("the first two rows staged: the rest").containsExactly(2022, 2023);
	}

	@Test
	void twoDecidersOfOneSubmissionTakeTurnsAndOnlyTheFirstPublishes() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "a.csv", "地区,指标,计量单位,年份,数值", "成都市,地区生产总值,亿元,2020,1");
		ingest();
		long id = this.jdbc.queryForObject("select id from ingest_submission", Long.class);
		long instance = this.jdbc.queryForObject("select read_instance from ingest_submission", Long.class);
		this.jdbc.update("update ingest_submission set status = 'received' where id = ?", id);
		var template = new org.springframework.transaction.support.TransactionTemplate(this.transactions);
		java.util.concurrent.CountDownLatch claimed = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CompletableFuture<Boolean> second = new java.util.concurrent.CompletableFuture<>();
		Thread other = new Thread(() -> {
			try {
				claimed.await();
				second.complete(template.execute((status) -> this.submissions.claimPending(id, instance)));
			}
			catch (Exception ex) {
				second.completeExceptionally(ex);
			}
		});
		other.start();
		Boolean first = template.execute((status) -> {
			boolean mine = this.submissions.claimPending(id, instance);
			claimed.countDown();
			try {
				Thread.sleep(500); // the other decider now waits on the row lock
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			assertThat(second).as("the second decider waits for the first").isNotDone();
			this.submissions.decide(id, Submission.LOADED, 1, null);
			return mine;
		});
		assertThat(first).isTrue();
		assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).as("decided meanwhile: not ours").isFalse();
	}

	private List<Integer> yearsRead(long id, ExecutionContext context) throws Exception {
		SubmissionItemReader reader = new SubmissionItemReader(id, this.submissions, this.store, this.reference);
		List<Integer> years = new java.util.ArrayList<>();
		reader.open(context);
		try {
			for (RowBatch batch = reader.read(); batch != null; batch = reader.read()) {
				batch.outcomes().forEach((outcome) -> outcome.facts().forEach((fact) -> years.add(fact.year())));
			}
		}
		finally {
			reader.close();
		}
		return years;
	}

}
