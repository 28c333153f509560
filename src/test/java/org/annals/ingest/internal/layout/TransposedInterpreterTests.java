package org.annals.ingest.internal.layout;

import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.internal.layout.Sheets.Read;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.reference.LayoutTemplate;
import org.junit.jupiter.api.Test;

import static org.annals.ingest.internal.layout.Sheets.pinned;
import static org.annals.ingest.internal.layout.Sheets.read;
import static org.annals.ingest.internal.layout.Sheets.row;
import static org.annals.ingest.internal.layout.Sheets.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link TransposedInterpreter}: regions across, indicators down, as a template
 * pins it.
 */
class TransposedInterpreterTests {

	private static final LayoutTemplate GRAIN = Sheets.REFERENCE.templateFor("省农业农村厅", "2022年粮食生产情况.xlsx")
		.orElseThrow();

	@Test
	void rejectsAnUnknownRegionInTheHeaderAndReadsTheOtherColumns() {
		List<SheetRow> sheet = rows(row(1, "2022年粮食生产情况"), row(3, "指标", "全省", "成督", "自贡"),
				row(4, "粮食播种面积（千公顷）", "6463.6", "418.2", "101.5"));

		Read read = read(sheet, pinned(GRAIN, "2022年粮食生产情况.xlsx", "粮食生产"));

		assertThat(read.errors()).extracting(Issue::code, Issue::cell, Issue::english)
			.containsExactly(
					tuple("UNKNOWN_REGION", "C3", "Region \"成督\" is unknown (not in the gazetteer, or ambiguous)."));
		assertThat(read.lines()).containsExactly("B4 510000 grain_sown_area 2022 6463.6 - -",
				"D4 510300 grain_sown_area 2022 101.5 - -");
	}

	@Test
	void convertsEachRowFromTheUnitInItsLabel() {
		List<SheetRow> sheet = rows(row(1, "2022年粮食生产情况"), row(3, "指标", "全省", "成都"),
				row(4, "粮食播种面积（万亩）", "9695.4", "627.3"), row(5, "粮食产量（吨）", "35105000", "2339000"));

		Read read = read(sheet, pinned(GRAIN, "2022年粮食生产情况.xlsx", "粮食生产"));

		assertThat(read.lines()).containsExactly("B4 510000 grain_sown_area 2022 6463.6 - -",
				"C4 510100 grain_sown_area 2022 418.2 - -", "B5 510000 grain_output 2022 3510.5 - -",
				"C5 510100 grain_output 2022 233.9 - -");
	}

	@Test
	void stopsAtTheNotesUnderTheTable() {
		List<SheetRow> sheet = rows(row(1, "2022年粮食生产情况"), row(3, "指标", "全省", "成都"),
				row(4, "粮食产量（万吨）", "3510.5", "233.9"), row(5, "注：粮食产量含薯类。"));

		Read read = read(sheet, pinned(GRAIN, "2022年粮食生产情况.xlsx", "粮食生产"));

		assertThat(read.cells()).containsExactly("B4", "C4");
		assertThat(read.codes()).containsExactly("LAYOUT_USED");
	}

	@Test
	void reportsNoYearWhenNeitherTemplateNorTitleNorNamesGiveOne() {
		List<SheetRow> sheet = rows(row(1, "粮食生产情况"), row(3, "指标", "全省", "成都"), row(4, "粮食产量（万吨）", "3510.5", "233.9"));

		Read read = read(sheet, pinned(GRAIN, "粮食生产情况.xlsx", "粮食生产"));

		assertThat(read.facts()).isEmpty();
		assertThat(read.errors()).extracting(Issue::code).containsExactly("NO_YEAR");
	}

}
