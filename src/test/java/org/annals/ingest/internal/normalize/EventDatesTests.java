package org.annals.ingest.internal.normalize;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EventDatesTests {

	private static final int DEFAULT_YEAR = 2021;

	@ParameterizedTest
	@CsvSource({ "2022年6月15日, 2022-06-15, 6月15日", "2022年06月15日, 2022-06-15, 6月15日", "2022.6.15, 2022-06-15, 6月15日",
			"2022/06/15, 2022-06-15, 6月15日", "2022-06-15, 2022-06-15, 6月15日", "6月15日, 2021-06-15, 6月15日",
			"6月15, 2021-06-15, 6月15日", "２０２２年６月１５日, 2022-06-15, 6月15日", "２０２２．６．１５, 2022-06-15, 6月15日",
			"2024年2月29日, 2024-02-29, 2月29日", "12月31日, 2021-12-31, 12月31日" })
	void aDayIsReadWithItsLabelAndWording(String written, LocalDate day, String label) {
		assertThat(parse(written)).isEqualTo(date(day, day, DatePrecision.DAY, label, written));
	}

	@Test
	void aDayLabelIsNotZeroPadded() {
		assertThat(parse("2022年06月05日"))
			.isEqualTo(date("2022-06-05", "2022-06-05", DatePrecision.DAY, "6月5日", "2022年06月05日"));
		assertThat(parse("2022-01-05").label()).isEqualTo("1月5日");
	}

	@Test
	void anExplicitYearOverridesTheDefault() {
		assertThat(EventDates.parse("2019年6月", 2022, null)).map(EventDate::start).contains(LocalDate.of(2019, 6, 1));
		assertThat(EventDates.parse("6月", 2022, null)).map(EventDate::start).contains(LocalDate.of(2022, 6, 1));
	}

	@Test
	void surroundingSpacesAreIgnoredButKeptInTheWording() {
		assertThat(parse("\u3000 6月15日\u3000"))
			.isEqualTo(date("2021-06-15", "2021-06-15", DatePrecision.DAY, "6月15日", "\u3000 6月15日\u3000"));
	}

	@ParameterizedTest
	@CsvSource({ "6月8日至9日, 2021-06-08, 2021-06-09, 6月8日至9日", "6月8—9日, 2021-06-08, 2021-06-09, 6月8日至9日",
			"6月8-9日, 2021-06-08, 2021-06-09, 6月8日至9日", "6月8~9日, 2021-06-08, 2021-06-09, 6月8日至9日",
			"6月8～9日, 2021-06-08, 2021-06-09, 6月8日至9日", "6月8〜9日, 2021-06-08, 2021-06-09, 6月8日至9日",
			"6月8–9日, 2021-06-08, 2021-06-09, 6月8日至9日", "6月8日到9日, 2021-06-08, 2021-06-09, 6月8日至9日",
			"6月8日—9日, 2021-06-08, 2021-06-09, 6月8日至9日", "6月8日——9日, 2021-06-08, 2021-06-09, 6月8日至9日",
			"6月8日至6月9日, 2021-06-08, 2021-06-09, 6月8日至9日", "6月30日至7月2日, 2021-06-30, 2021-07-02, 6月30日至7月2日",
			"6月30日—7月2日, 2021-06-30, 2021-07-02, 6月30日至7月2日", "2022年6月8日至10日, 2022-06-08, 2022-06-10, 6月8日至10日",
			"2022年12月30日至2023年1月2日, 2022-12-30, 2023-01-02, 2022年12月30日至2023年1月2日",
			"12月30日至2022年1月2日, 2021-12-30, 2022-01-02, 2021年12月30日至2022年1月2日" })
	void aRangeOfDaysIsReadWithItsLabel(String written, LocalDate start, LocalDate end, String label) {
		assertThat(parse(written)).isEqualTo(new EventDate(start, end, DatePrecision.DAY, label, written));
	}

	@ParameterizedTest
	@ValueSource(strings = { "6月9日至8日", "6月8日至8日", "6月30日至31日", "7月2日至6月30日", "2023年1月2日至2022年12月30日" })
	void aRangeThatDoesNotRunForwardOverCalendarDaysIsNoDate(String written) {
		assertThat(parse(written)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "6月上旬, 2021-06-01, 2021-06-10, 6月上旬", "6月中旬, 2021-06-11, 2021-06-20, 6月中旬",
			"6月下旬, 2021-06-21, 2021-06-30, 6月下旬", "2022年6月上旬, 2022-06-01, 2022-06-10, 6月上旬",
			"6月初, 2021-06-01, 2021-06-10, 6月上旬", "6月初旬, 2021-06-01, 2021-06-10, 6月上旬",
			"6月中, 2021-06-11, 2021-06-20, 6月中旬", "6月底, 2021-06-21, 2021-06-30, 6月下旬",
			"6月末, 2021-06-21, 2021-06-30, 6月下旬", "6月末旬, 2021-06-21, 2021-06-30, 6月下旬",
			"7月下旬, 2021-07-21, 2021-07-31, 7月下旬", "2024年2月下旬, 2024-02-21, 2024-02-29, 2月下旬",
			"2023年2月下旬, 2023-02-21, 2023-02-28, 2月下旬", "2024年2月中旬, 2024-02-11, 2024-02-20, 2月中旬" })
	void aTenDayPeriodIsReadWithItsBounds(String written, LocalDate start, LocalDate end, String label) {
		assertThat(parse(written)).isEqualTo(new EventDate(start, end, DatePrecision.XUN, label, written));
	}

	@ParameterizedTest
	@CsvSource({ "6月, 2021-06-01, 2021-06-30, 6月", "2022年6月, 2022-06-01, 2022-06-30, 6月",
			"2022年06月, 2022-06-01, 2022-06-30, 6月", "12月, 2021-12-01, 2021-12-31, 12月",
			"2024年2月, 2024-02-01, 2024-02-29, 2月", "2023年2月, 2023-02-01, 2023-02-28, 2月" })
	void aMonthIsReadWithItsBounds(String written, LocalDate start, LocalDate end, String label) {
		assertThat(parse(written)).isEqualTo(new EventDate(start, end, DatePrecision.MONTH, label, written));
	}

	@ParameterizedTest
	@CsvSource({ "第一季度, 2021-01-01, 2021-03-31, 第一季度", "第二季度, 2021-04-01, 2021-06-30, 第二季度",
			"第三季度, 2021-07-01, 2021-09-30, 第三季度", "第四季度, 2021-10-01, 2021-12-31, 第四季度",
			"一季度, 2021-01-01, 2021-03-31, 第一季度", "1季度, 2021-01-01, 2021-03-31, 第一季度",
			"第1季度, 2021-01-01, 2021-03-31, 第一季度", "四季度, 2021-10-01, 2021-12-31, 第四季度",
			"2022年第一季度, 2022-01-01, 2022-03-31, 第一季度", "2024年第一季度, 2024-01-01, 2024-03-31, 第一季度",
			"2022年第3季度, 2022-07-01, 2022-09-30, 第三季度" })
	void aQuarterIsReadWithItsBounds(String written, LocalDate start, LocalDate end, String label) {
		assertThat(parse(written)).isEqualTo(new EventDate(start, end, DatePrecision.QUARTER, label, written));
	}

	@ParameterizedTest
	@CsvSource({ "上半年, 2021-01-01, 2021-06-30, 上半年", "下半年, 2021-07-01, 2021-12-31, 下半年",
			"2022年上半年, 2022-01-01, 2022-06-30, 上半年", "2022年下半年, 2022-07-01, 2022-12-31, 下半年" })
	void aHalfYearIsReadWithItsBounds(String written, LocalDate start, LocalDate end, String label) {
		assertThat(parse(written)).isEqualTo(new EventDate(start, end, DatePrecision.HALF, label, written));
	}

	@ParameterizedTest
	@CsvSource({ "2022年, 2022", "2022年全年, 2022", "全年, 2021", "是年, 2021", "本年, 2021", "２０２２年, 2022" })
	void aYearIsReadWithItsBounds(String written, int year) {
		assertThat(parse(written)).isEqualTo(
				new EventDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, "全年", written));
	}

	@Test
	void sameDayCopiesThePreviousDateWithItsOwnWording() {
		EventDate previous = date("2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "6月8—9日");
		assertThat(EventDates.parse("同日", DEFAULT_YEAR, previous))
			.contains(date("2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "同日"));
		assertThat(EventDates.parse("当日", DEFAULT_YEAR, previous))
			.contains(date("2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "当日"));
	}

	@Test
	void sameDayWithoutAPreviousDateIsNoDate() {
		assertThat(EventDates.parse("同日", DEFAULT_YEAR, null)).isEmpty();
		assertThat(EventDates.parse("当日", DEFAULT_YEAR, null)).isEmpty();
	}

	@Test
	void sameDayWithMoreWordsIsNoDate() {
		EventDate previous = date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "6月15日");
		assertThat(EventDates.parse("同日上午", DEFAULT_YEAR, previous)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "15日", "2月30日", "2023年2月29日", "2022年2月29日", "6月31日", "13月1日", "0月1日", "6月0日", "13月", "0月",
			"13月上旬", "第五季度", "第0季度", "不详", "近期", "一月", "六月", "六月十五日", "2022", "2022.6", "6.15", "2022年6月15日下午",
			"6月15日前后", "2022-13-01", "2022/6-15", "6月150", "", "\u3000", "同日上午" })
	void textThatIsNoCalendarDateIsNoDate(String written) {
		assertThat(parse(written)).isNull();
	}

	@Test
	void noTextIsNoDate() {
		assertThat(EventDates.parse((String) null, DEFAULT_YEAR, null)).isEmpty();
	}

	@Test
	void aSerialNumberWrittenAsTextIsAnExcelDate() {
		assertThat(parse("44713")).isEqualTo(date("2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "44713"));
	}

	private static EventDate parse(String text) {
		return EventDates.parse(text, DEFAULT_YEAR, null).orElse(null);
	}

	static EventDate date(String start, String end, DatePrecision precision, String label, String written) {
		return date(LocalDate.parse(start), LocalDate.parse(end), precision, label, written);
	}

	static EventDate date(LocalDate start, LocalDate end, DatePrecision precision, String label, String written) {
		return new EventDate(start, end, precision, label, written);
	}

}
