package org.annals.ingest.internal.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class YearsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2018", "\"2018\"", "2018年", "2018年末", "2018年度", "2018年底", "２０１８年", "２０１８", " 2018年 ",
			"\u30002018年\u3000", "2018.0", "2018\n年" })
	void aHeaderThatIsOnlyTheYearIsThatYear(String written) {
		assertThat(Years.exact(written)).isEqualTo(2018);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2018年6月", "2018年1-6月", "18", "18年", "1800", "1800年", "20180", "2018年增长", "比2018年增长",
			"2018—2022年", "地区", "", "2018.5" })
	void aHeaderThatIsMoreOrLessThanAYearIsNoYear(String written) {
		assertThat(Years.exact(written)).isZero();
	}

	@Test
	void aMissingHeaderIsNoYear() {
		assertThat(Years.exact(null)).isZero();
	}

	@Test
	void yearsFromTheFoundingOfThePeoplesRepublicOnAreAccepted() {
		assertThat(Years.exact("1949年")).isEqualTo(1949);
		assertThat(Years.exact("1948年")).isZero();
	}

	@Test
	void yearsAfter2100AreNotYears() {
		assertThat(Years.exact("2100")).isEqualTo(2100);
		assertThat(Years.exact("2101")).isZero();
	}

	@Test
	void aTitleGivesItsYear() {
		assertThat(Years.within("2022年各市（州）主要经济指标")).isEqualTo(2022);
	}

	@Test
	void aTitleEndingInTheYearInBracketsGivesItsYear() {
		assertThat(Years.within("各市（州）主要经济指标（2022年）")).isEqualTo(2022);
	}

	@Test
	void aSheetNamedForItsYearGivesIt() {
		assertThat(Years.within("2021年")).isEqualTo(2021);
		assertThat(Years.within("2021")).isEqualTo(2021);
	}

	@Test
	void aFileNameGivesItsYear() {
		assertThat(Years.within("2022年成都市各区（市）县主要指标.xlsx")).isEqualTo(2022);
	}

	@Test
	void fullWidthDigitsInATitleAreRead() {
		assertThat(Years.within("２０２２年全省地方政府债务限额及余额")).isEqualTo(2022);
	}

	@Test
	void theFirstYearOfATitleWins() {
		assertThat(Years.within("2022年与2021年对比")).isEqualTo(2022);
	}

	@Test
	void aMonthRangeAfterTheYearIsStillThatYear() {
		assertThat(Years.within("2022年1-6月各市（州）主要经济指标")).isEqualTo(2022);
	}

	@ParameterizedTest
	@ValueSource(strings = { "全省及各市（州）地区生产总值（2018—2022年）", "地区生产总值（2018——2022年）", "地区生产总值（2018-2022年）",
			"地区生产总值（2018~2022年）", "地区生产总值（2018～2022年）", "地区生产总值（2018至2022年）", "地区生产总值（２０１８－２０２２年）" })
	void aRangeOfYearsIsNotOneYear(String title) {
		assertThat(Years.within(title)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "地区生产总值（2018年—2022年）", "地区生产总值（2018年至2022年）", "地区生产总值（2018年-2022年）" })
	void aRangeWithTheYearMarkOnBothEndsIsNotOneYear(String title) {
		assertThat(Years.within(title)).isZero();
	}

	@Test
	void aRangeWrittenWithAnEnDashIsNotOneYear() {
		assertThat(Years.within("地区生产总值（2018\u20132022年）")).isZero();
	}

	@Test
	void aTableNumberBeforeTheYearDoesNotHideIt() {
		assertThat(Years.within("表3-1 2022年各市（州）主要经济指标")).isEqualTo(2022);
		assertThat(Years.within("表2\u30002019年全省人口主要指标")).isEqualTo(2019);
	}

	@Test
	void anAmountThatLooksLikeAYearIsNotOne() {
		assertThat(Years.within("年主营业务收入2000万元及以上工业企业主要指标")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sheet1", "各市（州）主要经济指标", "", "表1-3", "编号12345" })
	void aTextWithoutAYearGivesNone(String text) {
		assertThat(Years.within(text)).isZero();
	}

	@Test
	void aMissingTextGivesNoYear() {
		assertThat(Years.within(null)).isZero();
	}

}
