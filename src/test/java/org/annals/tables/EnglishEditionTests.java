package org.annals.tables;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.annals.tables.internal.TableCompiler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English edition of a table as of its year (issue 24): the divisions of that year in
 * English (双流县 Shuangliu County in 2014, 双流区 Shuangliu District in 2016), and the note on
 * divisions whose area changed, in English.
 */
class EnglishEditionTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private final EnglishEdition english = new EnglishEdition(REFERENCE);

	private TableDocument chinese(String id, int year) {
		CompiledTable table = new TableCompiler(REFERENCE).compile(REFERENCE.table(id).orElseThrow(), year, Map.of());
		List<TableDocument.Row> rows = table.rows()
			.stream()
			.map((r) -> new TableDocument.Row(r.regionCode(), r.label(),
					r.cells()
						.stream()
						.map((c) -> new TableDocument.Cell(c.value(), c.display(), c.status(), c.note(), List.of()))
						.toList()))
			.toList();
		return new TableDocument(table.id(), year, table.title(), table.unitLine(), table.columns(), rows,
				table.footnotes(), table.source());
	}

	@Test
	void theCountiesOfAYearAreNamedInEnglishAsTheyWereThatYear() {
		TableDocument of2014 = this.english.of(chinese("chengdu-counties", 2014)).orElseThrow();
		assertThat(of2014.title())
			.isEqualTo("Main Economic Indicators of Districts, Counties and County-level Cities of Chengdu (2014)");
		assertThat(of2014.rows()).extracting(TableDocument.Row::label)
			.contains("Shuangliu County", "Pi County")
			.doesNotContain("Jianyang City");
		TableDocument of2016 = this.english.of(chinese("chengdu-counties", 2016)).orElseThrow();
		assertThat(of2016.rows()).extracting(TableDocument.Row::label)
			.contains("Shuangliu District", "Pidu District", "Jianyang City");
	}

	@Test
	void theNoteOnChangedDivisionsIsInEnglish() {
		TableDocument chinese = chinese("main-economic-indicators", 2016);
		assertThat(chinese.footnotes()).hasSize(2);
		TableDocument document = this.english.of(chinese).orElseThrow();
		assertThat(document.footnotes()).containsExactly(
				"Gross regional product is at current prices; growth rates are at comparable prices.",
				"The divisions of Chengdu, Ziyang changed in 2016; the figures are not comparable with 2015's.");
		assertThat(document.columns()).extracting(TableColumn::group)
			.containsExactly("Gross Regional Product", "Gross Regional Product", "Gross Regional Product",
					"General Public Budget Revenue", "General Public Budget Revenue",
					"General Public Budget Expenditure");
		assertThat(document.columns().get(5).header()).isEqualTo("2016");
	}

	@Test
	void aCellNoteKeepsItsEnglishHalf() {
		TableDocument chinese = chinese("population", 2022);
		TableDocument.Row first = chinese.rows().get(0);
		TableDocument.Cell noted = new TableDocument.Cell(null, "…", "", "按上年数值计算 / computed from last year's value",
				List.of());
		TableDocument withNote = new TableDocument(chinese.id(), 2022, chinese.title(), chinese.unitLine(),
				chinese.columns(),
				List.of(new TableDocument.Row(first.regionCode(), first.label(), List.of(noted, noted, noted, noted))),
				chinese.footnotes(), chinese.source());
		TableDocument document = this.english.of(withNote).orElseThrow();
		assertThat(document.rows().get(0).label()).isEqualTo("Province");
		assertThat(document.rows().get(0).cells().get(0).note()).isEqualTo("computed from last year's value");
	}

}
