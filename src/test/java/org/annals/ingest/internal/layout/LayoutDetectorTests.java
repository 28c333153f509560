package org.annals.ingest.internal.layout;

import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.Severity;
import org.annals.ingest.internal.layout.Sheets.Read;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.reference.LayoutTemplate;
import org.junit.jupiter.api.Test;

import static org.annals.ingest.internal.layout.Sheets.province;
import static org.annals.ingest.internal.layout.Sheets.read;
import static org.annals.ingest.internal.layout.Sheets.row;
import static org.annals.ingest.internal.layout.Sheets.rows;
import static org.annals.ingest.internal.layout.Sheets.scoped;
import static org.annals.ingest.internal.layout.Sheets.textRow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LayoutDetector}: every layout the product must recognise, read to the
 * exact facts.
 */
class LayoutDetectorTests {

	@Test
	void readsAYearbookTableWithTwoHeaderRowsAndTheUnitLineOnTheRight() {
		List<SheetRow> sheet = rows(row(1, "2022年各市（州）主要经济指标"), row(2, "", "", "", "", "", "单位：亿元"),
				row(3, "地区", "地区生产总值", "", "", "一般公共预算收入（万元）", ""),
				row(4, "", "2022年", "2021年", "比上年增长（%）", "2022年", "2021年"),
				row(5, "全省", "56749.8", "53850.8", "2.9", "39490213", "38175611"),
				row(6, "成都市", "20817.5", "19917", "2.8", "17224316", "16976312"),
				row(7, "\u3000\u3000自贡市", "1601.3", "1525.6", "4.1", "760245", "711890"),
				row(8, "  德阳市", "2828.1", "2699.9", "3.1", "1636408", "1562103"),
				row(9, "阿坝州", "449.6", "411.8", "4.2", "413065", "398217"),
				row(10, "甘孜州", "452.4", "447", "—", "502318", "483605"), row(11, "注：全省数据含省本级。"),
				row(12, "资料来源：四川省统计局"));

		Read read = read(sheet, province("2022年各市（州）主要经济指标.xlsx", "主要经济指标"));

		assertThat(read.lines()).containsExactly("B5 510000 gdp 2022 56749.8 - -", "C5 510000 gdp 2021 53850.8 - -",
				"D5 510000 gdp_growth 2022 2.9 - -", "E5 510000 general_budget_revenue 2022 3949.0213 - -",
				"F5 510000 general_budget_revenue 2021 3817.5611 - -", "B6 510100 gdp 2022 20817.5 - -",
				"C6 510100 gdp 2021 19917 - -", "D6 510100 gdp_growth 2022 2.8 - -",
				"E6 510100 general_budget_revenue 2022 1722.4316 - -",
				"F6 510100 general_budget_revenue 2021 1697.6312 - -", "B7 510300 gdp 2022 1601.3 - -",
				"C7 510300 gdp 2021 1525.6 - -", "D7 510300 gdp_growth 2022 4.1 - -",
				"E7 510300 general_budget_revenue 2022 76.0245 - -", "F7 510300 general_budget_revenue 2021 71.189 - -",
				"B8 510600 gdp 2022 2828.1 - -", "C8 510600 gdp 2021 2699.9 - -", "D8 510600 gdp_growth 2022 3.1 - -",
				"E8 510600 general_budget_revenue 2022 163.6408 - -",
				"F8 510600 general_budget_revenue 2021 156.2103 - -", "B9 513200 gdp 2022 449.6 - -",
				"C9 513200 gdp 2021 411.8 - -", "D9 513200 gdp_growth 2022 4.2 - -",
				"E9 513200 general_budget_revenue 2022 41.3065 - -",
				"F9 513200 general_budget_revenue 2021 39.8217 - -", "B10 513300 gdp 2022 452.4 - -",
				"C10 513300 gdp 2021 447 - -", "D10 513300 gdp_growth 2022 null na -",
				"E10 513300 general_budget_revenue 2022 50.2318 - -",
				"F10 513300 general_budget_revenue 2021 48.3605 - -");
		assertThat(read.fact("D5").unit()).isEqualTo("%");
		assertThat(read.fact("E6").unit()).isEqualTo("亿元");
		assertThat(read.fact("E6").value().toPlainString()).isEqualTo("1722.4316");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
		assertThat(read.detection().firstDataRow()).isEqualTo(4);
	}

