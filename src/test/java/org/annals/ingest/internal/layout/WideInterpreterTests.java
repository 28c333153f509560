package org.annals.ingest.internal.layout;

import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.Severity;
import org.annals.ingest.internal.layout.Sheets.Read;
import org.annals.ingest.internal.sheet.SheetRow;
import org.junit.jupiter.api.Test;

import static org.annals.ingest.internal.layout.Sheets.province;
import static org.annals.ingest.internal.layout.Sheets.read;
import static org.annals.ingest.internal.layout.Sheets.row;
import static org.annals.ingest.internal.layout.Sheets.rows;
import static org.annals.ingest.internal.layout.Sheets.scoped;
import static org.annals.ingest.internal.layout.Sheets.textRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link WideInterpreter}: what each data row of a wide table yields, cell by
 * cell.
 */
class WideInterpreterTests {

	private static List<SheetRow> chengduTable(SheetRow... data) {
		List<SheetRow> sheet = new java.util.ArrayList<>(
				rows(row(1, "2022年成都市部分指标"), row(2, "", "单位：亿元"), row(3, "地区", "地区生产总值")));
		sheet.addAll(List.of(data));
		return sheet;
	}

	@Test
	void rejectsTextThatIsNoNumberNamingTheCell() {
		Read read = read(chengduTable(row(4, "锦江区", "1584.8"), row(5, "青羊区", "约3.5"), row(6, "金牛区", "1402.7"),
				row(7, "武侯区", "待核实")), scoped("510100", "错误示例_数值有误.xlsx", "Sheet1"));

		assertThat(read.errors()).extracting(Issue::code, Issue::sheet, Issue::cell, Issue::chinese)
			.containsExactly(tuple("BAD_NUMBER", "Sheet1", "B5", "“约3.5”不是数字。"),
					tuple("BAD_NUMBER", "Sheet1", "B7", "“待核实”不是数字。"));
		assertThat(read.lines()).containsExactly("B4 510104 gdp 2022 1584.8 - -", "B6 510106 gdp 2022 1402.7 - -");
	}

