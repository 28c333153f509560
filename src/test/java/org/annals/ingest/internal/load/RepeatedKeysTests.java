package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import org.annals.ingest.internal.staging.StagedFact;
import java.nio.file.Path;

import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding the facts of a file that repeat an earlier cell's region, indicator and year.
 */
class RepeatedKeysTests {

	private final ReferenceData reference = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	@Test
	void aKeyGivenAgainIsMarkedOthersAreNot() {
		RepeatedKeys keys = new RepeatedKeys(this.reference.regions());
		assertThat(keys.mark(fact("B2", "510100", "gdp", 2022)).repeat()).isFalse();
		assertThat(keys.mark(fact("B3", "510100", "gdp", 2021)).repeat()).isFalse();
		assertThat(keys.mark(fact("B4", "510104", "gdp", 2022)).repeat()).isFalse();
		assertThat(keys.mark(fact("C2", "510100", "resident_population", 2022)).repeat()).isFalse();
		StagedFact again = keys.mark(fact("D9", "510100", "gdp", 2022));
		assertThat(again.repeat()).isTrue();
		assertThat(again.cell()).isEqualTo("D9");
		assertThat(keys.repeats()).isEqualTo(1);
		assertThat(keys.complete()).isTrue();
	}

	@Test
	void pastTheLimitOfIndicatorYearsItStopsAndSaysSo() {
		RepeatedKeys keys = new RepeatedKeys(this.reference.regions());
		for (int i = 0; i <= RepeatedKeys.MAX_PAIRS; i++) {
			keys.mark(fact("A" + i, "510100", "x" + i, 2022));
		}
		assertThat(keys.complete()).isFalse();
		assertThat(keys.mark(fact("B1", "510100", "x1", 2022)).repeat()).as("no longer marked").isFalse();
	}

	private static StagedFact fact(String cell, String region, String indicator, int year) {
		return new StagedFact("表1", cell, region, indicator, indicator, "亿元", year, BigDecimal.ONE, "", "");
	}

}
