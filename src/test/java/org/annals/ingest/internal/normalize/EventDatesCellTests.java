package org.annals.ingest.internal.normalize;

import java.time.LocalDate;

import org.annals.ingest.internal.sheet.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.annals.ingest.internal.normalize.EventDatesTests.date;
import static org.assertj.core.api.Assertions.assertThat;

class EventDatesCellTests {

	private static final int DEFAULT_YEAR = 2021;

	@Test
	void theSerialOfTheFirstOfJune2022IsThatDayForPoiToo() {
		assertThat(DateUtil.getLocalDateTime(44713).toLocalDate()).isEqualTo(LocalDate.of(2022, 6, 1));
	}

	@ParameterizedTest
	@CsvSource({ "DATE, 44713", "DATE, 44713.0", "DATE, 44713.5", "NUMBER, 44713", "NUMBER, 44713.0",
			"NUMBER, 44713.00", "TEXT, 44713", "TEXT, ４４７１３" })
	void anExcelSerialIsADay(Cell.Kind kind, String text) {
		assertThat(parse(new Cell(1, text, kind, null)))
			.isEqualTo(date("2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", text));
	}

	@Test
	void aFormulaResultThatIsASerialIsADay() {
		assertThat(parse(new Cell(1, "44713", Cell.Kind.DATE, "DATE(2022,6,1)")))
			.isEqualTo(date("2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "44713"));
	}

	@Test
	void theSerialsAtTheEndsOfTheAcceptedRangeAreDays() {
		LocalDate first = DateUtil.getLocalDateTime(20000).toLocalDate();
		LocalDate last = DateUtil.getLocalDateTime(80000).toLocalDate();
		assertThat(first).isEqualTo(LocalDate.of(1954, 10, 3));
		assertThat(last).isEqualTo(LocalDate.of(2119, 1, 11));
		assertThat(parse(new Cell(1, "20000", Cell.Kind.NUMBER, null)).start()).isEqualTo(first);
		assertThat(parse(new Cell(1, "80000", Cell.Kind.NUMBER, null)).start()).isEqualTo(last);
	}

	@ParameterizedTest
	@CsvSource({ "NUMBER, 19999", "NUMBER, 80001", "NUMBER, 44713.5", "NUMBER, 2022", "NUMBER, 0", "NUMBER, -44713",
			"DATE, 0.5", "DATE, 19999", "TEXT, 44713.5", "BOOLEAN, TRUE", "ERROR, #VALUE!", "TEXT, 不详" })
	void aCellThatHoldsNoDateIsNoDate(Cell.Kind kind, String text) {
		assertThat(parse(new Cell(1, text, kind, null))).isNull();
	}

	@Test
	void aMissingCellIsNoDate() {
		assertThat(EventDates.parse((Cell) null, DEFAULT_YEAR, null)).isEmpty();
		assertThat(EventDates.parse(new Cell(1, null, Cell.Kind.TEXT, null), DEFAULT_YEAR, null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2022年6月15日", "2022-06-15", "2022/06/15" })
	void aTextCellIsReadAsText(String text) {
		assertThat(parse(new Cell(0, text, Cell.Kind.TEXT, null)))
			.isEqualTo(date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", text));
	}

	@Test
	void aTextCellKeepsItsTextAsStoredAsTheWording() {
		assertThat(parse(new Cell(0, " 6月上旬 ", Cell.Kind.TEXT, null)))
			.isEqualTo(date("2021-06-01", "2021-06-10", DatePrecision.XUN, "6月上旬", " 6月上旬 "));
	}

	@Test
	void aSameDayCellCopiesThePreviousDate() {
		EventDate previous = date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "44727");
		assertThat(EventDates.parse(new Cell(0, "同日", Cell.Kind.TEXT, null), DEFAULT_YEAR, previous))
			.contains(date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "同日"));
		assertThat(EventDates.parse(new Cell(0, "同日", Cell.Kind.TEXT, null), DEFAULT_YEAR, null)).isEmpty();
	}

	private static EventDate parse(Cell cell) {
		return EventDates.parse(cell, DEFAULT_YEAR, null).orElse(null);
	}

}
