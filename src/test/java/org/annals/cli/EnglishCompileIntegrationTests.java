package org.annals.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.IngestJobs;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.scheduling.JobRunner;
import org.annals.support.Messages;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals compile --year Y --lang en} on PostgreSQL (issue 24): the Chinese tables
 * as always, and the English edition beside them under {@code en/tables/}, each table as
 * XLSX, CSV and JSON; without {@code --lang en} no English edition is written.
 */
class EnglishCompileIntegrationTests extends PostgresTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	JobRunner jobs;

	@Autowired
	ReferenceData reference;

	@TempDir
	Path work;

	@AfterEach
	void chineseAgain() {
		Messages.use("zh");
	}

	@Test
	void compileWithLangEnWritesTheEnglishTablesBesideTheChineseOnes() throws Exception {
		this.jdbc.update("delete from tables_build");
		Path inbox = TestInboxes.copyOfSampleInput(this.work.resolve("inbox"));
		assertThat(this.jobs.run(IngestJobs.JOB, Map.of("inbox", inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		Path chineseOnly = this.work.resolve("zh");
		assertThat(
				CommandLines.run(this.context, "compile", "--year", "2022", "--out", chineseOnly.toString()).exitCode())
			.isZero();
		assertThat(chineseOnly.resolve("tables/population.xlsx")).exists();
		assertThat(chineseOnly.resolve("en")).doesNotExist();

		// as AnnalsCli does before it runs a command
		Messages.use("en");
		Path out = this.work.resolve("out");
		CommandLines.Run run = CommandLines.run(this.context, "--lang", "en", "compile", "--year", "2022", "--out",
				out.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		for (TableDefinition definition : this.reference.tables()) {
			String id = definition.id();
			for (String format : new String[] { "xlsx", "csv", "json" }) {
				assertThat(out.resolve("tables/" + id + "." + format)).exists();
				assertThat(out.resolve("en/tables/" + id + "." + format)).exists();
			}
			assertThat(Files.readAllLines(out.resolve("en/tables/" + id + ".csv"), StandardCharsets.UTF_8)).as(id)
				.containsExactlyElementsOf(Files.readAllLines(
						Path.of("src/test/resources/golden/tables/en/" + id + ".csv"), StandardCharsets.UTF_8));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(Files.readAllBytes(out.resolve("en/tables/population.xlsx"))))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Main Population Indicators by City and Prefecture (2022)");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(Files.readAllBytes(out.resolve("tables/population.xlsx"))))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("2022年各市（州）主要人口指标");
		}
	}

}
