package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.annals.TestInboxes;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.ingest.internal.store.SubmissionRepository;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, "nothing lost": a submission is decided only by the run that read it; a file
 * that cannot be read is left for the next run, with its reason, while every other file
 * loads; one that fails again and again is set aside with a report, and read again when
 * an operator asks; the same bytes at the same moment are one submission; sending a
 * rejected file's bytes again says what will happen.
 */
class NothingLostIntegrationTests extends PostgresTestSupport {

	private static final String HEADER = "地区,指标,计量单位,年份,数值";

	@Autowired
	JobRunner jobs;

	@Autowired
	SubmissionIntake intake;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	OriginalStore store;

	@Autowired
	IngestReporter reporter;

	@TempDir
	Path inbox;

	@Test
	void anUploadArrivingWhileARunReadsIsLeftForTheNextRunAndThenLoaded() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "a.csv", HEADER, "成都市,地区生产总值,亿元,2022,20817.5");
		CompletableFuture<JobExecution> run;
		try (ReadingPause pause = ReadingPause.hold()) {
			run = start(IngestJobConfiguration.JOB);
			awaitReading("a.csv");
			upload("省财政厅", "b.csv", HEADER, "成都市,一般公共预算收入,亿元,2022,1722.4");
		}
		assertThat(run.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(statusOf("a.csv")).isEqualTo("loaded");
		assertThat(this.jdbc.queryForMap(
				"select status, fact_count, decided_by from ingest_submission " + "where original_name = 'b.csv'"))
			.as("not read by that run, so not decided by it")
			.containsEntry("status", "received")
			.containsEntry("fact_count", 0)
			.containsEntry("decided_by", null);

		ingest(IngestJobConfiguration.JOB);
		assertThat(this.jdbc
			.queryForMap("select status, fact_count from ingest_submission " + "where original_name = 'b.csv'"))
			.containsEntry("status", "loaded")
			.containsEntry("fact_count", 1);
	}

	@Test
	void aLogResentWhileARunReadsDoesNotSupersedeThePublishedOneUntilItIsRead() throws Exception {
		upload("雅安市地方志办公室", "2022年大事记.csv", "日期,单位,标题,内容", "6月1日,雅安市地方志办公室,第一版标题,第一版内容。",
				"6月2日,雅安市地方志办公室,另一件事,另一件事的内容。");
		ingest(IngestJobConfiguration.EVENTS_JOB);
		assertThat(currentTitles()).containsExactly("第一版标题", "另一件事");

		TestInboxes.drop(this.inbox, "省应急管理厅", "2022年大事记.csv", "日期,单位,标题,内容", "3月5日,省应急管理厅,应急演练,开展应急演练。");
		CompletableFuture<JobExecution> run;
		try (ReadingPause pause = ReadingPause.hold("ingest_event")) {
			run = start(IngestJobConfiguration.EVENTS_JOB);
			awaitReading("2022年大事记.csv");
			upload("雅安市地方志办公室", "2022年大事记.csv", "日期,单位,标题,内容", "6月1日,雅安市地方志办公室,更正后的标题,更正后的内容。");
		}
		assertThat(run.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(currentTitles()).as("the department's published entries stay until its new log is read")
			.containsExactlyInAnyOrder("第一版标题", "另一件事", "应急演练");

		ingest(IngestJobConfiguration.EVENTS_JOB);
		assertThat(currentTitles()).containsExactlyInAnyOrder("更正后的标题", "应急演练");
	}

	@Test
	void aStoredOriginalThatCannotBeReadIsLeftWithItsReasonWhileTheOtherFilesLoad() throws Exception {
		long broken = upload("省统计局", "a.csv", HEADER, "成都市,地区生产总值,亿元,2022,20817.5");
		long intact = upload("省财政厅", "b.csv", HEADER, "成都市,一般公共预算收入,亿元,2022,1722.4");
		Path original = this.store.pathOf(this.submissions.get(broken).sha256());
		byte[] bytes = Files.readAllBytes(original);
		Files.delete(original);
		Files.createDirectory(original); // reading it fails with an I/O error

		JobExecution execution = ingest(IngestJobConfiguration.JOB);
		assertThat(this.submissions.get(intact).status()).isEqualTo("loaded");
		Submission left = this.submissions.get(broken);
		assertThat(left.status()).isEqualTo("received");
		assertThat(left.readError()).contains("IOException");
		assertThat(this.submissions.issues(broken)).as("an I/O fault is not the department's error").isEmpty();
		String printed = print(execution);
		assertThat(printed).contains("未能读完，留待下次运行  省统计局/a.csv  原因：");

		Files.delete(original);
		Files.write(original, bytes);
		ingest(IngestJobConfiguration.JOB);
		assertThat(this.submissions.get(broken).status()).isEqualTo("loaded");
		assertThat(this.submissions.get(broken).readError()).isNull();
	}

	@Test
	void aStoredOriginalWhoseBytesChangedIsNeverReportedAsTheDepartmentsCorruptFile() throws Exception {
		long id = upload("省统计局", "a.xlsx", Files.readAllBytes(Path.of("sample-input/省统计局/分年度社会消费品零售总额.xlsx")));
		Path original = this.store.pathOf(this.submissions.get(id).sha256());
		byte[] bytes = Files.readAllBytes(original);
		Files.delete(original);
		Files.write(original, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		try {
			ingest(IngestJobConfiguration.JOB);
			Submission left = this.submissions.get(id);
			assertThat(left.status()).isEqualTo("received");
			assertThat(left.readError()).contains("SHA-256");
			assertThat(this.submissions.issues(id)).extracting(Issue::code).doesNotContain("CORRUPT");

			assertThat(upload("省统计局", "a（重报）.xlsx", bytes)).as("the same bytes sent again").isEqualTo(id);
			assertThat(Files.readAllBytes(original)).as("mend the stored copy").isEqualTo(bytes);
			ingest(IngestJobConfiguration.JOB);
			assertThat(this.submissions.get(id).status()).isEqualTo("loaded");
		}
		finally {
			// the store is shared by the test classes of this run
			if (!java.util.Arrays.equals(Files.readAllBytes(original), bytes)) {
				Files.delete(original);
				Files.write(original, bytes);
			}
		}
	}

	@Test
	void aFileThatFailsEveryRunIsSetAsideWithAReportAndReadAgainWhenAnOperatorAsks() throws Exception {
		long broken = upload("省统计局", "a.csv", HEADER, "成都市,地区生产总值,亿元,2022,20817.5");
		Path original = this.store.pathOf(this.submissions.get(broken).sha256());
		byte[] bytes = Files.readAllBytes(original);
		Files.delete(original);
		Files.createDirectory(original);
		for (int run = 1; run <= 3; run++) {
			ingest(IngestJobConfiguration.JOB);
			assertThat(this.submissions.get(broken).status()).as("after run %d", run).isEqualTo("received");
		}
		long other = upload("省财政厅", "b.csv", HEADER, "成都市,一般公共预算收入,亿元,2022,1722.4");
		JobExecution fourth = ingest(IngestJobConfiguration.JOB);
		assertThat(this.submissions.get(other).status()).isEqualTo("loaded");
		assertThat(this.submissions.get(broken).status()).isEqualTo("failed");
		assertThat(this.submissions.issues(broken)).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("READ_ABANDONED");
			assertThat(issue.chinese()).contains("连续 3 次未能读完", "annals reprocess " + broken);
		});
		assertThat(print(fourth)).contains("未能读取，已暂停  省统计局/a.csv");
		ingest(IngestJobConfiguration.JOB);
		assertThat(this.submissions.get(broken).status()).as("not tried again").isEqualTo("failed");

		Files.delete(original);
		Files.write(original, bytes);
		assertThat(this.submissions.reopen(broken)).isTrue();
		ingest(IngestJobConfiguration.JOB);
		assertThat(this.submissions.get(broken).status()).isEqualTo("loaded");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_receipt where submission_id = ?", Long.class,
				broken))
			.as("its first receipt, and no other")
			.isEqualTo(1);
	}

	@Test
	void identicalUploadsAtTheSameMomentAreOneSubmissionAndTwoCleanReceipts() throws Exception {
		for (int pair = 0; pair < 12; pair++) {
			byte[] bytes = String.join("\n", HEADER, "成都市,地区生产总值,亿元,2022," + (100 + pair))
				.getBytes(StandardCharsets.UTF_8);
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<SubmissionIntake.Receipt>> both = new ArrayList<>();
			for (String department : List.of("省统计局", "省财政厅")) {
				both.add(CompletableFuture.supplyAsync(() -> {
					try {
						together.await();
						return this.intake.receive(new ByteArrayInputStream(bytes), department, "pair.csv");
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
			SubmissionIntake.Receipt first = both.get(0).get(1, TimeUnit.MINUTES);
			SubmissionIntake.Receipt second = both.get(1).get(1, TimeUnit.MINUTES);
			assertThat(first.submissionId()).as("pair %d", pair).isEqualTo(second.submissionId());
			assertThat(List.of(first.duplicate(), second.duplicate())).containsExactlyInAnyOrder(true, false);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_submission", Long.class)).isEqualTo(12);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_receipt", Long.class)).isEqualTo(24);
	}

	@Test
	void theBytesOfARejectedFileSentAgainSayWhatWillHappen() throws Exception {
		Path bad = TestInboxes.drop(this.inbox, "成都市地方志办公室", "错误.csv", HEADER, "成都市,地区生产总值,亿元,2022,约3.5");
		ingest(IngestJobConfiguration.JOB);
		long id = this.jdbc.queryForObject("select id from ingest_submission", Long.class);
		assertThat(this.submissions.get(id).status()).isEqualTo("rejected");
		Files.copy(bad, this.inbox.resolve("成都市地方志办公室/错误（重报）.csv"));
		TestInboxes.settle(this.inbox.resolve("成都市地方志办公室/错误（重报）.csv"));

		JobExecution again = ingest(IngestJobConfiguration.JOB);
		assertThat(print(again)).contains("重复  成都市地方志办公室/错误（重报）.csv", "该内容此前已被拒收，不会重新读取", "annals reprocess " + id);
		assertThat(this.submissions.get(id).status()).isEqualTo("rejected");
	}

	@Test
	void anEventLogHoldingANulByteNeverStopsTheOtherDepartmentsLogs() throws Exception {
		Path nul = this.inbox.resolve("省委办公厅/2022年大事记.csv");
		Files.createDirectories(nul.getParent());
		Files.write(nul,
				("日期,单位,标题,内容\n6月1日,省委办公厅,召开会议,会议\0内容。\n6月2日,省委办公厅,开展调研,调研内容。\n").getBytes(StandardCharsets.UTF_8));
		TestInboxes.settle(nul);
		TestInboxes.drop(this.inbox, "雅安市地方志办公室", "2022年大事记.csv", "日期,单位,标题,内容", "6月8日,雅安市地方志办公室,举办评审会,评审成果。");

		ingest(IngestJobConfiguration.EVENTS_JOB);
		assertThat(currentTitles()).contains("举办评审会");
		assertThat(this.jdbc.queryForList("select status from ingest_submission", String.class))
			.as("both decided: none left received to fail every night")
			.doesNotContain("received");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ingest_issue where code = 'BAD_CHARACTER' " + "and cell = 'D2'", Long.class))
			.as("the cell with the NUL, named")
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_event where strpos(content, chr(9216)) > 0 "
				+ "or strpos(title, chr(9216)) > 0", Long.class))
			.as("no NUL, nor its visible symbol, in what loads")
			.isZero();
	}

	@Test
	void aFileWithElevenBadRowsIsRejectedWholeAndWhatIsPublishedIsUnchangedToTheByte() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "good.csv", HEADER, "成都市,地区生产总值,亿元,2022,20817.5",
				"全省,地区生产总值,亿元,2022,56749.8");
		ingest(IngestJobConfiguration.JOB);
		String before = published();
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 0; i < 44; i++) {
			lines.add("成都市,试算指标" + i + ",万元,2022," + ((i % 4 == 0) ? "待核实" + i : String.valueOf(i)));
		}
		lines.add("成都市,地区生产总值,亿元,2022,99999");
		TestInboxes.drop(this.inbox, "省统计局", "eleven-bad.csv", lines.toArray(String[]::new));

		ingest(IngestJobConfiguration.JOB);
		assertThat(this.jdbc.queryForMap(
				"select status, error_count from ingest_submission " + "where original_name = 'eleven-bad.csv'"))
			.containsEntry("status", "rejected")
			.containsEntry("error_count", 11);
		assertThat(published()).as("RELIABILITY #16: the published facts, to the byte").isEqualTo(before);
	}

	private String published() {
		return this.jdbc.queryForObject(
				"select md5(string_agg(region_code || '|' || indicator_code || '|' || fact_year "
						+ "|| '|' || coalesce(fact_value::text, 'na') || '|' || state || '|' || submission_id, ',' "
						+ "order by region_code, indicator_code, fact_year, submission_id)) from ingest_published_fact",
				String.class);
	}

	private JobExecution ingest(String job) throws Exception {
		JobExecution execution = this.jobs.run(job, Map.of("inbox", this.inbox.toString()));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	private CompletableFuture<JobExecution> start(String job) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return this.jobs.run(job, Map.of("inbox", this.inbox.toString()));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Waits until a file was received and its reading started (and is held). */
	private void awaitReading(String name) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			Long reading = this.jdbc.queryForObject("select count(*) from batch_step_execution e "
					+ "join ingest_submission s on e.step_name = 'readSubmissionStep:submission-' || s.id "
					+ "where s.original_name = ? and e.status = 'STARTED'", Long.class, name);
			if (reading > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException(name + " was not being read after 30 s");
	}

	private long upload(String department, String name, String... lines) throws Exception {
		return upload(department, name, String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
	}

	private long upload(String department, String name, byte[] bytes) throws Exception {
		return this.intake.receive(new ByteArrayInputStream(bytes), department, name).submissionId();
	}

	private String statusOf(String name) {
		return this.jdbc.queryForObject("select status from ingest_submission where original_name = ?", String.class,
				name);
	}

	private List<String> currentTitles() {
		return this.jdbc.queryForList("select title from ingest_event where state = 'current' order by id",
				String.class);
	}

	private String print(JobExecution execution) {
		IngestSummary summary = this.reporter.summarise(List.of(execution.getId()), 0);
		StringWriter out = new StringWriter();
		this.reporter.print(summary, new PrintWriter(out));
		return out.toString();
	}

}
