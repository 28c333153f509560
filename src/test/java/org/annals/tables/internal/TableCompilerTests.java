package org.annals.tables.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.tables.CompiledTable;
import org.annals.tables.TableCell;
import org.annals.tables.TableColumn;
import org.annals.ingest.PublishedFacts;
import org.annals.tables.TableRow;
import org.annals.tables.TableXlsxWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiling a table from facts: values, last year's values, growth as submitted or
 * computed, the editor's notes, missing and provisional figures, and the rows.
 */
class TableCompilerTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private final Map<String, PublishedFacts.Fact> facts = new HashMap<>();

	private long nextId = 1;

	private void fact(String region, String indicator, int year, String value, String status) {
		this.facts.put(PublishedFacts.key(region, indicator, year),
				new PublishedFacts.Fact(this.nextId++, (value != null) ? new BigDecimal(value) : null, status, false));
	}

	private static TableDefinition definition(String set, String of, List<String> regions,
			TableDefinition.Group... groups) {
		return new TableDefinition("t", "{year}年测试表", new TableDefinition.Rows(set, of, regions), "单位：亿元",
				List.of(groups), List.of("注：测试。"), "资料来源：测试");
	}

	private static TableDefinition.Group group(String indicator, TableDefinition.Column... columns) {
		return new TableDefinition.Group(null, indicator, List.of(columns));
	}

	private static TableDefinition.Column column(String header, String value, int decimals) {
		return new TableDefinition.Column(header, value, decimals);
	}

	private CompiledTable compile(TableDefinition definition) {
		return compile(definition, 2022);
	}

	private CompiledTable compile(TableDefinition definition, int year) {
		return new TableCompiler(REFERENCE).compile(definition, year, this.facts);
	}

	@Test
	void aCountyTableOf2014ListsTheDivisionsOf2014() {
		// issue 20: 双流县, 郫县 and 新津县 before 撤县设区; 简阳市 still under 资阳市
		CompiledTable table = compile(
				definition("counties", "510100", List.of(), group("gdp", column("{year}年", "current", 1))), 2014);
		assertThat(table.rows()).extracting(TableRow::regionCode)
			.containsExactly("510100", "510104", "510105", "510106", "510107", "510108", "510112", "510113", "510114",
					"510115", "510121", "510122", "510124", "510129", "510131", "510132", "510181", "510182", "510183",
					"510184");
		assertThat(table.rows()).extracting(TableRow::label).contains("双流县", "郫县", "新津县").doesNotContain("简阳市");
	}

	@Test
	void jianyangIsARowOfZiyangIn2015AndOfChengduIn2017() {
		TableDefinition ziyang = definition("counties", "512000", List.of(),
				group("gdp", column("{year}年", "current", 1)));
		TableDefinition chengdu = definition("counties", "510100", List.of(),
				group("gdp", column("{year}年", "current", 1)));
		assertThat(compile(ziyang, 2015).rows()).extracting(TableRow::regionCode)
			.containsExactly("512000", "512002", "512021", "512022", "512081");
		assertThat(compile(ziyang, 2017).rows()).extracting(TableRow::regionCode)
			.containsExactly("512000", "512002", "512021", "512022");
		assertThat(compile(chengdu, 2017).rows()).extracting(TableRow::regionCode).contains("510185").hasSize(21);
	}

	@Test
	void lastYearsValueOfARenamedCountyIsTheOneUnderItsFormerCode() {
		fact("510116", "gdp", 2015, "935.0", "");
		fact("510122", "gdp", 2014, "850.0", "");
		CompiledTable table = compile(definition("counties", "510100", List.of(),
				group("gdp", column("{year}年", "current", 1), column("{previous}年", "previous", 1))), 2015);
		TableRow shuangliu = table.rows()
			.stream()
			.filter((row) -> row.regionCode().equals("510116"))
			.findFirst()
			.orElseThrow();
		assertThat(shuangliu.label()).isEqualTo("双流区");
		assertThat(shuangliu.cells()).extracting(TableCell::display).containsExactly("935.0", "850.0");
		assertThat(table.footnotes()).containsExactly("注：测试。");
	}

	@Test
	void aFootnoteNamesTheCitiesWhoseAreaChangedBetweenTheYearsCompared() {
		TableDefinition compared = definition("province-and-prefectures", null, List.of(),
				group("gdp", column("{year}年", "current", 1), column("{previous}年", "previous", 1)));
		assertThat(compile(compared, 2016).footnotes()).containsExactly("注：测试。", "成都市、资阳市的行政区域2016年有调整，与2015年数据的口径不同。");
		assertThat(compile(compared, 2017).footnotes()).containsExactly("注：测试。");
		TableDefinition oneYear = definition("province-and-prefectures", null, List.of(),
				group("gdp", column("{year}年", "current", 1)));
		assertThat(compile(oneYear, 2016).footnotes()).containsExactly("注：测试。");
	}

	@Test
	void theProvinceComesFirstThenItsTwentyOneCitiesInCodeOrder() {
		CompiledTable table = compile(
				definition("province-and-prefectures", null, List.of(), group("gdp", column("{year}年", "current", 1))));
		assertThat(table.rows()).hasSize(22);
		assertThat(table.rows().get(0).label()).isEqualTo("全省");
		assertThat(table.rows().get(1).label()).isEqualTo("成都市");
		assertThat(table.rows().get(20).label()).isEqualTo("甘孜州");
		assertThat(table.rows().get(21).regionCode()).isEqualTo("513400");
		assertThat(table.title()).isEqualTo("2022年测试表");
	}

	@Test
	void aCountyTableHasTheCityFirstThenItsCounties() {
		CompiledTable table = compile(
				definition("counties", "510100", List.of(), group("gdp", column("{year}年", "current", 1))));
		assertThat(table.rows().get(0).label()).isEqualTo("成都市");
		assertThat(table.rows().get(1).label()).isEqualTo("锦江区");
		assertThat(table.rows()).hasSize(21);
	}

	@Test
	void valuesAreRoundedToTheColumnsDecimalsAndMissingPrintsTheYearbookSymbol() {
		fact("510100", "general_budget_revenue", 2022, "1722.4316", "");
		CompiledTable table = compile(definition("list", null, List.of("510100", "510300"), group(
				"general_budget_revenue", column("{year}年", "current", 2), column("{previous}年", "previous", 2))));
		assertThat(table.columns()).extracting(TableColumn::header).containsExactly("2022年", "2021年");
		assertThat(table.columns()).extracting(TableColumn::group).containsExactly("一般公共预算收入", "一般公共预算收入");
		assertThat(table.rows().get(0).cells().get(0).display()).isEqualTo("1722.43");
		assertThat(table.rows().get(0).cells().get(0).value()).isEqualTo(new BigDecimal("1722.4316"));
		assertThat(table.rows().get(0).cells().get(1)).satisfies((cell) -> {
			assertThat(cell.display()).isEqualTo("…");
			assertThat(cell.value()).isNull();
			assertThat(cell.status()).isEqualTo("missing");
		});
		assertThat(table.rows().get(1).cells().get(0).display()).isEqualTo("…");
	}

	@Test
	void anXlsxCellHoldsTheFactsExactValueAndItsFormatShowsTheColumnsDecimals() throws IOException {
		// issue 20: the cell held 1722.43, the source's last two decimals lost
		fact("510100", "general_budget_revenue", 2022, "1722.4316", "");
		CompiledTable table = compile(definition("list", null, List.of("510100"),
				group("general_budget_revenue", column("{year}年", "current", 2))));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableXlsxWriter().write(table, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Cell cell = workbook.getSheetAt(0).getRow(3).getCell(1);
			assertThat(cell.getNumericCellValue()).isEqualTo(1722.4316);
			assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(new DataFormatter().formatCellValue(cell)).isEqualTo("1722.43");
		}
	}

	@Test
	void aSourceFigureWithMoreDecimalsThanItsColumnIsNamedToTheEditor() {
		fact("510100", "general_budget_revenue", 2022, "1722.4316", "");
		fact("510300", "general_budget_revenue", 2022, "76.0200", "");
		CompiledTable table = compile(definition("list", null, List.of("510100", "510300"), new TableDefinition.Group(
				"一般公共预算收入", "general_budget_revenue", List.of(column("{year}年", "current", 2)))));
		assertThat(table.precisionWarnings()).containsExactly("表“2022年测试表”（t）“一般公共预算收入 2022年”栏，成都市：来源数值 1722.4316 "
				+ "有 4 位小数，本栏只印 2 位，印作 1722.43 / table t, column 一般公共预算收入 2022年, 成都市: the source figure "
				+ "1722.4316 has 4 decimals; the column prints 2 (1722.43)");
	}

	@Test
	void aValueReportedNotAvailablePrintsTheSymbolAndKeepsItsFact() {
		fact("510100", "gdp", 2022, null, "na");
		CompiledTable table = compile(
				definition("list", null, List.of("510100"), group("gdp", column("{year}年", "current", 1))));
		assertThat(table.rows().get(0).cells().get(0)).satisfies((cell) -> {
			assertThat(cell.display()).isEqualTo("…");
			assertThat(cell.status()).isEqualTo("na");
			assertThat(cell.factIds()).hasSize(1);
		});
	}

	@Test
	void growthIsComputedFromLastYearWhenNotSubmitted() {
		fact("510100", "general_budget_revenue", 2022, "1100", "");
		fact("510100", "general_budget_revenue", 2021, "1000", "");
		CompiledTable table = compile(definition("list", null, List.of("510100"),
				group("general_budget_revenue", column("比上年增长（%）", "growth", 1))));
		assertThat(table.rows().get(0).cells().get(0)).satisfies((cell) -> {
			assertThat(cell.display()).isEqualTo("10.0");
			assertThat(cell.note()).startsWith("按上年数值计算");
			assertThat(cell.factIds()).hasSize(2);
		});
	}

	@Test
	void aSubmittedNominalGrowthThatDiffersFromTheComputedOneCarriesANote() {
		fact("510100", "general_budget_revenue", 2022, "1100", "");
		fact("510100", "general_budget_revenue", 2021, "1000", "");
		fact("510100", "general_budget_revenue_growth", 2022, "8.5", "");
		CompiledTable table = compile(definition("list", null, List.of("510100"),
				group("general_budget_revenue", column("比上年增长（%）", "growth", 1))));
		assertThat(table.rows().get(0).cells().get(0)).satisfies((cell) -> {
			assertThat(cell.display()).isEqualTo("8.5");
			assertThat(cell.note()).startsWith("报送增速 8.5%，按上年数值计算为 10.0%");
		});
	}

	@Test
	void gdpGrowthAtComparablePricesIsTakenAsSubmittedWithoutANote() {
		fact("510100", "gdp", 2022, "20817.5", "");
		fact("510100", "gdp", 2021, "19917.0", "");
		fact("510100", "gdp_growth", 2022, "2.8", "");
		CompiledTable table = compile(
				definition("list", null, List.of("510100"), group("gdp", column("增长", "growth", 1))));
		assertThat(table.rows().get(0).cells().get(0)).satisfies((cell) -> {
			assertThat(cell.display()).isEqualTo("2.8");
			assertThat(cell.note()).isEmpty();
		});
	}

	@Test
	void gdpGrowthIsNeverDerivedFromTwoNominalValues() {
		// issue 20: 甘孜州 sent — for its 2022 GDP growth; 452.4 / 447.0 is not the growth
		fact("513300", "gdp", 2022, "452.4", "");
		fact("513300", "gdp", 2021, "447.0", "");
		CompiledTable table = compile(
				definition("list", null, List.of("513300"), group("gdp", column("增长", "growth", 1))));
		assertThat(table.rows().get(0).cells().get(0)).satisfies((cell) -> {
			assertThat(cell.display()).isEqualTo("…");
			assertThat(cell.value()).isNull();
			assertThat(cell.status()).isEqualTo("missing");
			assertThat(cell.note()).isEmpty();
		});
	}

	@Test
	void aGrowthReportedNotAvailablePrintsTheSymbolEvenWhereItCouldBeComputed() {
		fact("510100", "general_budget_revenue", 2022, "1100", "");
		fact("510100", "general_budget_revenue", 2021, "1000", "");
		fact("510100", "general_budget_revenue_growth", 2022, null, "na");
		CompiledTable table = compile(definition("list", null, List.of("510100"),
				group("general_budget_revenue", column("比上年增长（%）", "growth", 1))));
		assertThat(table.rows().get(0).cells().get(0)).satisfies((cell) -> {
			assertThat(cell.display()).isEqualTo("…");
			assertThat(cell.status()).isEqualTo("na");
			assertThat(cell.factIds()).hasSize(1);
		});
	}

	@Test
	void aProvisionalFigureKeepsItsFlag() {
		fact("510100", "gdp", 2022, "20817.5", "provisional");
		CompiledTable table = compile(
				definition("list", null, List.of("510100"), group("gdp", column("{year}年", "current", 1))));
		assertThat(table.rows().get(0).cells().get(0).provisional()).isTrue();
	}

}
