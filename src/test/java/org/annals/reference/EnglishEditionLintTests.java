package org.annals.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English edition (issue 24) is whole: every table of {@code jobs/tables/} has an
 * English title and an English label on every column and group, with its unit line,
 * footnotes and source line; every indicator and unit has an English name; and every
 * division of the province that stood in any year since 2000 has an English name in
 * {@code jobs/reference/regions-en.csv}.
 */
class EnglishEditionLintTests {

	private static final int SINCE = 2000;

	private final ReferenceData reference = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	@TempDir
	Path temp;

	@Test
	void everyTableHasAWholeEnglishEdition() {
		assertThat(this.reference.tables()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(missingEnglish(this.reference)).as("English texts missing").isEmpty();
	}

	@Test
	void aTableWithoutEnglishTitleIsNamedByTheLint() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("tables/population.yml"),
				"title_en: \"Main Population Indicators by City and Prefecture ({year})\"\n", "");
		assertThat(missingEnglish(ReferenceData.load(new JobsDirectory(jobs))))
			.containsExactly("jobs/tables/population.yml: title_en");
	}

	@Test
	void aColumnWithoutEnglishLabelIsRejectedAtStartUp() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("tables/population.yml"), " header_en: \"Birth Rate (‰)\",", "");
		JobsCopies.assertRejected(jobs, "jobs/tables/population.yml", "header_en", "出生率");
	}

	@Test
	void englishFootnotesThatDoNotMatchTheFootnotesAreRejectedAtStartUp() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("tables/government-debt.yml"), "footnotes_en:\n  - ",
				"footnotes_en: []\n# ");
		JobsCopies.assertRejected(jobs, "jobs/tables/government-debt.yml", "footnotes_en");
	}

	@Test
	void anEnglishNameOfAnUnknownUnitIsRejectedAtStartUp() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("indicators.yml"), "names_en: {元: yuan,",
				"names_en: {元: yuan, 银两: taels,");
		JobsCopies.assertRejected(jobs, "jobs/indicators.yml", "银两");
	}

	static List<String> missingEnglish(ReferenceData reference) {
		List<String> missing = new ArrayList<>();
		for (TableDefinition table : reference.tables()) {
			String where = "jobs/tables/" + table.id() + ".yml: ";
			if (blank(table.titleEn())) {
				missing.add(where + "title_en");
			}
			if (table.unitLine() != null && blank(table.unitLineEn())) {
				missing.add(where + "unit_line_en");
			}
			if (table.source() != null && blank(table.sourceEn())) {
				missing.add(where + "source_en");
			}
			if (table.footnotesEn().size() != table.footnotes().size()) {
				missing.add(where + "footnotes_en");
			}
			for (TableDefinition.Group group : table.groups()) {
				if (group.header() != null && blank(group.headerEn())) {
					missing.add(where + "header_en of group " + group.header());
				}
				for (TableDefinition.Column column : group.columns()) {
					if (blank(column.headerEn())) {
						missing.add(where + "header_en of column " + column.header() + " of " + group.indicator());
					}
				}
			}
		}
		return missing;
	}

	@Test
	void everyIndicatorHasAnEnglishName() {
		assertThat(this.reference.indicators().all()).isNotEmpty()
			.filteredOn((i) -> blank(i.nameEn()))
			.extracting(Indicator::code)
			.as("indicators without name_en")
			.isEmpty();
	}

	@Test
	void everyUnitHasAnEnglishName() {
		assertThat(this.reference.indicators().units().all()).isNotEmpty()
			.filteredOn((u) -> blank(u.nameEn()))
			.extracting(IndicatorCatalog.Unit::name)
			.as("units without names_en in indicators.yml")
			.isEmpty();
		assertThat(this.reference.indicators().units().find("亿元").orElseThrow().nameEn()).isEqualTo("100 million yuan");
	}

	@Test
	void everyDivisionOfTheProvinceSince2000HasAnEnglishName() {
		String province = this.reference.regions().province().code().substring(0, 2);
		List<Region> regions = this.reference.regions()
			.all()
			.stream()
			.filter((r) -> r.code().startsWith(province))
			.filter((r) -> r.validTo() == null || r.validTo() > SINCE)
			.toList();
		assertThat(regions).hasSizeGreaterThan(180);
		assertThat(regions).filteredOn((r) -> blank(r.nameEn()))
			.extracting((r) -> r.code() + " " + r.name())
			.as("divisions without a name in regions-en.csv")
			.isEmpty();
		assertThat(this.reference.regions().byCode("510122", 2010).orElseThrow().nameEn())
			.isEqualTo("Shuangliu County");
		assertThat(this.reference.regions().byCode("513300").orElseThrow().englishLabel())
			.isEqualTo("Garzê Prefecture");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
