package org.annals.ingest.internal.normalize;

import org.annals.ingest.internal.normalize.EventDates.Leading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.annals.ingest.internal.normalize.EventDatesTests.date;
import static org.assertj.core.api.Assertions.assertThat;

class EventDatesLeadingTests {

	private static final int DEFAULT_YEAR = 2022;

	private static final EventDate JUNE_15 = date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "6月15日");

	@ParameterizedTest
	@ValueSource(strings = { "6月15日\u3000省委召开全会。", "6月15日 省委召开全会。", "6月15日，省委召开全会。", "6月15日,省委召开全会。", "6月15日、省委召开全会。",
			"6月15日：省委召开全会。", "6月15日:省委召开全会。", "6月15日\t省委召开全会。", "6月15日\u00A0省委召开全会。", "6月15日，\u3000省委召开全会。",
			"6月15日省委召开全会。", "\u3000\u30006月15日\u3000省委召开全会。" })
	void eachSeparatorAfterTheDateIsDropped(String paragraph) {
		assertThat(leading(paragraph)).isEqualTo(new Leading(JUNE_15, "省委召开全会。"));
	}

	@Test
	void theRestIsKeptExactlyAsWritten() {
		assertThat(leading("6月15日\u3000省委召开全会，审议 《报告》。 ")).isEqualTo(new Leading(JUNE_15, "省委召开全会，审议 《报告》。 "));
	}

	@Test
	void theDateIsKeptAsWrittenInFullWidth() {
		assertThat(leading("６月１５日　省委召开全会。"))
			.isEqualTo(new Leading(date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "６月１５日"), "省委召开全会。"));
	}

	@Test
	void aDayFollowedByATimeOfDayLeavesTheTimeInTheRest() {
		assertThat(leading("6月15日上午，省委召开全会。")).isEqualTo(new Leading(JUNE_15, "上午，省委召开全会。"));
	}

	@Test
	void aParagraphThatIsOnlyADateHasAnEmptyRest() {
		assertThat(leading("6月15日")).isEqualTo(new Leading(JUNE_15, ""));
	}

	@Test
	void sameDayTakesThePreviousDate() {
		assertThat(EventDates.leading("同日\u3000省政府召开常务会议。", DEFAULT_YEAR, JUNE_15))
			.contains(new Leading(date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "同日"), "省政府召开常务会议。"));
		assertThat(EventDates.leading("当日，省政府召开常务会议。", DEFAULT_YEAR, JUNE_15))
			.contains(new Leading(date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "当日"), "省政府召开常务会议。"));
	}

	@Test
	void sameDayWithoutAPreviousDateIsNoDate() {
		assertThat(leading("同日\u3000省政府召开常务会议。")).isNull();
	}

	@Test
	void aTenDayPeriodLeads() {
		assertThat(leading("6月上旬\u3000全省开展防汛检查。"))
			.isEqualTo(new Leading(date("2022-06-01", "2022-06-10", DatePrecision.XUN, "6月上旬", "6月上旬"), "全省开展防汛检查。"));
	}

	@Test
	void aRangeLeadsRatherThanItsFirstDay() {
		assertThat(leading("6月8日至9日\u3000省人大召开会议。")).isEqualTo(
				new Leading(date("2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "6月8日至9日"), "省人大召开会议。"));
		assertThat(leading("6月8—9日　省人大召开会议。")).isEqualTo(
				new Leading(date("2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "6月8—9日"), "省人大召开会议。"));
	}

	@Test
	void aRangeAcrossYearsLeadsRatherThanItsFirstDay() {
		assertThat(leading("2022年12月30日至2023年1月2日　举办迎新年活动。")).isEqualTo(new Leading(
				date("2022-12-30", "2023-01-02", DatePrecision.DAY, "2022年12月30日至2023年1月2日", "2022年12月30日至2023年1月2日"),
				"举办迎新年活动。"));
	}

	@Test
	void aTenDayPeriodLeadsRatherThanItsMonth() {
		assertThat(leading("6月中旬，全省开展检查。").date().precision()).isEqualTo(DatePrecision.XUN);
		assertThat(leading("2022年6月，全省开展检查。").date().precision()).isEqualTo(DatePrecision.MONTH);
	}

	@Test
	void aDateWithItsYearLeads() {
		assertThat(leading("2022年6月15日\u3000省委召开全会。")).isEqualTo(
				new Leading(date("2022-06-15", "2022-06-15", DatePrecision.DAY, "6月15日", "2022年6月15日"), "省委召开全会。"));
		assertThat(EventDates.leading("2019年6月15日\u3000省委召开全会。", DEFAULT_YEAR, null).get().date().start())
			.hasYear(2019);
	}

	@Test
	void aMonthAQuarterAHalfAndAYearLeadWhenSeparated() {
		assertThat(leading("6月\u3000全省开展检查。"))
			.isEqualTo(new Leading(date("2022-06-01", "2022-06-30", DatePrecision.MONTH, "6月", "6月"), "全省开展检查。"));
		assertThat(leading("第一季度，全省生产总值增长。")).isEqualTo(
				new Leading(date("2022-01-01", "2022-03-31", DatePrecision.QUARTER, "第一季度", "第一季度"), "全省生产总值增长。"));
		assertThat(leading("上半年，全省生产总值增长。"))
			.isEqualTo(new Leading(date("2022-01-01", "2022-06-30", DatePrecision.HALF, "上半年", "上半年"), "全省生产总值增长。"));
		assertThat(leading("是年，全省生产总值增长。"))
			.isEqualTo(new Leading(date("2022-01-01", "2022-12-31", DatePrecision.YEAR, "全年", "是年"), "全省生产总值增长。"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "四川省2022年大事记", "2022年大事记", "一月", "六月", "六月十五日　省委召开全会。", "6月份以来，全省开展检查。", "上半年全省生产总值增长。",
			"15日\u3000省委召开全会。", "6月15省委召开全会。", "6月31日\u3000省委召开全会。", "省委召开全会。", "", "\u3000" })
	void aParagraphThatDoesNotStartWithADateHasNone(String paragraph) {
		assertThat(leading(paragraph)).isNull();
	}

	@Test
	void noParagraphHasNoDate() {
		assertThat(EventDates.leading(null, DEFAULT_YEAR, JUNE_15)).isEmpty();
	}

	private static Leading leading(String paragraph) {
		return EventDates.leading(paragraph, DEFAULT_YEAR, null).orElse(null);
	}

}
