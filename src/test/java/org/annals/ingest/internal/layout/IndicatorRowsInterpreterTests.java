package org.annals.ingest.internal.layout;

import java.util.List;

import org.annals.ingest.internal.layout.Sheets.Read;
import org.annals.ingest.internal.sheet.SheetRow;
import org.junit.jupiter.api.Test;

import static org.annals.ingest.internal.layout.Sheets.province;
import static org.annals.ingest.internal.layout.Sheets.read;
import static org.annals.ingest.internal.layout.Sheets.row;
import static org.annals.ingest.internal.layout.Sheets.rows;
import static org.annals.ingest.internal.layout.Sheets.textRow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IndicatorRowsInterpreter}: indicators down the rows, years across the
 * columns (issue 20, section 1), once refused as "无法确定“指标”的年份".
 */
class IndicatorRowsInterpreterTests {

	@Test
	void readsIndicatorRowsWithYearColumnsAndARegionColumnHoldingTheProvinceOnEveryRow() {
		List<SheetRow> sheet = rows(row(1, "四川省主要经济指标"), row(2, "地区", "指标", "计量单位", "2018年", "2021年"),
				row(3, "全省", "地区生产总值", "亿元", "40678.1", "53850.8"), row(4, "全省", "地区生产总值比上年增长", "%", "8.0", "8.2"),
				row(5, "全省", "常住人口", "万人", "8341.0", "8372.0"), row(6, "全省", "一般公共预算收入", "万元", "34806484", "47732300"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("D3 510000 gdp 2018 40678.1 - -", "E3 510000 gdp 2021 53850.8 - -",
				"D4 510000 gdp_growth 2018 8 - -", "E4 510000 gdp_growth 2021 8.2 - -",
				"D5 510000 resident_population 2018 8341 - -", "E5 510000 resident_population 2021 8372 - -",
				"D6 510000 general_budget_revenue 2018 3480.6484 - -",
				"E6 510000 general_budget_revenue 2021 4773.23 - -");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void takesTheRegionFromTheTitleWhenThereIsNoRegionColumn() {
		List<SheetRow> sheet = rows(row(1, "成都市主要经济指标"), row(2, "单位：亿元"), row(3, "指标", "计量单位", "2021年", "2022年"),
				row(4, "地区生产总值", "亿元", "19917.0", "20817.5"), row(5, "地区生产总值增长速度", "%", "8.6", "2.8"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("C4 510100 gdp 2021 19917 - -", "D4 510100 gdp 2022 20817.5 - -",
				"C5 510100 gdp_growth 2021 8.6 - -", "D5 510100 gdp_growth 2022 2.8 - -");
	}

	@Test
	void readsALongTableWhoseValueColumnIsHeadedByItsYearAndPartsOfTheRowAbove() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "计量单位", "2022年"), textRow(2, "全省", "常住人口", "万人", "8374.0"),
				textRow(3, "全省", "#城镇人口", "万人", "4994.5"), textRow(4, "成都市", "常住人口", "万人", "2126.8"),
				textRow(5, "成都市", "其中：城镇人口", "万人", "1699.0"), textRow(6, "成都市", "其中：", "", ""),
				textRow(7, "成都市", "  ＃乡村人口", "万人", "427.8"));

		Read read = read(sheet, province("人口.csv", "csv"));

		assertThat(read.lines()).containsExactly("D2 510000 resident_population 2022 8374 - -",
				"D3 510000 urban_population 2022 4994.5 - -", "D4 510100 resident_population 2022 2126.8 - -",
				"D5 510100 urban_population 2022 1699 - -", "D7 510100 rural_population 2022 427.8 - -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void readsAGrowthColumnAsEachRowsGrowthRateForTheYearColumnToItsLeft() {
		List<SheetRow> sheet = rows(row(1, "2022年四川省主要经济指标"), row(2, "指标名称", "单位", "2021年", "2022年", "比上年增长（%）"),
				row(3, "地区生产总值", "亿元", "53850.8", "56749.8", "2.9"), row(4, "第一产业增加值", "亿元", "5661.9", "5964.3", "4.3"),
				row(5, "地区生产总值比上年增长", "%", "8.2", "2.9", ""), row(6, "社会消费品零售总额", "亿元", "24133.2", "24104.6", "-0.1"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("C3 510000 gdp 2021 53850.8 - -", "D3 510000 gdp 2022 56749.8 - -",
				"E3 510000 gdp_growth 2022 2.9 - -", "C4 510000 primary_industry_va 2021 5661.9 - -",
				"D4 510000 primary_industry_va 2022 5964.3 - -", "E4 510000 primary_industry_va_growth 2022 4.3 - -",
				"C5 510000 gdp_growth 2021 8.2 - -", "D5 510000 gdp_growth 2022 2.9 - -",
				"C6 510000 retail_sales 2021 24133.2 - -", "D6 510000 retail_sales 2022 24104.6 - -",
				"E6 510000 retail_sales_growth 2022 -0.1 - -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void readsACommuniqueTableWhoseAmountColumnTakesTheYearOfTheTitle() {
		List<SheetRow> sheet = rows(row(1, "2022年四川省国民经济和社会发展统计公报主要指标"), row(2, "指标", "单位", "绝对数", "比上年增长（%）"),
				row(3, "地区生产总值", "亿元", "56749.8", "2.9"), row(4, "  第一产业增加值", "亿元", "5964.3", "4.3"));

		Read read = read(sheet, province("公报.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("C3 510000 gdp 2022 56749.8 - -", "D3 510000 gdp_growth 2022 2.9 - -",
				"C4 510000 primary_industry_va 2022 5964.3 - -", "D4 510000 primary_industry_va_growth 2022 4.3 - -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void namesTheColumnsItDoesNotRead() {
		List<SheetRow> sheet = rows(row(1, "2022年四川省主要经济指标"), row(2, "指标", "单位", "2022年", "占全国比重（%）", "位次"),
				row(3, "地区生产总值", "亿元", "56749.8", "4.7", "6"));

		Read read = read(sheet, province("主要经济指标.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("C3 510000 gdp 2022 56749.8 - -");
		assertThat(read.codes()).containsExactly("LAYOUT_USED", "COLUMN_IGNORED", "COLUMN_IGNORED");
	}

	@Test
	void anAmountColumnWithNoYearAnywhereIsRefusedWithTheReason() {
		List<SheetRow> sheet = rows(row(1, "四川省主要经济指标"), row(2, "指标", "单位", "绝对数"), row(3, "地区生产总值", "亿元", "56749.8"));

		Read read = read(sheet, province("公报.xlsx", "Sheet1"));

		assertThat(read.lines()).isEmpty();
		assertThat(read.codes()).contains("NO_YEAR");
	}

	@Test
	void aBlankRegionCellContinuesTheRegionAbove() {
		List<SheetRow> sheet = rows(row(1, "地区", "指标", "计量单位", "2022年"), row(2, "成都市", "地区生产总值", "亿元", "20817.5"),
				row(3, "", "常住人口", "万人", "2126.8"), row(4, "德阳市", "地区生产总值", "亿元", "2816.9"));

		Read read = read(sheet, province("x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("D2 510100 gdp 2022 20817.5 - -",
				"D3 510100 resident_population 2022 2126.8 - -", "D4 510600 gdp 2022 2816.9 - -");
	}

	@Test
	void namesAnUnknownRegionAndLoadsTheOtherRows() {
		List<SheetRow> sheet = rows(row(1, "地区", "指标", "计量单位", "2022年"), row(2, "火星市", "地区生产总值", "亿元", "1.0"),
				row(3, "全省", "地区生产总值", "亿元", "56749.8"));

		Read read = read(sheet, province("x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("D3 510000 gdp 2022 56749.8 - -");
		assertThat(read.issues("UNKNOWN_REGION")).singleElement()
			.satisfies((i) -> assertThat(i.cell()).isEqualTo("A2"))
			.satisfies((i) -> assertThat(i.chinese()).contains("火星市"));
	}

}
