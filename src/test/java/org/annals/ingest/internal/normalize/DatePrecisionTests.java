package org.annals.ingest.internal.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DatePrecisionTests {

	@ParameterizedTest
	@CsvSource({ "DAY, day", "XUN, xun", "MONTH, month", "QUARTER, quarter", "HALF, half", "YEAR, year" })
	void eachPrecisionHasItsCode(DatePrecision precision, String code) {
		assertThat(precision.code()).isEqualTo(code);
	}

	@ParameterizedTest
	@EnumSource(DatePrecision.class)
	void eachCodeGivesItsPrecisionBack(DatePrecision precision) {
		assertThat(DatePrecision.ofCode(precision.code())).isSameAs(precision);
	}

	@Test
	void anUnknownCodeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatePrecision.ofCode("week"))
			.withMessage("No date precision has the code 'week'");
	}

	@Test
	void codesAreExact() {
		assertThatIllegalArgumentException().isThrownBy(() -> DatePrecision.ofCode("DAY"));
		assertThatIllegalArgumentException().isThrownBy(() -> DatePrecision.ofCode(null));
	}

}
