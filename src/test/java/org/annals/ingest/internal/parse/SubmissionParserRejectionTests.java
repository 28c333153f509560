package org.annals.ingest.internal.parse;

import java.io.IOException;
import java.nio.file.Path;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.Severity;
import org.annals.ingest.internal.sheet.FileFormat;
import org.annals.ingest.internal.sheet.SheetTestFiles;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionParserRejectionTests {

	private static final String DEPARTMENT = "省统计局";

	private static ReferenceData reference;

	@TempDir
	Path dir;

	@BeforeAll
	static void loadReferenceData() {
		reference = ReferenceData.load(new JobsDirectory(Path.of("jobs")));
	}

	@ParameterizedTest
	@CsvSource({ "empty.xlsx, EMPTY_FILE", "text-named.xlsx, NOT_A_WORKBOOK", "html-table.xls, HTML_TABLE",
			"truncated.xlsx, CORRUPT", "garbage.xls, NOT_A_WORKBOOK", "encrypted.xlsx, ENCRYPTED",
			"biff5.xls, OLD_FORMAT" })
	void yieldsTheRejectionOfAFileItCannotJudgeAsTheOnlyIssue(String fixture, IssueCode code) throws IOException {
		try (SubmissionParser parser = parser(SheetTestFiles.fixture(fixture), fixture)) {
			assertOnlyIssue(parser, code);
			assertThat(parser.format()).isNull();
		}
	}

	@ParameterizedTest
	@CsvSource({ "encrypted.xls, ENCRYPTED, XLS", "duplicate-entry.xlsx, CORRUPT, XLSX",
			"xxe-entity.xlsx, CORRUPT, XLSX", "csv-invalid-encoding.csv, ENCODING, CSV" })
	void yieldsTheRejectionOfAFileItCannotReadAsTheOnlyIssue(String fixture, IssueCode code, FileFormat format)
			throws IOException {
		try (SubmissionParser parser = parser(SheetTestFiles.fixture(fixture), fixture)) {
			assertOnlyIssue(parser, code);
			assertThat(parser.format()).isEqualTo(format);
		}
	}

	@Test
	void yieldsAZipBombAsTheOnlyIssue() throws IOException {
		Path bomb = SheetTestFiles.zipBomb(this.dir.resolve("bomb.xlsx"));

		try (SubmissionParser parser = parser(bomb, "2023年人口.xlsx")) {
			assertOnlyIssue(parser, IssueCode.ZIP_BOMB);
		}
	}

	@Test
	void aZipBombsMessageNamesTheRatioLimitItCrossed() throws IOException {
		// issue 20: the message was POI's English paragraph advising a Java call
		Path bomb = SheetTestFiles.zipBomb(this.dir.resolve("bomb.xlsx"));

		try (SubmissionParser parser = parser(bomb, "2023年人口.xlsx")) {
			Issue issue = parser.next().issues().get(0);
			assertThat(issue.chinese()).startsWith("文件解压后异常膨胀（疑似“压缩炸弹”），已拒收：“xl/worksheets/sheet1.xml”压缩后 ")
				.contains("低于下限 1%（POI ZipSecureFile 最小压缩比）")
				.doesNotContain("Zip bomb detected");
			assertThat(issue.english()).contains("part \"xl/worksheets/sheet1.xml\" of ")
				.contains("below the limit of 1% (POI ZipSecureFile minimum inflate ratio)");
		}
	}

	@Test
	void namesTheFileAsItWasSentWhenTextIsNamedAsAWorkbook() throws IOException {
		try (SubmissionParser parser = parser(SheetTestFiles.fixture("text-named.xlsx"), "2023年人口.xlsx")) {
			Issue issue = parser.next().issues().get(0);

			assertThat(issue).isEqualTo(Issue.of(IssueCode.NOT_A_WORKBOOK, null, null, "2023年人口.xlsx"));
			assertThat(issue.chinese()).startsWith("文件名“2023年人口.xlsx”表明是 Excel 工作簿");
		}
	}

	private static SubmissionParser parser(Path file, String originalName) {
		return new SubmissionParser(file, originalName, DEPARTMENT, reference);
	}

	private static void assertOnlyIssue(SubmissionParser parser, IssueCode code) throws IOException {
		RowOutcome outcome = parser.next();
		assertThat(outcome.facts()).isEmpty();
		assertThat(outcome.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo(code.name());
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.sheet()).isNull();
			assertThat(issue.cell()).isNull();
		});
		assertThat(parser.next()).isNull();
	}

}