	@Test
	void rejectsAnUnknownRegionNamingTheRegionCell() {
		Read read = read(chengduTable(row(4, "锦江区", "1584.8"), row(5, "成督市", "20817.5")),
				province("2022年各市（州）指标.xlsx", "Sheet1"));

		assertThat(read.errors()).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("UNKNOWN_REGION");
			assertThat(issue.cell()).isEqualTo("A5");
			assertThat(issue.english()).isEqualTo("Region \"成督市\" is unknown (not in the gazetteer, or ambiguous).");
		});
		assertThat(read.cells()).containsExactly("B4");
	}

	@Test
	void rejectsACellHoldingANulCharacter() {
		Read read = read(chengduTable(row(4, "锦江区", "1584.8"), textRow(5, "青羊区", "1602\u00003")),
				scoped("510100", "x.xlsx", "Sheet1"));

		assertThat(read.errors()).extracting(Issue::code, Issue::cell).containsExactly(tuple("BAD_CHARACTER", "B5"));
		assertThat(read.cells()).containsExactly("B4");
	}

	@Test
	void loadsADashAnEllipsisAndAnEmptyCellAsNotAvailableNeverAsZero() {
		Read read = read(chengduTable(row(4, "锦江区", "—"), row(5, "青羊区", "…"), row(6, "金牛区"), row(7, "武侯区", "0")),
				scoped("510100", "x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510104 gdp 2022 null na -", "B5 510105 gdp 2022 null na -",
				"B6 510106 gdp 2022 null na -", "B7 510107 gdp 2022 0 - -");
		assertThat(read.issues()).extracting(Issue::code).containsExactly("LAYOUT_USED");
	}

	@Test
	void loadsANegativeGdpFlaggedWithAWarning() {
		Read read = read(chengduTable(row(4, "锦江区", "-12.5")), scoped("510100", "x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510104 gdp 2022 -12.5 - negative");
		assertThat(read.issues("NEGATIVE_VALUE")).singleElement().satisfies((issue) -> {
			assertThat(issue.severity()).isEqualTo(Severity.WARNING);
			assertThat(issue.cell()).isEqualTo("B4");
			assertThat(issue.english()).isEqualTo("\"地区生产总值\" should not be negative; the table says -12.5.");
		});
		assertThat(read.errors()).isEmpty();
	}

	@Test
	void loadsANegativeGrowthRateWithoutAWarning() {
		Read read = read(rows(row(1, "2022年主要指标"), row(2, "地区", "地区生产总值增速（%）"), row(3, "全省", "-1.2")),
				province("x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B3 510000 gdp_growth 2022 -1.2 - -");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void readsNumbersAsOfficesWriteThemInTextCells() {
		Read read = read(chengduTable(textRow(4, "锦江区", "1584.8"), textRow(5, "青羊区", "1,602.3"),
				textRow(6, "金牛区", "１４０２.７"), textRow(7, "武侯区", "1456.2*"), textRow(8, "成华区", "－3.5")),
				scoped("510100", "x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510104 gdp 2022 1584.8 - -", "B5 510105 gdp 2022 1602.3 - -",
				"B6 510106 gdp 2022 1402.7 - -", "B7 510107 gdp 2022 1456.2 - -", "B8 510108 gdp 2022 -3.5 - negative");
	}

	@Test
	void passesOverSubtotalRowsAndEndsTheTableAtTheNotes() {
		Read read = read(chengduTable(row(4, "全市合计", "20817.5"), row(5, "市辖区小计", "16165.3"), row(6, "锦江区", "1584.8"),
				row(7, "县（市）小计", "4652.2"), row(8, "简阳市", "620.1"), row(9, "注：全市数据含高新区、天府新区。"),
				row(10, "青羊区", "1602.3"), row(11, "资料来源：成都市统计局")), scoped("510100", "x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("B4 510100 gdp 2022 20817.5 - -", "B6 510104 gdp 2022 1584.8 - -",
				"B8 510185 gdp 2022 620.1 - -");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void rejectsFiguresWithoutARegionLabel() {
		Read read = read(chengduTable(row(4, "锦江区", "1584.8"), row(5, "", "1602.3")),
				scoped("510100", "x.xlsx", "Sheet1"));

		assertThat(read.errors()).extracting(Issue::code, Issue::cell, Issue::english)
			.containsExactly(
					tuple("UNKNOWN_REGION", "A5", "Region \"（空）\" is unknown (not in the gazetteer, or ambiguous)."));
		assertThat(read.cells()).containsExactly("B4");
	}

	@Test
	void ignoresALoneLineOfTextUnderTheTable() {
		Read read = read(chengduTable(row(4, "锦江区", "1584.8"), row(5, "以上数据为初步核算数")),
				scoped("510100", "x.xlsx", "Sheet1"));

		assertThat(read.cells()).containsExactly("B4");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void ignoresARankColumnAndAColumnOfSerialNumbersLeftOfTheRegions() {
		Read read = read(rows(row(1, "2022年主要指标"), row(2, "单位：亿元"), row(3, "序号", "地区", "地区生产总值", "位次"),
				row(4, "", "全省", "56749.8", ""), row(5, "1", "成都市", "20817.5", "1"), row(6, "2", "绵阳市", "3639.8", "2")),
				province("x.xlsx", "Sheet1"));

		assertThat(read.lines()).containsExactly("C4 510000 gdp 2022 56749.8 - -", "C5 510100 gdp 2022 20817.5 - -",
				"C6 510700 gdp 2022 3639.8 - -");
		assertThat(read.issues("COLUMN_IGNORED")).singleElement()
			.satisfies((issue) -> assertThat(issue.english())
				.isEqualTo("Column D \"位次\" is not an indicator; not loaded."));
		assertThat(read.errors()).isEmpty();
	}

}
