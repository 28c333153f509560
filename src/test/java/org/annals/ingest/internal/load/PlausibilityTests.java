package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plausibility checks across cells: parts against their total, and a submitted growth
 * rate against the one computed from last year's value.
 */
class PlausibilityTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private static StagedFact fact(String region, String indicator, int year, String value, String cell) {
		return new StagedFact("表", cell, region, indicator, indicator, "亿元", year, new BigDecimal(value), "", "");
	}

	private static List<Region> cities() {
		return REFERENCE.regions().children("510000");
	}

	@Test
	void citiesSummingToTheProvinceWithinRoundingAreQuiet() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510000", "gdp", 2022, "2100.1", "B5"));
		for (Region city : cities()) {
			check.accept(fact(city.code(), "gdp", 2022, "100.0", "B6"));
		}
		assertThat(check.finish((key) -> null)).isEmpty();
	}

	@Test
	void citiesFarFromTheProvinceTotalAreAWarningOnTheTotalsCell() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510000", "gdp", 2022, "3000", "B5"));
		for (Region city : cities()) {
			check.accept(fact(city.code(), "gdp", 2022, "100", "B6"));
		}
		List<Issue> issues = check.finish((key) -> null);
		assertThat(issues).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("SUM_MISMATCH");
			assertThat(issue.cell()).isEqualTo("B5");
			assertThat(issue.chinese()).isEqualTo("2022年“gdp”：下级地区合计 2100，与四川省 3000 相差 -30.00%。");
		});
	}

	@Test
	void somePartsAboveTheTotalAreAWarningEvenWhenCitiesAreMissing() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510000", "gdp", 2022, "100", "B5"));
		check.accept(fact("510100", "gdp", 2022, "80", "B6"));
		check.accept(fact("510300", "gdp", 2022, "70", "B7"));
		assertThat(check.finish((key) -> null)).extracting(Issue::code).containsExactly("SUM_MISMATCH");
	}

	@Test
	void somePartsBelowTheTotalAreQuietWhenCitiesAreMissing() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510000", "gdp", 2022, "100", "B5"));
		check.accept(fact("510100", "gdp", 2022, "30", "B6"));
		check.accept(fact("510300", "gdp", 2022, "20", "B7"));
		assertThat(check.finish((key) -> null)).isEmpty();
	}

	@Test
	void aRateIsNeverSummed() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510000", "urbanization_rate", 2022, "59.5", "B5"));
		for (Region city : cities()) {
			check.accept(fact(city.code(), "urbanization_rate", 2022, "60", "B6"));
		}
		assertThat(check.finish((key) -> null)).isEmpty();
	}

	@Test
	void aSubmittedGrowthFarFromLastYearsValueIsAWarning() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510100", "general_budget_revenue", 2022, "1100", "B6"));
		check.accept(fact("510100", "general_budget_revenue_growth", 2022, "3.0", "D6"));
		List<Issue> issues = check
			.finish((key) -> key.equals("510100|general_budget_revenue|2021") ? new BigDecimal("1000") : null);
		assertThat(issues).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("GROWTH_MISMATCH");
			assertThat(issue.cell()).isEqualTo("D6");
			assertThat(issue.chinese()).contains("3.0%").contains("10.0%");
		});
	}

	@Test
	void theValuesAGrowthNeedsFromElsewhereAreThoseTheFileDoesNotGive() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510100", "general_budget_revenue", 2022, "1100", "B6"));
		check.accept(fact("510100", "general_budget_revenue_growth", 2022, "3.0", "D6"));
		check.accept(fact("510700", "general_budget_revenue_growth", 2022, "3.0", "D7"));
		check.accept(fact("510100", "gdp", 2022, "1100", "E6"));
		assertThat(check.keysFromElsewhere()).containsExactly("510100|general_budget_revenue|2021",
				"510700|general_budget_revenue|2022", "510700|general_budget_revenue|2021");
		List<Issue> issues = check.finish((key) -> null);
		assertThat(check.factsOf(issues)).isEmpty();
	}

	@Test
	void aRenamedCountysGrowthIsCheckedAgainstLastYearsValueUnderItsFormerCode() {
		// 郫县 510124 became 郫都区 510117 in 2016
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510117", "general_budget_revenue", 2016, "110", "B6"));
		check.accept(fact("510117", "general_budget_revenue_growth", 2016, "3.0", "D6"));
		assertThat(check.keysFromElsewhere()).containsExactly("510124|general_budget_revenue|2015");
		List<Issue> issues = check
			.finish((key) -> key.equals("510124|general_budget_revenue|2015") ? new BigDecimal("100") : null);
		assertThat(issues).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("GROWTH_MISMATCH");
			assertThat(issue.chinese()).contains("郫都区").contains("10.0%");
		});
	}

	@Test
	void aGrowthAcrossAChangeOfAreaIsNotCheckedAgainstNominalValues() {
		// 简阳市 moved from 资阳市 to 成都市 in 2016: 成都市's values of 2015 and 2016 do not compare
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510100", "general_budget_revenue", 2015, "1000", "C6"));
		check.accept(fact("510100", "general_budget_revenue", 2016, "1200", "B6"));
		check.accept(fact("510100", "general_budget_revenue_growth", 2016, "8.0", "D6"));
		assertThat(check.keysFromElsewhere()).isEmpty();
		assertThat(check.finish((key) -> null)).isEmpty();
	}

	@Test
	void aSubmittedGrowthMatchingLastYearsValueIsQuiet() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510100", "general_budget_revenue", 2021, "1000", "C6"));
		check.accept(fact("510100", "general_budget_revenue", 2022, "1100", "B6"));
		check.accept(fact("510100", "general_budget_revenue_growth", 2022, "10.0", "D6"));
		assertThat(check.finish((key) -> null)).isEmpty();
	}

	@Test
	void gdpGrowthAtComparablePricesIsNotCheckedAgainstNominalValues() {
		Plausibility check = new Plausibility(REFERENCE);
		check.accept(fact("510100", "gdp", 2021, "19917", "C6"));
		check.accept(fact("510100", "gdp", 2022, "20817.5", "B6"));
		check.accept(fact("510100", "gdp_growth", 2022, "2.8", "D6"));
		assertThat(check.finish((key) -> null)).isEmpty();
	}

}
