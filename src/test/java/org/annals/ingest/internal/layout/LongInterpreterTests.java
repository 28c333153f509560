package org.annals.ingest.internal.layout;

import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.Severity;
import org.annals.ingest.internal.layout.Sheets.Read;
import org.annals.ingest.internal.sheet.SheetRow;
import org.junit.jupiter.api.Test;

import static org.annals.ingest.internal.layout.Sheets.province;
import static org.annals.ingest.internal.layout.Sheets.read;
import static org.annals.ingest.internal.layout.Sheets.rows;
import static org.annals.ingest.internal.layout.Sheets.textRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link LongInterpreter}: one fact per row, columns and rows in any order.
 */
class LongInterpreterTests {

	@Test
	void readsColumnsInAnyOrderAndYearsWrittenThreeWays() {
		List<SheetRow> sheet = rows(textRow(1, "年份", "数值", "地区", "计量单位", "指标"),
				textRow(2, "2018", "8341.0", "全省", "万人", "常住人口"), textRow(3, "\"2021\"", "6.85", "成都市", "‰", "出生率"),
				textRow(4, "2022年", "79.89", "成都市", "%", "常住人口城镇化率"));

		Read read = read(sheet, province("人口主要指标.csv", "csv"));

		assertThat(read.lines()).containsExactly("B2 510000 resident_population 2018 8341 - -",
				"B3 510100 birth_rate 2021 6.85 - -", "B4 510100 urbanization_rate 2022 79.89 - -");
		assertThat(read.fact("B2").unit()).isEqualTo("万人");
		assertThat(read.fact("B3").unit()).isEqualTo("‰");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void readsRowsInAnyOrder() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "计量单位", "年份", "数值"),
				textRow(2, "绵阳市", "常住人口", "万人", "2022", "489.1"), textRow(3, "全省", "人口出生率", "‰", "2021", "6.85"),
				textRow(4, "全省", "常住人口", "万人", "2022", "8374.0"), textRow(5, "绵阳市", "常住人口", "万人", "2021", "488.0"));

		Read read = read(sheet, province("人口主要指标.csv", "csv"));

		assertThat(read.lines()).containsExactly("E2 510700 resident_population 2022 489.1 - -",
				"E3 510000 birth_rate 2021 6.85 - -", "E4 510000 resident_population 2022 8374 - -",
				"E5 510700 resident_population 2021 488 - -");
	}

	@Test
	void convertsTheUnitOfEachRowIntoTheCanonicalUnit() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "计量单位", "年份", "数值"),
				textRow(2, "全省", "一般公共预算收入", "万元", "2022", "39490213"),
				textRow(3, "成都市", "一般公共预算收入", "亿元", "2022", "1722.4316"),
				textRow(4, "全省", "民用汽车保有量", "辆", "2022", "11624000"));

		Read read = read(sheet, province("财政.csv", "csv"));

		assertThat(read.lines()).containsExactly("E2 510000 general_budget_revenue 2022 3949.0213 - -",
				"E3 510100 general_budget_revenue 2022 1722.4316 - -", "E4 510000 civil_vehicles 2022 1162.4 - -");
	}

	@Test
	void takesTheUnitFromTheIndicatorNameWhenThereIsNoUnitColumn() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "年份", "数值"),
				textRow(2, "成都市", "一般公共预算收入（万元）", "2022", "17224316"));

		Read read = read(sheet, province("财政.csv", "csv"));

		assertThat(read.lines()).containsExactly("D2 510100 general_budget_revenue 2022 1722.4316 - -");
	}

	@Test
	void loadsAnEllipsisAndAnEmptyValueAsNotAvailable() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "计量单位", "年份", "数值"),
				textRow(2, "甘孜藏族自治州", "出生率", "‰", "2021", "…"), textRow(3, "阿坝藏族羌族自治州", "死亡率", "‰", "2021", ""));

		Read read = read(sheet, province("人口主要指标.csv", "csv"));

		assertThat(read.lines()).containsExactly("E2 513300 birth_rate 2021 null na -",
				"E3 513200 death_rate 2021 null na -");
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void loadsAnUnknownIndicatorAsProvisionalWithOneWarning() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "计量单位", "年份", "数值"),
				textRow(2, "全省", "民用汽车保有量", "万辆", "2022", "1162.4"), textRow(3, "全省", "新能源汽车保有量", "万辆", "2022", "88.6"),
				textRow(4, "成都市", "新能源汽车保有量", "万辆", "2022", "61.6"));

		Read read = read(sheet, province("民用汽车保有量.csv", "csv"));

		assertThat(read.facts()).hasSize(3);
		assertThat(read.fact("E2").status()).isEmpty();
		assertThat(read.facts().subList(1, 3)).allSatisfy((fact) -> {
			assertThat(fact.indicatorCode()).startsWith("x_").isEqualTo(read.fact("E3").indicatorCode());
			assertThat(fact.indicatorName()).isEqualTo("新能源汽车保有量");
			assertThat(fact.unit()).isEqualTo("万辆");
			assertThat(fact.status()).isEqualTo("provisional");
		});
		assertThat(read.fact("E3").regionCode()).isEqualTo("510000");
		assertThat(read.fact("E3").value().toPlainString()).isEqualTo("88.6");
		assertThat(read.fact("E4").regionCode()).isEqualTo("510100");
		assertThat(read.fact("E4").value().toPlainString()).isEqualTo("61.6");
		assertThat(read.issues("PROVISIONAL_INDICATOR")).singleElement().satisfies((issue) -> {
			assertThat(issue.severity()).isEqualTo(Severity.WARNING);
			assertThat(issue.cell()).isEqualTo("B3");
			assertThat(issue.english()).isEqualTo(
					"Indicator \"新能源汽车保有量\" is not in the catalogue; loaded as provisional for editors to confirm.");
		});
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void rejectsEachBadRowNamingTheCell() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "计量单位", "年份", "数值"),
				textRow(2, "成督市", "常住人口", "万人", "2022", "2126.8"), textRow(3, "全省", "常住人口", "万人", "去年", "8374.0"),
				textRow(4, "全省", "常住人口", "万人", "2021", "约8372"), textRow(5, "全省", "地区生产总值", "万人", "2022", "56749.8"),
				textRow(6, "全省", "常住人口", "万人", "2022", "8374.0"));

		Read read = read(sheet, province("人口.csv", "csv"));

		assertThat(read.errors()).extracting(Issue::code, Issue::cell)
			.containsExactly(tuple("UNKNOWN_REGION", "A2"), tuple("NO_YEAR", "D3"), tuple("BAD_NUMBER", "E4"),
					tuple("UNIT_MISMATCH", "B5"));
		assertThat(read.lines()).containsExactly("E6 510000 resident_population 2022 8374 - -");
	}

	@Test
	void passesOverBlankRowsSubtotalsAndNotes() {
		List<SheetRow> sheet = rows(textRow(1, "地区", "指标", "计量单位", "年份", "数值"),
				textRow(2, "全省", "常住人口", "万人", "2022", "8374.0"), textRow(3, "", "", "", "2022"),
				textRow(4, "省本级", "常住人口", "万人", "2022", "1"), textRow(5, "注：常住人口为年末数。"));

		Read read = read(sheet, province("人口.csv", "csv"));

		assertThat(read.cells()).containsExactly("E2");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

}
