package org.annals.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables whose labels are merged cells, in xlsx and xls, read whole through
 * {@link SubmissionParser} with their exact facts (issue 20, section 1): a two-row header
 * whose 地区 is merged vertically, a group header merged over {@code 合计 | 一般债务 |
 * 专项债务}, a region merged over the rows of its indicators.
 */
class MergedLayoutsTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls", "csv" })
	void readsADebtTableWithAVerticallyMergedRegionHeaderAndTotalColumnsUnderGroupHeaders(String format)
			throws IOException {
		Object[][] rows = { { "2022年全省地方政府债务限额及余额情况" }, { "", "", "", "", "", "", "单位：亿元" },
				{ "地区", "债务限额", "", "", "债务余额", "", "" }, { "", "合计", "一般债务", "专项债务", "合计", "一般债务", "专项债务" },
				{ "全省", 21633.8, 9304.5, 12329.3, 19685.5, 9908.6, 9776.9 },
				{ "成都市", 5023.6, 1869.5, 3154.1, 4512.5, 1734.3, 2777.7 },
				{ "德阳市", 902.3, 402.1, 500.2, 850.5, 380.5, 470.5 }, { "注：全省数据含省本级。" } };
		Path file = format.equals("csv") ? csv(rows) : write(format, (sheet) -> {
			for (int r = 0; r < rows.length; r++) {
				row(sheet, r, rows[r]);
			}
			merge(sheet, "A1:G1", "A3:A4", "B3:D3", "E3:G3", "A8:G8");
		});

		Parsed parsed = parse(file);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).containsExactly("B5 510000 gov_debt_limit 2022 21633.8 -",
				"C5 510000 gov_general_debt_limit 2022 9304.5 -", "D5 510000 gov_special_debt_limit 2022 12329.3 -",
				"E5 510000 gov_debt_balance 2022 19685.5 -", "F5 510000 gov_general_debt_balance 2022 9908.6 -",
				"G5 510000 gov_special_debt_balance 2022 9776.9 -", "B6 510100 gov_debt_limit 2022 5023.6 -",
				"C6 510100 gov_general_debt_limit 2022 1869.5 -", "D6 510100 gov_special_debt_limit 2022 3154.1 -",
				"E6 510100 gov_debt_balance 2022 4512.5 -", "F6 510100 gov_general_debt_balance 2022 1734.3 -",
				"G6 510100 gov_special_debt_balance 2022 2777.7 -", "B7 510600 gov_debt_limit 2022 902.3 -",
				"C7 510600 gov_general_debt_limit 2022 402.1 -", "D7 510600 gov_special_debt_limit 2022 500.2 -",
				"E7 510600 gov_debt_balance 2022 850.5 -", "F7 510600 gov_general_debt_balance 2022 380.5 -",
				"G7 510600 gov_special_debt_balance 2022 470.5 -");
		assertThat(parsed.codes()).doesNotContain("PROVISIONAL_INDICATOR");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls", "csv" })
	void readsPartsUnderAGroupHeaderThroughTheOtherNamesOfTheGroupsIndicator(String format) throws IOException {
		// 政府债务限额 is an alias of 地方政府债务限额, whose other name 债务限额 makes 一般债务 under it
		// 一般债务限额; 小计 is the group's own total
		Object[][] rows = { { "2020年地方政府债务情况" }, { "单位：亿元" }, { "地区", "政府债务限额", "", "", "政府债务余额", "", "" },
				{ "", "小计", "一般债务", "专项债务", "小计", "一般债务", "专项债务" }, { "全省", 100.0, 40.0, 60.0, 90.0, 35.0, 55.0 } };
		Path file = format.equals("csv") ? csv(rows) : write(format, (sheet) -> {
			for (int r = 0; r < rows.length; r++) {
				row(sheet, r, rows[r]);
			}
			merge(sheet, "A1:G1", "A3:A4", "B3:D3", "E3:G3");
		});

		Parsed parsed = parse(file);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).containsExactly("B5 510000 gov_debt_limit 2020 100 -",
				"C5 510000 gov_general_debt_limit 2020 40 -", "D5 510000 gov_special_debt_limit 2020 60 -",
				"E5 510000 gov_debt_balance 2020 90 -", "F5 510000 gov_general_debt_balance 2020 35 -",
				"G5 510000 gov_special_debt_balance 2020 55 -");
		assertThat(parsed.codes()).doesNotContain("PROVISIONAL_INDICATOR");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls", "csv" })
	void readsCountiesUnderTheirCityMergedOverTheirRowsEachNameWithinItsCity(String format) throws IOException {
		// 市中区 is a district of 乐山市 and of 内江市: the city column says which
		Object[][] rows = { { "2022年部分县（市、区）地区生产总值" }, { "单位：亿元" }, { "市（州）", "县（市、区）", "地区生产总值" },
				{ "成都市", "", 20817.5 }, { "", "锦江区", 1584.8 }, { "", "青羊区", 1500.1 }, { "乐山市", "市中区", 500.2 },
				{ "", "沙湾区", 200.3 }, { "内江市", "市中区", 400.4 } };
		Path file = format.equals("csv") ? csv(rows) : write(format, (sheet) -> {
			for (int r = 0; r < rows.length; r++) {
				row(sheet, r, rows[r]);
			}
			merge(sheet, "A1:C1", "A4:A6", "A7:A8");
		});

		Parsed parsed = parse(file);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).containsExactly("C4 510100 gdp 2022 20817.5 -", "C5 510104 gdp 2022 1584.8 -",
				"C6 510105 gdp 2022 1500.1 -", "C7 511102 gdp 2022 500.2 -", "C8 511111 gdp 2022 200.3 -",
				"C9 511002 gdp 2022 400.4 -");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls", "csv" })
	void readsIndicatorRowsWithTheIndicatorMergedOverItsRegionsOrLeftBlankUnderIt(String format) throws IOException {
		Object[][] rows = { { "四川省主要经济指标" }, { "指标", "地区", "计量单位", "2021年", "2022年" },
				{ "地区生产总值", "全省", "亿元", 53850.8, 56749.8 }, { "", "成都市", "亿元", 19916.9, 20817.5 },
				{ "常住人口", "全省", "万人", 8372.5, 8374.5 }, { "", "成都市", "万人", 2119.2, 2126.8 },
				{ "  #城镇人口", "成都市", "万人", 1677.7, 1699.5 } };
		Path file = format.equals("csv") ? csv(rows) : write(format, (sheet) -> {
			for (int r = 0; r < rows.length; r++) {
				row(sheet, r, rows[r]);
			}
			merge(sheet, "A1:E1", "A3:A4", "A5:A6");
		});

		Parsed parsed = parse(file);

		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.lines()).containsExactly("D3 510000 gdp 2021 53850.8 -", "E3 510000 gdp 2022 56749.8 -",
				"D4 510100 gdp 2021 19916.9 -", "E4 510100 gdp 2022 20817.5 -",
				"D5 510000 resident_population 2021 8372.5 -", "E5 510000 resident_population 2022 8374.5 -",
				"D6 510100 resident_population 2021 2119.2 -", "E6 510100 resident_population 2022 2126.8 -",
				"D7 510100 urban_population 2021 1677.7 -", "E7 510100 urban_population 2022 1699.5 -");
	}

	private Path csv(Object[][] rows) throws IOException {
		StringBuilder text = new StringBuilder();
		for (Object[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				text.append((c > 0) ? "," : "").append(row[c]);
			}
			text.append("\r\n");
		}
		Path file = this.dir.resolve("主要经济指标.csv");
		Files.writeString(file, text);
		return file;
	}

	private interface Filler {

		void fill(Sheet sheet);

	}

	private Path write(String format, Filler filler) throws IOException {
		Path file = this.dir.resolve("2022年债务." + format);
		try (Workbook wb = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			filler.fill(wb.createSheet("债务"));
			wb.write(out);
		}
		return file;
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			if (values[c] instanceof Double number) {
				row.createCell(c).setCellValue(number);
			}
			else if (!"".equals(values[c])) {
				row.createCell(c).setCellValue((String) values[c]);
			}
		}
	}

	private static void merge(Sheet sheet, String... ranges) {
		for (String range : ranges) {
			sheet.addMergedRegion(CellRangeAddress.valueOf(range));
		}
	}

	private static Parsed parse(Path file) throws IOException {
		List<StagedFact> facts = new ArrayList<>();
		List<Issue> issues = new ArrayList<>();
		String name = file.getFileName().toString();
		try (SubmissionParser parser = new SubmissionParser(file, name, "省财政厅", REFERENCE)) {
			RowOutcome outcome;
			while ((outcome = parser.next()) != null) {
				facts.addAll(outcome.facts());
				issues.addAll(outcome.issues());
			}
		}
		return new Parsed(facts, issues);
	}

	private record Parsed(List<StagedFact> facts, List<Issue> issues) {

		List<String> lines() {
			return this.facts.stream()
				.map((f) -> String.join(" ", f.cell(), f.regionCode(), f.indicatorCode(), String.valueOf(f.year()),
						(f.value() != null) ? f.value().toPlainString() : "null",
						f.status().isEmpty() ? "-" : f.status()))
				.toList();
		}

		List<String> codes() {
			return this.issues.stream().map(Issue::code).toList();
		}

		List<Issue> errors() {
			return this.issues.stream().filter((i) -> i.severity() == Severity.ERROR).toList();
		}

	}

}
