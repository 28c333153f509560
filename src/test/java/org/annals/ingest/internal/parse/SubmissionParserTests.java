package org.annals.ingest.internal.parse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.Severity;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link SubmissionParser} over the real files of {@code sample-input/}, read
 * in place, against the expected facts of {@code sample-input/README.md}.
 */
class SubmissionParserTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	@Test
	void readsTheYearbookTableOfMainEconomicIndicators() throws IOException {
		Parsed parsed = parse("省统计局", "2022年各市（州）主要经济指标.xlsx");

		assertFact(parsed.fact("主要经济指标", "B5"), "510000", "gdp", 2022, "56749.8");
		assertFact(parsed.fact("主要经济指标", "B6"), "510100", "gdp", 2022, "20817.5");
		assertFact(parsed.fact("主要经济指标", "B9"), "510500", "gdp", 2022, "2601.5");
		assertFact(parsed.fact("主要经济指标", "B16"), "511300", "gdp", 2022, "2685.6");
		assertFact(parsed.fact("主要经济指标", "C18"), "511500", "gdp", 2021, "3148.1");
		assertFact(parsed.fact("主要经济指标", "B24"), "513200", "gdp", 2022, "449.6");
		assertFact(parsed.fact("主要经济指标", "D5"), "510000", "gdp_growth", 2022, "2.9");
		assertFact(parsed.fact("主要经济指标", "E6"), "510100", "general_budget_revenue", 2022, "1722.4316");
		assertFact(parsed.fact("主要经济指标", "E5"), "510000", "general_budget_revenue", 2022, "3949.0213");
		assertThat(parsed.fact("主要经济指标", "D5").unit()).isEqualTo("%");
		assertThat(parsed.fact("主要经济指标", "E6").unit()).isEqualTo("亿元");
		assertThat(parsed.fact("主要经济指标", "D25")).satisfies((fact) -> {
			assertThat(fact.regionCode()).isEqualTo("513300");
			assertThat(fact.indicatorCode()).isEqualTo("gdp_growth");
			assertThat(fact.value()).isNull();
			assertThat(fact.status()).isEqualTo("na");
		});
		assertThat(parsed.facts()).hasSize(110);
		assertThat(parsed.facts()).filteredOn((fact) -> fact.value() != null).hasSize(109);
		assertThat(parsed.facts()).extracting(StagedFact::cell)
			.noneMatch((cell) -> cell.endsWith("27") || cell.endsWith("28"));
		assertThat(parsed.issues()).extracting(Issue::code, Issue::severity, Issue::sheet)
			.containsExactly(tuple("LAYOUT_USED", Severity.INFO, "主要经济指标"));
		assertThat(parsed.layouts()).isEqualTo("a wide table (regions × indicators, 5 data columns)");
	}

	@Test
	void namesALayoutReadInSeveralSheetsOnce() throws IOException {
		// sheets 2021年 and 2022年 read alike: once in the report and the step's context
		Parsed parsed = parse("省统计局", "分年度社会消费品零售总额.xlsx");

		assertThat(parsed.facts()).hasSize(88);
		assertThat(parsed.layouts()).isEqualTo("a wide table (regions × indicators, 2 data columns)");
	}

	@Test
	void reportsBothCellsThatAreNoNumbers() throws IOException {
		Parsed parsed = parse("成都市地方志办公室", "错误示例_数值有误.xlsx");

		assertThat(parsed.errors()).extracting(Issue::code, Issue::cell, Issue::english)
			.containsExactly(tuple("BAD_NUMBER", "B5", "\"约3.5\" is not a number."),
					tuple("BAD_NUMBER", "B7", "\"待核实\" is not a number."));
		assertThat(parsed.facts()).extracting(StagedFact::cell).doesNotContain("B5", "B7");
	}

	@Test
	void readsOneSheetPerYearAndNeitherTheHiddenNorTheTextSheet() throws IOException {
		Parsed parsed = parse("省统计局", "分年度社会消费品零售总额.xlsx");

		assertFact(parsed.fact("2021年", "B3"), "510100", "retail_sales", 2021, "9251.8");
		assertFact(parsed.fact("2022年", "B2"), "510000", "retail_sales", 2022, "24104.6");
		assertFact(parsed.fact("2022年", "C2"), "510000", "civil_vehicles", 2022, "1162.4");
		assertThat(parsed.facts()).hasSize(88);
		assertThat(parsed.facts()).extracting(StagedFact::sheet).containsOnly("2021年", "2022年");
		assertThat(parsed.facts()).filteredOn((fact) -> fact.year() == 2021).hasSize(44);
		assertThat(parsed.facts()).extracting(StagedFact::value)
			.noneMatch((value) -> value == null || value.compareTo(new BigDecimal("999999")) == 0);
		assertThat(parsed.issues()).extracting(Issue::code, Issue::severity, Issue::sheet)
			.containsExactly(tuple("LAYOUT_USED", Severity.INFO, "2021年"), tuple("LAYOUT_USED", Severity.INFO, "2022年"),
					tuple("SHEET_SKIPPED", Severity.INFO, "填表说明"), tuple("HIDDEN_SHEET", Severity.INFO, "辅助计算"));
	}

	@Test
	void readsAWideCsvInGbkWithTitleUnitAndSourceLines() throws IOException {
		Parsed parsed = parse("省财政厅", "一般公共预算收支（GBK）.csv");

		assertFact(parsed.fact("csv", "C5"), "510100", "general_budget_expenditure", 2022, "2305.783");
		assertFact(parsed.fact("csv", "B4"), "510000", "general_budget_revenue", 2022, "3949.0213");
		assertThat(parsed.facts()).hasSize(44).allSatisfy((fact) -> {
			assertThat(fact.unit()).isEqualTo("亿元");
			assertThat(fact.value()).isNotNull();
		});
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsALegacyXlsTableWithOneColumnPerYear() throws IOException {
		Parsed parsed = parse("省统计局", "地区生产总值（2018—2022年）.xls");

		assertFact(parsed.fact("Sheet1", "B4"), "510000", "gdp", 2018, "42902.1");
		assertFact(parsed.fact("Sheet1", "D5"), "510100", "gdp", 2020, "18124.6");
		assertFact(parsed.fact("Sheet1", "F5"), "510100", "gdp", 2022, "20817.5");
		assertThat(parsed.facts()).hasSize(110);
		assertThat(parsed.facts()).extracting(StagedFact::year).containsOnly(2018, 2019, 2020, 2021, 2022);
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsALongCsvWithBomAliasesAndMissingValues() throws IOException {
		Parsed parsed = parse("省统计局", "人口主要指标.csv");

		assertFact(parsed.fact("510000", "resident_population", 2022), "510000", "resident_population", 2022, "8374");
		assertFact(parsed.fact("510000", "birth_rate", 2022), "510000", "birth_rate", 2022, "6.39");
		assertFact(parsed.fact("510100", "urbanization_rate", 2022), "510100", "urbanization_rate", 2022, "79.89");
		assertThat(parsed.facts()).hasSize(176);
		assertThat(parsed.facts()).filteredOn((fact) -> fact.value() == null)
			.extracting(StagedFact::regionCode, StagedFact::indicatorCode, StagedFact::year, StagedFact::status)
			.containsExactlyInAnyOrder(tuple("513200", "death_rate", 2021, "na"),
					tuple("513300", "birth_rate", 2021, "na"));
		assertThat(parsed.issues()).extracting(Issue::code).containsExactly("LAYOUT_USED");
	}

	@Test
	void readsTheDebtTableWithTwoLevelHeaders() throws IOException {
		Parsed parsed = parse("省财政厅", "2022年全省地方政府债务限额及余额.xlsx");

		assertFact(parsed.fact("债务限额及余额", "E5"), "510000", "gov_special_debt_balance", 2022, "9776.9");
		assertFact(parsed.fact("债务限额及余额", "B6"), "510100", "gov_general_debt_limit", 2022, "1869.5");
		assertThat(parsed.facts()).hasSize(88);
		assertThat(parsed.facts()).extracting(StagedFact::indicatorCode)
			.containsOnly("gov_general_debt_limit", "gov_special_debt_limit", "gov_general_debt_balance",
					"gov_special_debt_balance");
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsTheCountyTableOfTheCityOfficeWithoutItsSubtotals() throws IOException {
		Parsed parsed = parse("成都市地方志办公室", "2022年成都市各区（市）县主要指标.xlsx");

		assertFact(parsed.fact("主要指标", "B6"), "510104", "gdp", 2022, "1584.8");
		assertFact(parsed.fact("主要指标", "C4"), "510100", "resident_population", 2022, "2126.8");
		assertFact(parsed.fact("主要指标", "B4"), "510100", "gdp", 2022, "20817.5");
		assertThat(parsed.facts()).hasSize(42);
		assertThat(parsed.facts()).extracting(StagedFact::cell).doesNotContain("B5", "C5", "B18", "C18");
		assertThat(parsed.facts().stream().map(StagedFact::regionCode).distinct().toList()).hasSize(21)
			.allMatch((code) -> code.startsWith("5101"));
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsALongCsvInUtf8WithoutBom() throws IOException {
		Parsed parsed = parse("成都市地方志办公室", "居民收支.csv");

		assertFact(parsed.fact("510100", "urban_per_capita_disposable_income", 2022), "510100",
				"urban_per_capita_disposable_income", 2022, "54897");
		assertThat(parsed.facts()).hasSize(6).extracting(StagedFact::regionCode).containsOnly("510100");
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsTheTransposedGrainTableWithItsTemplate() throws IOException {
		Parsed parsed = parse("省农业农村厅", "2022年粮食生产情况.xlsx");

		assertFact(parsed.fact("粮食生产", "B5"), "510000", "grain_output", 2022, "3510.5");
		assertFact(parsed.fact("粮食生产", "C4"), "510100", "grain_sown_area", 2022, "418.2");
		assertThat(parsed.facts()).hasSize(44);
		assertThat(parsed.issues()).extracting(Issue::code).containsExactly("LAYOUT_USED");
	}

	@Test
	void cannotReadTheTransposedGrainTableWithoutItsTemplate(@TempDir Path temp) throws IOException {
		Path jobs = temp.resolve("jobs");
		Files.createDirectories(jobs.resolve("reference"));
		Files.copy(Path.of("jobs/departments.yml"), jobs.resolve("departments.yml"));
		Files.copy(Path.of("jobs/indicators.yml"), jobs.resolve("indicators.yml"));
		Files.copy(Path.of("jobs/reference/regions.csv"), jobs.resolve("reference/regions.csv"));
		ReferenceData withoutTemplates = ReferenceData.load(new JobsDirectory(jobs));

		Parsed parsed = parse(withoutTemplates, "省农业农村厅", "2022年粮食生产情况.xlsx");

		assertThat(parsed.facts()).isEmpty();
		assertThat(parsed.errors()).extracting(Issue::code).containsExactly("LAYOUT_UNKNOWN", "NO_TABLE");
	}

	@Test
	void readsAnUnknownDepartmentAndAnUnknownIndicatorAsProvisional() throws IOException {
		Parsed parsed = parse("省公安厅", "民用汽车保有量.csv");

		assertThat(parsed.facts()).hasSize(10);
		assertThat(parsed.facts())
			.filteredOn((fact) -> fact.indicatorName().equals("新能源汽车保有量") && fact.regionCode().equals("510000"))
			.singleElement()
			.satisfies((fact) -> {
				assertThat(fact.status()).isEqualTo("provisional");
				assertThat(fact.indicatorCode()).startsWith("x_");
				assertThat(fact.value().toPlainString()).isEqualTo("88.6");
				assertThat(fact.unit()).isEqualTo("万辆");
			});
		assertFact(parsed.fact("510000", "civil_vehicles", 2022), "510000", "civil_vehicles", 2022, "1162.4");
		assertThat(parsed.issues()).extracting(Issue::code, Issue::severity)
			.containsExactly(tuple("UNKNOWN_DEPARTMENT", Severity.WARNING), tuple("LAYOUT_USED", Severity.INFO),
					tuple("PROVISIONAL_INDICATOR", Severity.WARNING));
	}

	@Test
	void readsIndicatorRowsWithYearColumnsForTheProvinceItsTitleNames() throws IOException {
		Parsed parsed = parse("省统计局", "四川省主要经济指标（2019—2021年）.xlsx");

		assertFact(parsed.fact("主要经济指标", "D4"), "510000", "gdp_growth", 2020, "3.8");
		assertFact(parsed.fact("主要经济指标", "C5"), "510000", "urban_per_capita_disposable_income", 2019, "36154");
		assertFact(parsed.fact("主要经济指标", "E7"), "510000", "general_budget_expenditure", 2021, "11215.6");
		assertThat(parsed.facts()).hasSize(12).extracting(StagedFact::regionCode).containsOnly("510000");
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsALongTableHeadedByItsYearWithRowsNamingPartsOfTheRowAbove() throws IOException {
		Parsed parsed = parse("省统计局", "第七次全国人口普查主要数据（2020年）.csv");

		assertFact(parsed.fact("510000", "resident_population", 2020), "510000", "resident_population", 2020, "8367.5");
		assertFact(parsed.fact("510000", "urban_population", 2020), "510000", "urban_population", 2020, "4746.6");
		assertFact(parsed.fact("510100", "urban_population", 2020), "510100", "urban_population", 2020, "1648.9");
		assertFact(parsed.fact("510100", "rural_population", 2020), "510100", "rural_population", 2020, "444.9");
		assertFact(parsed.fact("511800", "rural_population", 2020), "511800", "rural_population", 2020, "74.3");
		assertThat(parsed.facts()).hasSize(9);
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsALegacyXlsDebtTableWithAMergedRegionHeaderAndTotalColumns() throws IOException {
		Parsed parsed = parse("省财政厅", "2021年地方政府债务限额及余额.xls");

		assertFact(parsed.fact("债务", "B5"), "510000", "gov_debt_limit", 2021, "18082.9");
		assertFact(parsed.fact("债务", "C5"), "510000", "gov_general_debt_limit", 2021, "6392.4");
		assertFact(parsed.fact("债务", "E6"), "510100", "gov_debt_balance", 2021, "5715.8");
		assertFact(parsed.fact("债务", "G26"), "513400", "gov_special_debt_balance", 2021, "374.8");
		assertThat(parsed.facts()).hasSize(132);
		assertThat(parsed.facts()).extracting(StagedFact::indicatorCode)
			.containsOnly("gov_debt_limit", "gov_general_debt_limit", "gov_special_debt_limit", "gov_debt_balance",
					"gov_general_debt_balance", "gov_special_debt_balance");
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void readsTheCountiesOf2014UnderTheCodesTheyHadThen() throws IOException {
		Parsed parsed = parse("成都市地方志办公室", "2014年成都市各区（市）县地区生产总值.xlsx");

		assertFact(parsed.fact("2014年", "B4"), "510100", "gdp", 2014, "9362.3");
		assertFact(parsed.fact("2014年", "B15"), "510122", "gdp", 2014, "852.7");
		assertFact(parsed.fact("2014年", "B16"), "510124", "gdp", 2014, "419.3");
		assertFact(parsed.fact("2014年", "B19"), "510132", "gdp", 2014, "252.6");
		assertThat(parsed.facts()).hasSize(20)
			.extracting(StagedFact::regionCode)
			.doesNotContain("510116", "510117", "510118", "510185");
		assertThat(parsed.errors()).isEmpty();
	}

	@Test
	void rejectsATextFileNamedLikeAWorkbook() throws IOException {
		Parsed parsed = parse("成都市地方志办公室", "损坏文件.xlsx");

		assertThat(parsed.facts()).isEmpty();
		assertThat(parsed.issues()).extracting(Issue::code, Issue::severity)
			.containsExactly(tuple("NOT_A_WORKBOOK", Severity.ERROR));
	}

	private static void assertFact(StagedFact fact, String region, String indicator, int year, String value) {
		assertThat(fact.regionCode()).isEqualTo(region);
		assertThat(fact.indicatorCode()).isEqualTo(indicator);
		assertThat(fact.year()).isEqualTo(year);
		assertThat(fact.value()).isNotNull();
		assertThat(fact.value().compareTo(new BigDecimal(value))).as("value %s", fact.value().toPlainString()).isZero();
		assertThat(fact.value().toPlainString()).isEqualTo(value);
		assertThat(fact.status()).isEmpty();
		assertThat(fact.flags()).isEmpty();
	}

	private static Parsed parse(String department, String file) throws IOException {
		return parse(REFERENCE, department, file);
	}

	private static Parsed parse(ReferenceData reference, String department, String file) throws IOException {
		List<StagedFact> facts = new ArrayList<>();
		List<Issue> issues = new ArrayList<>();
		Path path = Path.of("sample-input", department, file);
		try (SubmissionParser parser = new SubmissionParser(path, file, department, reference)) {
			RowOutcome outcome;
			while ((outcome = parser.next()) != null) {
				facts.addAll(outcome.facts());
				issues.addAll(outcome.issues());
			}
			return new Parsed(facts, issues, parser.layouts());
		}
	}

	/**
	 * Everything a file yielded.
	 *
	 * @param facts the facts
	 * @param issues the issues
	 * @param layouts the layouts used
	 */
	private record Parsed(List<StagedFact> facts, List<Issue> issues, String layouts) {

		StagedFact fact(String sheet, String cell) {
			List<StagedFact> found = this.facts.stream()
				.filter((f) -> f.sheet().equals(sheet) && f.cell().equals(cell))
				.toList();
			assertThat(found).as("facts at %s!%s", sheet, cell).hasSize(1);
			return found.get(0);
		}

		StagedFact fact(String region, String indicator, int year) {
			List<StagedFact> found = this.facts.stream()
				.filter((f) -> f.regionCode().equals(region) && f.indicatorCode().equals(indicator) && f.year() == year)
				.toList();
			assertThat(found).as("facts of %s %s %s", region, indicator, year).hasSize(1);
			return found.get(0);
		}

		List<Issue> errors() {
			return this.issues.stream().filter((i) -> i.severity() == Severity.ERROR).toList();
		}

	}

}
