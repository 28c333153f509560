package org.annals.ingest.internal.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CellTests {

	@ParameterizedTest
	@CsvSource({ "0, A", "1, B", "25, Z", "26, AA", "27, AB", "51, AZ", "52, BA", "701, ZZ", "702, AAA", "16383, XFD" })
	void columnsAreNamedAsSpreadsheetsNameThem(int column, String name) {
		assertThat(Cell.columnName(column)).isEqualTo(name);
		assertThat(Cell.columnOf(name + "1")).isEqualTo(column);
	}

	@Test
	void everyColumnUpToThreeLettersRoundTrips() {
		// ZZZ is the last three-letter column.
		for (int column = 0; column <= 18277; column++) {
			assertThat(Cell.columnOf(Cell.reference(column, 0))).as("column %d", column).isEqualTo(column);
		}
		assertThat(Cell.columnName(18277)).isEqualTo("ZZZ");
	}

	@Test
	void aReferenceCountsRowsFromOne() {
		assertThat(Cell.reference(0, 0)).isEqualTo("A1");
		assertThat(Cell.reference(1, 11)).isEqualTo("B12");
		assertThat(Cell.reference(26, 99)).isEqualTo("AA100");
	}

	@Test
	void theColumnOfAReferenceIgnoresItsRow() {
		assertThat(Cell.columnOf("AB12")).isEqualTo(27);
		assertThat(Cell.columnOf("AB")).isEqualTo(27);
		assertThat(Cell.columnOf("C1048576")).isEqualTo(2);
	}

	@Test
	void lowerCaseReferencesAreRead() {
		assertThat(Cell.columnOf("ab12")).isEqualTo(27);
	}

	@Test
	void aReferenceWithoutLettersHasNoColumn() {
		assertThat(Cell.columnOf("12")).isEqualTo(-1);
		assertThat(Cell.columnOf("")).isEqualTo(-1);
	}

}
