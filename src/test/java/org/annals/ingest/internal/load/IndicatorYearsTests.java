package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.annals.ingest.internal.staging.StagedFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunk's facts are sent indicator-year by indicator-year, in year and indicator order,
 * each indicator-year's in file order, every fact once; its coverage counts them.
 */
class IndicatorYearsTests {

	private static StagedFact fact(String region, String indicator, int year) {
		return new StagedFact("表", "A1", region, indicator, indicator, "亿元", year, BigDecimal.ONE, "", "");
	}

	@Test
	void aWideTableIsSentIndicatorYearByIndicatorYearEachInFileOrder() {
		List<StagedFact> facts = new ArrayList<>();
		for (String region : List.of("510100", "510300", "510400")) {
			facts.add(fact(region, "gdp", 2022));
			facts.add(fact(region, "population", 2022));
			facts.add(fact(region, "gdp", 2021));
		}
		SubmissionItemWriter.IndicatorYears groups = new SubmissionItemWriter.IndicatorYears(facts);
		int[] order = groups.order();
		assertThat(Arrays.stream(order)
			.mapToObj(
					(i) -> facts.get(i).year() + " " + facts.get(i).indicatorCode() + " " + facts.get(i).regionCode()))
			.containsExactly("2021 gdp 510100", "2021 gdp 510300", "2021 gdp 510400", "2022 gdp 510100",
					"2022 gdp 510300", "2022 gdp 510400", "2022 population 510100", "2022 population 510300",
					"2022 population 510400");
		assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(groups.coverage(9)).extracting((row) -> List.of(row))
			.containsExactly(List.of(9L, "gdp", 2021, 3), List.of(9L, "gdp", 2022, 3),
					List.of(9L, "population", 2022, 3));
	}

	@Test
	void manyFactsOfOneIndicatorYearKeepTheirOrder() {
		List<StagedFact> facts = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			facts.add(fact(String.valueOf(510000 + i), "gdp", 2020 + (i % 2)));
		}
		int[] order = new SubmissionItemWriter.IndicatorYears(facts).order();
		assertThat(order).hasSize(1000);
		for (int i = 1; i < 500; i++) {
			assertThat(order[i]).isGreaterThan(order[i - 1]);
			assertThat(facts.get(order[i]).year()).isEqualTo(2020);
		}
		assertThat(facts.get(order[500]).year()).isEqualTo(2021);
	}

}
