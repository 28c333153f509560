package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.reference.Indicator;
import org.annals.reference.IndicatorCatalog;
import org.annals.reference.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FactMaker}: one cell into one fact, or the issue that stops it.
 */
class FactMakerTests {

	private static final IndicatorCatalog CATALOG = Sheets.REFERENCE.indicators();

	private static final Region CHENGDU = Sheets.region("510100");

	private final List<StagedFact> facts = new ArrayList<>();

	private final List<Issue> issues = new ArrayList<>();

	private static ColumnMeaning meaning(String code, String written) {
		Indicator indicator = CATALOG.byCode(code).orElseThrow();
		return new ColumnMeaning(indicator, 2022, CATALOG.units().find(written).orElseThrow(),
				CATALOG.units().find(indicator.unit()).orElseThrow());
	}

	private void make(Cell cell, ColumnMeaning meaning) {
		FactMaker.make("Sheet1", cell, 4, 5, CHENGDU, meaning, this.facts, this.issues);
	}

	@Test
	void convertsExactlyIntoTheCanonicalUnit() {
		make(new Cell(4, "17224316", Cell.Kind.NUMBER, null), meaning("general_budget_revenue", "万元"));

		assertThat(this.facts).singleElement().satisfies((fact) -> {
			assertThat(fact.cell()).isEqualTo("E6");
			assertThat(fact.sheet()).isEqualTo("Sheet1");
			assertThat(fact.regionCode()).isEqualTo("510100");
			assertThat(fact.indicatorCode()).isEqualTo("general_budget_revenue");
			assertThat(fact.unit()).isEqualTo("亿元");
			assertThat(fact.year()).isEqualTo(2022);
			assertThat(fact.value().toPlainString()).isEqualTo("1722.4316");
			assertThat(fact.status()).isEmpty();
			assertThat(fact.flags()).isEmpty();
		});
		assertThat(this.issues).isEmpty();
	}

	@Test
	void writesAValueWithoutTrailingZeros() {
		make(new Cell(4, "20000000", Cell.Kind.NUMBER, null), meaning("general_budget_revenue", "万元"));

		assertThat(this.facts.get(0).value().toPlainString()).isEqualTo("2000");
	}

	@Test
	void makesAnEmptyCellNotAvailable() {
		make(null, meaning("gdp", "亿元"));

		assertThat(this.facts).singleElement().satisfies((fact) -> {
			assertThat(fact.value()).isNull();
			assertThat(fact.status()).isEqualTo("na");
			assertThat(fact.cell()).isEqualTo("E6");
		});
	}

	@Test
	void keepsZeroAsZero() {
		make(new Cell(4, "0", Cell.Kind.NUMBER, null), meaning("gdp", "亿元"));

		assertThat(this.facts).singleElement().satisfies((fact) -> {
			assertThat(fact.value()).isNotNull();
			assertThat(fact.value().signum()).isZero();
			assertThat(fact.status()).isEmpty();
		});
	}

	@Test
	void rejectsAFormulaError() {
		make(new Cell(4, "#DIV/0!", Cell.Kind.ERROR, "B6/C6"), meaning("gdp", "亿元"));

		assertThat(this.facts).isEmpty();
		assertThat(this.issues).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("FORMULA_ERROR");
			assertThat(issue.cell()).isEqualTo("E6");
			assertThat(issue.english()).isEqualTo("The cell is a formula error #DIV/0!.");
		});
	}

	@Test
	void rejectsAControlCharacterBeforeReadingTheNumber() {
		make(new Cell(4, "\u0000", Cell.Kind.TEXT, null), meaning("gdp", "亿元"));

		assertThat(this.facts).isEmpty();
		assertThat(this.issues).extracting(Issue::code, Issue::cell)
			.containsExactly(org.assertj.core.api.Assertions.tuple("BAD_CHARACTER", "E6"));
	}

	@Test
	void flagsANegativeValueOfANonNegativeIndicator() {
		make(new Cell(4, "-1000000", Cell.Kind.NUMBER, null), meaning("general_budget_revenue", "万元"));

		assertThat(this.facts).singleElement().satisfies((fact) -> {
			assertThat(fact.value().toPlainString()).isEqualTo("-100");
			assertThat(fact.flags()).isEqualTo("negative");
		});
		assertThat(this.issues).extracting(Issue::english)
			.containsExactly("\"一般公共预算收入\" should not be negative; the table says -100.");
	}

}
