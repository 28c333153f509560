package org.annals.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check that {@code annals check}, the upload page and {@code POST /api/submissions}
 * share gives ingest's verdict for every kind of file (issue 20): an event log is read as
 * an event log and loads its events, a statistics table its facts, whatever name the
 * stored copy has.
 */
class SubmissionCheckerTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private final SubmissionChecker checker = new SubmissionChecker(REFERENCE);

	@TempDir
	Path temp;

	@Test
	void anEventLogWorkbookLoadsItsEvents() throws IOException {
		SubmissionChecker.Result result = this.checker.check(Path.of("sample-input/省应急管理厅/2022年大事记.xlsx"), "省应急管理厅");
		assertThat(result.kind()).isEqualTo(Kind.EVENTS);
		assertThat(result.rejected()).as(result.issues().toString()).isFalse();
		assertThat(result.events()).isEqualTo(15);
		assertThat(result.facts()).isZero();
	}

	@Test
	void anEventLogCsvLoadsAllButTheRowWhoseDateCannotBeRead() throws IOException {
		SubmissionChecker.Result result = this.checker.check(Path.of("sample-input/雅安市地方志办公室/大事记（2022年）.csv"),
				"雅安市地方志办公室");
		assertThat(result.kind()).isEqualTo(Kind.EVENTS);
		assertThat(result.rejected()).as(result.issues().toString()).isFalse();
		assertThat(result.events()).isEqualTo(9);
		assertThat(result.issues()).anySatisfy((issue) -> assertThat(issue.chinese()).contains("不详"));
	}

	@Test
	void anEventLogDocumentStoredUnderItsHashLoadsItsEvents() throws IOException {
		Path stored = this.temp.resolve("0f3a9c");
		Files.copy(Path.of("sample-input/省委办公厅/2022年大事记.docx"), stored);
		SubmissionChecker.Result result = this.checker.check(stored, "2022年大事记.docx", "省委办公厅");
		assertThat(result.kind()).isEqualTo(Kind.EVENTS);
		assertThat(result.rejected()).as(result.issues().toString()).isFalse();
		assertThat(result.events()).isEqualTo(8);
	}

	@Test
	void aStatisticsTableStillLoadsItsFacts() throws IOException {
		SubmissionChecker.Result result = this.checker.check(Path.of("sample-input/省统计局/人口主要指标.csv"), "省统计局");
		assertThat(result.kind()).isEqualTo(Kind.STATISTICS);
		assertThat(result.rejected()).isFalse();
		assertThat(result.facts()).isEqualTo(176);
		assertThat(result.events()).isZero();
	}

	@Test
	void textSentAsAWorkbookIsRejectedUnderTheNameItWasSentUnder() throws IOException {
		Path stored = this.temp.resolve("9b2e41");
		Files.copy(Path.of("sample-input/成都市地方志办公室/损坏文件.xlsx"), stored);
		SubmissionChecker.Result result = this.checker.check(stored, "损坏文件.xlsx", "成都市地方志办公室");
		assertThat(result.rejected()).isTrue();
		assertThat(result.issues()).extracting(Issue::code).contains("NOT_A_WORKBOOK");
	}

}
