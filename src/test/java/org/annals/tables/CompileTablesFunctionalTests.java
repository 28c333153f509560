package org.annals.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.PublishedFacts;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.scheduling.JobRunner;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearbook tables of sample-input for 2022, compiled on PostgreSQL: every table's CSV
 * compared with its golden file, the XLSX read back with POI, and the lineage of a
 * figure.
 */
class CompileTablesFunctionalTests extends PostgresTestSupport {

	@Autowired
	JobRunner jobs;

	@Autowired
	TableBuilds builds;

	@Autowired
	ReferenceData reference;

	@TempDir
	Path inbox;

	@BeforeEach
	void ingestAndCompile() throws Exception {
		this.jdbc.update("delete from tables_build");
		TestInboxes.copyOfSampleInput(this.inbox);
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private CompiledTable table(String id) {
		return this.builds.latest(id, 2022).orElseThrow().document().toCompiled();
	}

	@Test
	void everyTablesCsvEqualsItsGoldenFile() throws Exception {
		assertThat(this.reference.tables()).hasSize(5);
		for (TableDefinition definition : this.reference.tables()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new TableCsvWriter().write(table(definition.id()), out);
			Path golden = Path.of("src/test/resources/golden/tables", definition.id() + ".csv");
			assertThat(out.toString(StandardCharsets.UTF_8).lines()).as(definition.id())
				.containsExactlyElementsOf(Files.readString(golden, StandardCharsets.UTF_8).lines().toList());
		}
	}

	@Test
	void theXlsxHasTheYearbookMergesFormatsAndFrozenHeader() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableXlsxWriter().write(table("main-economic-indicators"), out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2022年各市（州）主要经济指标");
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:G1"),
					CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("B3:D3"),
					CellRangeAddress.valueOf("E3:F3"));
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2022年");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("全省");
			assertThat(sheet.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(56749.8);
			assertThat(sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(sheet.getRow(4).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
			assertThat(sheet.getRow(4).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			// issue 20: the cell holds the exact value (3949.0213 亿元 = 39490213 万元),
			// printed
			// 3949.02
			assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(3949.0213);
			assertThat(new DataFormatter().formatCellValue(sheet.getRow(4).getCell(4))).isEqualTo("3949.02");
			// 甘孜州 sent — for its GDP growth: printed …, never computed from two nominal
			// values
			assertThat(sheet.getRow(24).getCell(0).getStringCellValue()).isEqualTo("甘孜州");
			assertThat(sheet.getRow(24).getCell(3).getStringCellValue()).isEqualTo("…");
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
			assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getPaperSize())
				.isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			String last = sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
			assertThat(last).isEqualTo("资料来源：四川省统计局、四川省财政厅");
		}
	}

	@Test
	void everyFigureKnowsTheFactsBehindIt() {
		TableDocument document = this.builds.latest("main-economic-indicators", 2022).orElseThrow().document();
		TableDocument.Cell chengdu = document.rows().get(1).cells().get(0);
		assertThat(document.rows().get(1).label()).isEqualTo("成都市");
		assertThat(chengdu.display()).isEqualTo("20817.50");
		assertThat(chengdu.sources()).isNotEmpty().allSatisfy((source) -> {
			assertThat(source.value()).isEqualByComparingTo("20817.5");
			assertThat(source.sheet()).isNotBlank();
			assertThat(source.cell()).matches("[A-Z]+[0-9]+");
			assertThat(source.file()).isNotBlank();
		});
		// the figure's own fact first, then the other files that gave the same value
		assertThat(chengdu.sources().get(0).state()).isEqualTo("current");
		assertThat(chengdu.sources()).extracting(PublishedFacts.Source::file)
			.contains("2022年各市（州）主要经济指标.xlsx", "地区生产总值（2018—2022年）.xls");
	}

	@Test
	void everySourceFigureWithMoreDecimalsThanItsColumnIsNamed() {
		// issue 20: the budget figures, sent in 万元, have four decimals in 亿元; the column
		// prints two
		assertThat(table("main-economic-indicators").precisionWarnings()).hasSize(44)
			.contains("表“2022年各市（州）主要经济指标”（main-economic-indicators）“一般公共预算收入 2022年”栏，成都市：来源数值 1722.4316 "
					+ "有 4 位小数，本栏只印 2 位，印作 1722.43 / table main-economic-indicators, column 一般公共预算收入 2022年, "
					+ "成都市: the source figure 1722.4316 has 4 decimals; the column prints 2 (1722.43)");
		assertThat(table("government-debt").precisionWarnings()).isEmpty();
	}

	@Test
	void aSecondBuildKnowsWhatChanged() throws Exception {
		assertThat(this.builds.latest("main-economic-indicators", 2022).orElseThrow().changedCells()).isEqualTo(22 * 6);
		this.jdbc.update("update ingest_fact set fact_value = 20900.1 where region_code = '510100' "
				+ "and indicator_code = 'gdp' and fact_year = 2022 and state = 'current'");
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		TableBuilds.Build second = this.builds.latest("main-economic-indicators", 2022).orElseThrow();
		// the value changes; its growth is the submitted one (comparable prices) and does
		// not
		assertThat(second.changedCells()).isEqualTo(1);
		assertThat(second.document().rows().get(1).cells().get(0).display()).isEqualTo("20900.10");
	}

}