	@Test
	void readsTheUnitLineOnTheLeftAndShortPaddedRegionNames() {
		List<SheetRow> sheet = rows(row(1, "2022年全省主要指标"), row(2, "单位：亿元"), row(3, "地区", "地区生产总值", "一般公共预算收入（万元）"),
				row(4, "全省", "56749.8", "39490213"), row(5, "  成都 ", "20817.5", "17224316"),
				row(6, "\u3000凉山\u3000", "2081.4", "2160479"), row(7, "注：全省数据含省本级。"));

		Read read = read(sheet, province("主要指标.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510000 gdp 2022 56749.8 - -",
				"C4 510000 general_budget_revenue 2022 3949.0213 - -", "B5 510100 gdp 2022 20817.5 - -",
				"C5 510100 general_budget_revenue 2022 1722.4316 - -", "B6 513400 gdp 2022 2081.4 - -",
				"C6 513400 general_budget_revenue 2022 216.0479 - -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void readsATableWithOneColumnPerYearAndTheIndicatorOnlyInTheTitle() {
		List<SheetRow> sheet = rows(row(1, "地区生产总值（2018—2022年）"), row(2, "", "", "", "", "", "单位：亿元"),
				row(3, "地区", "2018年", "2019年", "2020年", "2021年", "2022年"),
				row(4, "全省", "42902.1", "46363.8", "48501.6", "53850.8", "56749.8"),
				row(5, "成都市", "15957.5", "17012.7", "18124.6", "19917", "20817.5"));

		Read read = read(sheet, province("地区生产总值（2018—2022年）.xls", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510000 gdp 2018 42902.1 - -", "C4 510000 gdp 2019 46363.8 - -",
				"D4 510000 gdp 2020 48501.6 - -", "E4 510000 gdp 2021 53850.8 - -", "F4 510000 gdp 2022 56749.8 - -",
				"B5 510100 gdp 2018 15957.5 - -", "C5 510100 gdp 2019 17012.7 - -", "D5 510100 gdp 2020 18124.6 - -",
				"E5 510100 gdp 2021 19917 - -", "F5 510100 gdp 2022 20817.5 - -");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void takesTheYearFromTheSheetNameWhenTheSheetHasNoTitle() {
		List<SheetRow> sheet = rows(row(1, "地区", "社会消费品零售总额（亿元）", "民用汽车保有量（万辆）"), row(2, "全省", "22847.7", "1095.6"),
				row(3, "成都市", "9251.8", "584.7"));

		Read read = read(sheet, province("分年度社会消费品零售总额.xlsx", "2021年"));

		assertThat(read.lines()).containsExactly("B2 510000 retail_sales 2021 22847.7 - -",
				"C2 510000 civil_vehicles 2021 1095.6 - -", "B3 510100 retail_sales 2021 9251.8 - -",
				"C3 510100 civil_vehicles 2021 584.7 - -");
		assertThat(read.fact("C2").unit()).isEqualTo("万辆");
		assertThat(read.detection().firstDataRow()).isEqualTo(1);
	}

	@Test
	void skipsATextOnlySheetWithAnInformationAndNoError() {
		List<SheetRow> sheet = rows(row(1, "填表说明"), row(2, "1. 本表按年度分工作表填报，工作表名即年份。"), row(3, "2. 数值保留一位小数，无数据填“—”。"));

		Read read = read(sheet, province("分年度社会消费品零售总额.xlsx", "填表说明"));

		assertThat(read.detection().interpreter()).isNull();
		assertThat(read.facts()).isEmpty();
		assertThat(read.issues()).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("SHEET_SKIPPED");
			assertThat(issue.severity()).isEqualTo(Severity.INFO);
			assertThat(issue.sheet()).isEqualTo("填表说明");
		});
	}

	@Test
	void reportsALayoutItCannotReadWhenTheSheetHoldsNumbersButNoRegionColumn() {
		List<SheetRow> sheet = rows(row(1, "2022年粮食生产情况"), row(3, "指标", "全省", "成都", "自贡"),
				row(4, "粮食播种面积（千公顷）", "6463.6", "418.2", "101.5"), row(5, "粮食产量（万吨）", "3510.5", "233.9", "59.4"));

		Read read = read(sheet, province("2022年粮食生产情况.xlsx", "粮食生产"));

		assertThat(read.detection().interpreter()).isNull();
		assertThat(read.facts()).isEmpty();
		assertThat(read.codes()).containsExactly("LAYOUT_UNKNOWN");
		assertThat(read.errors()).hasSize(1);
	}

	@Test
	void readsALongTableWhoseHeaderIsBelowATitle() {
		List<SheetRow> sheet = rows(textRow(1, "2022年居民收支情况"), textRow(2, "地区", "指标", "计量单位", "年份", "数值"),
				textRow(3, "成都市", "城镇居民人均可支配收入", "元", "2022", "54897"));

		Read read = read(sheet, province("居民收支.csv", "csv"));

		assertThat(read.detection().firstDataRow()).isEqualTo(2);
		assertThat(read.lines()).containsExactly("E3 510100 urban_per_capita_disposable_income 2022 54897 - -");
		assertThat(read.issues()).singleElement()
			.satisfies((issue) -> assertThat(issue.english())
				.isEqualTo("Sheet \"csv\" was read as a long table (region, indicator, unit, year, value)."));
	}

	@Test
	void readsACountyTableOfACityDepartment() {
		List<SheetRow> sheet = rows(row(1, "2022年各区（市）县主要指标"), row(2, "", "", "单位：亿元"),
				row(3, "地区", "地区生产总值", "常住人口（万人）"), row(4, "全市合计", "20817.5", "2126.8"),
				row(5, "市辖区小计", "16165.3", "1508.3"), row(6, "锦江区", "1584.8", "90.3"), row(7, "青羊 ", "1602.3", "95.7"),
				row(8, "县（市）小计", "4652.2", "618.5"), row(9, "简阳市", "620.1", "113.5"), row(10, "金堂", "616.4", "80.4"));

		Read read = read(sheet, scoped("510100", "2022年各区县主要指标.xlsx", "主要指标"));

		assertThat(read.lines()).containsExactly("B4 510100 gdp 2022 20817.5 - -",
				"C4 510100 resident_population 2022 2126.8 - -", "B6 510104 gdp 2022 1584.8 - -",
				"C6 510104 resident_population 2022 90.3 - -", "B7 510105 gdp 2022 1602.3 - -",
				"C7 510105 resident_population 2022 95.7 - -", "B9 510185 gdp 2022 620.1 - -",
				"C9 510185 resident_population 2022 113.5 - -", "B10 510121 gdp 2022 616.4 - -",
				"C10 510121 resident_population 2022 80.4 - -");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void takesTheCityOfACountyTableFromATitleNamingItWhenTheDepartmentIsProvinceWide() {
		List<SheetRow> sheet = rows(row(1, "2022年成都市各区（市）县主要指标"), row(2, "", "", "单位：亿元"),
				row(3, "地区", "地区生产总值", "常住人口（万人）"), row(4, "全市合计", "20817.5", "2126.8"),
				row(5, "市辖区小计", "16165.3", "1508.3"), row(6, "锦江区", "1584.8", "90.3"),
				row(7, "县（市）小计", "4652.2", "618.5"), row(8, "简阳市", "620.1", "113.5"));

		Read read = read(sheet, province("2022年成都市各区（市）县主要指标.xlsx", "主要指标"));

		assertThat(read.lines()).containsExactly("B4 510100 gdp 2022 20817.5 - -",
				"C4 510100 resident_population 2022 2126.8 - -", "B6 510104 gdp 2022 1584.8 - -",
				"C6 510104 resident_population 2022 90.3 - -", "B8 510185 gdp 2022 620.1 - -",
				"C8 510185 resident_population 2022 113.5 - -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void resolvesACountyNameSharedByTwoCitiesInsideTheCityTheTitleNames() {
		List<SheetRow> sheet = rows(row(1, "2022年乐山市各区县地区生产总值"), row(2, "单位：亿元"), row(3, "地区", "地区生产总值"),
				row(4, "全市", "2128.4"), row(5, "市中区", "612.9"), row(6, "沙湾区", "121.7"));

		Read read = read(sheet, province("乐山.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 511100 gdp 2022 2128.4 - -", "B5 511102 gdp 2022 612.9 - -",
				"B6 511111 gdp 2022 121.7 - -");
	}

	@Test
	void readsTheDebtTableWithTwoLevelHeaders() {
		List<SheetRow> sheet = rows(row(1, "2022年全省地方政府债务限额及余额"), row(2, "单位：亿元"),
				row(3, "地区", "地方政府债务限额", "", "地方政府债务余额", ""), row(4, "", "一般债务", "专项债务", "一般债务", "专项债务"),
				row(5, "全省", "8418.4", "12223.1", "7931.8", "9776.9"),
				row(6, "成都市", "1869.5", "2701.9", "1760.4", "2205.4"), row(7, "注：全省数据含省本级。"));

		Read read = read(sheet, province("2022年全省地方政府债务限额及余额.xlsx", "债务限额及余额"));

		assertThat(read.lines()).containsExactly("B5 510000 gov_general_debt_limit 2022 8418.4 - -",
				"C5 510000 gov_special_debt_limit 2022 12223.1 - -",
				"D5 510000 gov_general_debt_balance 2022 7931.8 - -",
				"E5 510000 gov_special_debt_balance 2022 9776.9 - -",
				"B6 510100 gov_general_debt_limit 2022 1869.5 - -", "C6 510100 gov_special_debt_limit 2022 2701.9 - -",
				"D6 510100 gov_general_debt_balance 2022 1760.4 - -",
				"E6 510100 gov_special_debt_balance 2022 2205.4 - -");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void readsATransposedTableThatATemplatePins() {
		LayoutTemplate template = Sheets.REFERENCE.templateFor("省农业农村厅", "2022年粮食生产情况.xlsx").orElseThrow();
		List<SheetRow> sheet = rows(row(1, "2022年粮食生产情况"), row(3, "指标", "全省", "成都", "自贡", "阿坝"),
				row(4, "粮食播种面积（千公顷）", "6463.6", "418.2", "101.5", "20.3"),
				row(5, "粮食产量（万吨）", "3510.5", "233.9", "59.4", "—"));

		Read read = read(sheet, Sheets.pinned(template, "2022年粮食生产情况.xlsx", "粮食生产"));

		assertThat(read.detection().firstDataRow()).isEqualTo(2);
		assertThat(read.lines()).containsExactly("B4 510000 grain_sown_area 2022 6463.6 - -",
				"C4 510100 grain_sown_area 2022 418.2 - -", "D4 510300 grain_sown_area 2022 101.5 - -",
				"E4 513200 grain_sown_area 2022 20.3 - -", "B5 510000 grain_output 2022 3510.5 - -",
				"C5 510100 grain_output 2022 233.9 - -", "D5 510300 grain_output 2022 59.4 - -",
				"E5 513200 grain_output 2022 null na -");
		assertThat(read.issues()).singleElement()
			.satisfies((issue) -> assertThat(issue.english()).isEqualTo(
					"Sheet \"粮食生产\" was read as a transposed table (regions across, indicators down; template templates/省农业农村厅-粮食生产.yml)."));
	}

	@Test
	void rejectsAMoneyColumnUnderAUnitLineInPeopleWithoutLoadingAnything() {
		List<SheetRow> sheet = rows(row(1, "2022年各市（州）主要经济指标"), row(2, "单位：万人"), row(3, "地区", "地区生产总值"),
				row(4, "全省", "56749.8"), row(5, "成都市", "20817.5"), row(6, "自贡市", "1601.3"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.facts()).isEmpty();
		assertThat(read.issues("UNIT_MISMATCH")).singleElement().satisfies((issue) -> {
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.cell()).isEqualTo("B列");
			assertThat(issue.english())
				.isEqualTo("Indicator \"地区生产总值\" is measured in 亿元, the table says \"万人\", which cannot be converted.");
		});
		assertThat(read.issues("PROVISIONAL_INDICATOR")).isEmpty();
	}

	@Test
	void rejectsAWideTableWithNoYearInHeaderTitleSheetNameOrFileNameOnce() {
		List<SheetRow> sheet = rows(row(1, "各市（州）主要经济指标"), row(2, "单位：亿元"), row(3, "地区", "地区生产总值"),
				row(4, "全省", "56749.8"), row(5, "成都市", "20817.5"), row(6, "自贡市", "1601.3"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.facts()).isEmpty();
		assertThat(read.issues("NO_YEAR")).singleElement().satisfies((issue) -> {
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.cell()).isEqualTo("B列");
			assertThat(issue.english())
				.isEqualTo("No year for \"地区生产总值\": none in the header, title, sheet name or file name.");
		});
		assertThat(read.issues("PROVISIONAL_INDICATOR")).isEmpty();
		assertThat(read.errors()).extracting(Issue::code).doesNotContain("UNIT_MISMATCH");
	}

	@Test
	void convertsFromAUnitLineWrittenInBrackets() {
		List<SheetRow> sheet = rows(row(1, "2022年各市（州）一般公共预算收入"), row(2, "", "（单位：万元）"), row(3, "地区", "一般公共预算收入"),
				row(4, "全省", "39490213"), row(5, "成都市", "17224316"));

		Read read = read(sheet, province("一般公共预算收入.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510000 general_budget_revenue 2022 3949.0213 - -",
				"B5 510100 general_budget_revenue 2022 1722.4316 - -");
	}

	@Test
	void readsTheYearAndUnitOfATitleThatEndsWithTheUnitLine() {
		List<SheetRow> sheet = rows(row(1, "2022年各市（州）一般公共预算收入（单位：万元）"), row(2, "地区", "一般公共预算收入"),
				row(3, "全省", "39490213"), row(4, "成都市", "17224316"));

		Read read = read(sheet, province("一般公共预算收入.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B3 510000 general_budget_revenue 2022 3949.0213 - -",
				"B4 510100 general_budget_revenue 2022 1722.4316 - -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void readsTheYearOfATitleThatStartsWithATableNumber() {
		List<SheetRow> sheet = rows(row(1, "表3\u30002022年各市（州）主要经济指标"), row(2, "", "单位：亿元"), row(3, "地区", "地区生产总值"),
				row(4, "全省", "56749.8"), row(5, "成都市", "20817.5"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510000 gdp 2022 56749.8 - -", "B5 510100 gdp 2022 20817.5 - -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void readsATableWithABlankRowBetweenTheHeaderAndTheData() {
		List<SheetRow> sheet = rows(row(1, "2022年各市（州）主要经济指标"), row(2, "", "单位：亿元"), row(3, "地区", "地区生产总值"),
				row(5, "全省", "56749.8"), row(6, "成都市", "20817.5"), row(7, "自贡市", "1601.3"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B5 510000 gdp 2022 56749.8 - -", "B6 510100 gdp 2022 20817.5 - -",
				"B7 510300 gdp 2022 1601.3 - -");
		assertThat(read.issues("PROVISIONAL_INDICATOR")).isEmpty();
		assertThat(read.errors()).isEmpty();
	}

}
