package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.annals.ingest.Issue;
import org.junit.jupiter.api.Test;

import static org.annals.ingest.internal.layout.Sheets.province;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ColumnResolver}: the header path of a column read into indicator, year
 * and units.
 */
class ColumnResolverTests {

	private final List<Issue> issues = new ArrayList<>();

	private Optional<ColumnMeaning> resolve(String title, String unitLine, String... levels) {
		ColumnResolver resolver = new ColumnResolver(province("表.xlsx", "Sheet1"), title, unitLine);
		return resolver.resolve(List.of(levels), "B列", this.issues);
	}

	private static String describe(ColumnMeaning meaning) {
		return meaning.indicator().code() + " " + meaning.year() + " "
				+ ((meaning.written() != null) ? meaning.written().name() : "-") + " → "
				+ ((meaning.canonical() != null) ? meaning.canonical().name() : "-");
	}

	@Test
	void readsAYearUnderAnIndicatorInTheUnitOfTheUnitLine() {
		assertThat(resolve("2022年主要指标", "万元", "地区生产总值", "2021年")).get()
			.extracting(ColumnResolverTests::describe)
			.isEqualTo("gdp 2021 万元 → 亿元");
		assertThat(this.issues).isEmpty();
	}

	@Test
	void readsAGrowthColumnUnderAnIndicatorAsItsGrowthRateInPercentForTheTitleYear() {
		assertThat(resolve("2022年各市（州）主要经济指标", "亿元", "地区生产总值", "比上年增长（%）")).get()
			.extracting(ColumnResolverTests::describe)
			.isEqualTo("gdp_growth 2022 % → %");
		assertThat(this.issues).isEmpty();
	}

	@Test
	void letsTheUnitInAHeaderOverrideTheUnitLine() {
		assertThat(resolve("2022年各市（州）主要经济指标", "亿元", "一般公共预算收入（万元）", "2022年")).get()
			.extracting(ColumnResolverTests::describe)
			.isEqualTo("general_budget_revenue 2022 万元 → 亿元");
	}

	@Test
	void doesNotApplyAMoneyUnitLineToARate() {
		assertThat(resolve("2022年主要指标", "亿元", "常住人口城镇化率")).get()
			.extracting(ColumnResolverTests::describe)
			.isEqualTo("urbanization_rate 2022 % → %");
		assertThat(this.issues).isEmpty();
	}

	@Test
	void rejectsAUnitLineOfAnotherDimension() {
		assertThat(resolve("2022年主要指标", "万人", "地区生产总值")).isEmpty();
		assertThat(this.issues).singleElement().satisfies((issue) -> {
			assertThat(issue.code()).isEqualTo("UNIT_MISMATCH");
			assertThat(issue.cell()).isEqualTo("B列");
			assertThat(issue.chinese()).isEqualTo("指标“地区生产总值”的单位是亿元，表中写的是“万人”，无法换算。");
		});
	}

	@Test
	void takesTheIndicatorFromTheTitleWhenTheHeaderIsOnlyAYear() {
		assertThat(resolve("地区生产总值（2018—2022年）", "亿元", "2019年")).get()
			.extracting(ColumnResolverTests::describe)
			.isEqualTo("gdp 2019 亿元 → 亿元");
	}

	@Test
	void readsAMergedTwoLevelDebtHeader() {
		assertThat(resolve("2022年全省地方政府债务限额及余额", "亿元", "地方政府债务余额", "专项债务")).get()
			.extracting(ColumnResolverTests::describe)
			.isEqualTo("gov_special_debt_balance 2022 亿元 → 亿元");
	}

	@Test
	void ignoresARankColumnSilently() {
		assertThat(resolve("2022年主要指标", "亿元", "位次")).isEmpty();
		assertThat(this.issues).isEmpty();
	}

	@Test
	void makesAnUnknownHeaderAProvisionalIndicatorInTheUnitWritten() {
		Optional<ColumnMeaning> meaning = resolve("2022年主要指标", null, "新能源汽车保有量（万辆）");

		assertThat(meaning).get().satisfies((m) -> {
			assertThat(m.indicator().isProvisional()).isTrue();
			assertThat(m.indicator().name()).isEqualTo("新能源汽车保有量");
			assertThat(m.year()).isEqualTo(2022);
			assertThat(m.unitName()).isEqualTo("万辆");
		});
		assertThat(this.issues).extracting(Issue::code).containsExactly("PROVISIONAL_INDICATOR");
	}

	@Test
	void reportsNoYearWhenNoneIsWrittenAnywhere() {
		assertThat(resolve("主要指标", "亿元", "地区生产总值")).isEmpty();
		assertThat(this.issues).extracting(Issue::code, Issue::cell)
			.containsExactly(org.assertj.core.api.Assertions.tuple("NO_YEAR", "B列"));
	}

	@Test
	void readsTheUnitOfAUnitLine() {
		assertThat(ColumnResolver.unitLineOf("单位：亿元")).isEqualTo("亿元");
		assertThat(ColumnResolver.unitLineOf("\u3000单位： 万元")).isEqualTo("万元");
		assertThat(ColumnResolver.unitLineOf("单位:万元，%")).isEqualTo("万元");
		assertThat(ColumnResolver.unitLineOf("2022年各市（州）主要经济指标")).isNull();
	}

	@Test
	void readsTheUnitOfAUnitLineInBracketsOrListingSeveralUnits() {
		assertThat(ColumnResolver.unitLineOf("（单位：万元）")).isEqualTo("万元");
		assertThat(ColumnResolver.unitLineOf("(单位:亿元)")).isEqualTo("亿元");
		assertThat(ColumnResolver.unitLineOf("单位：亿元、%")).isEqualTo("亿元");
	}

}
