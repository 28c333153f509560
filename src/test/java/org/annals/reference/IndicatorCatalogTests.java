package org.annals.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

import org.annals.reference.IndicatorCatalog.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndicatorCatalogTests {

	private static final IndicatorCatalog catalog = ReferenceData.load(new JobsDirectory(Path.of("jobs"))).indicators();

	@ParameterizedTest
	@ValueSource(strings = { "地区生产总值", "GDP", "ＧＤＰ", "地区生产总值（亿元）", "地区生产总值(亿元)", "地区生产总值（GDP）", "地区生产总值(GDP)(亿元)",
			"\u3000地区生产\n总值\u3000", "生产总值（万元）" })
	void grossRegionalProductIsFoundAsOfficesWriteIt(String written) {
		assertThat(code(written)).contains("gdp");
	}

	@ParameterizedTest
	@ValueSource(strings = { "债务限额合计", "债务限额", "地方政府债务限额", "地方政府债务限额合计", "债务限额合计（亿元）" })
	void theDebtLimitWrittenWithOrWithoutItsTotalWordIsOneIndicator(String written) {
		// issue 20: never two provisional indicators that both reach a table
		assertThat(code(written)).contains("gov_debt_limit");
	}

	@Test
	void aTotalWordAfterAnUnknownNameFindsNothing() {
		assertThat(catalog.resolve("合计")).isEmpty();
		assertThat(catalog.resolve("新能源汽车保有量合计")).isEmpty();
	}

	@Test
	void aBudgetRevenueHeaderInTenThousandsOfYuanIsFound() {
		assertThat(code("一般公共预算收入（万元）")).contains("general_budget_revenue");
	}

	@Test
	void aBracketThatIsNotAUnitIsPartOfTheName() {
		assertThat(catalog.resolve("固定资产投资(不含农户)")).isEmpty();
		assertThat(catalog.resolve("固定资产投资（不含农户）（亿元）")).isEmpty();
	}

	@Test
	void theSameNameWithAUnitBracketIsFound() {
		assertThat(code("固定资产投资（亿元）")).contains("fixed_asset_investment");
	}

	@Test
	void aHeaderPathAliasIsFound() {
		assertThat(code("地方政府债务限额/一般债务")).contains("gov_general_debt_limit");
		assertThat(code("地方政府债务余额/专项债务")).contains("gov_special_debt_balance");
	}

	@Test
	void subItemDecorationsAreIgnored() {
		assertThat(code("其中：税收收入")).contains("tax_revenue");
		assertThat(code("#税收收入（亿元）")).contains("tax_revenue");
	}

	@ParameterizedTest
	@ValueSource(strings = { "总人口", "财政收入", "人均可支配收入", "第一产业", "合计", "" })
	void anAmbiguousOrGenericHeaderIsNotAnIndicator(String written) {
		assertThat(catalog.resolve(written)).isEmpty();
	}

	@Test
	void anIndicatorIsFoundByCode() {
		Indicator gdp = catalog.byCode("gdp").orElseThrow();
		assertThat(gdp.name()).isEqualTo("地区生产总值");
		assertThat(gdp.unit()).isEqualTo("亿元");
		assertThat(gdp.additive()).isTrue();
		assertThat(gdp.nonNegative()).isTrue();
		assertThat(gdp.isProvisional()).isFalse();
		assertThat(catalog.byCode("no_such_indicator")).isEmpty();
	}

	@Test
	void theGrowthOfGrossRegionalProductIsItsGrowthRate() {
		Indicator gdp = catalog.byCode("gdp").orElseThrow();
		Indicator growth = catalog.growthOf(gdp).orElseThrow();
		assertThat(growth.code()).isEqualTo("gdp_growth");
		assertThat(growth.unit()).isEqualTo("%");
		assertThat(growth.growthOf()).isEqualTo("gdp");
	}

	@Test
	void aGrowthAtComparablePricesIsMarkedNotToBeDerived() {
		// issue 20: GDP growth is at comparable prices; two nominal values do not give it
		assertThat(catalog.byCode("gdp_growth").orElseThrow().derivable()).isFalse();
		assertThat(catalog.byCode("tertiary_industry_va_growth").orElseThrow().derivable()).isFalse();
		assertThat(catalog.byCode("retail_sales_growth").orElseThrow().derivable()).isFalse();
		assertThat(catalog.byCode("general_budget_revenue_growth").orElseThrow().derivable()).isTrue();
		assertThat(catalog.byCode("urban_per_capita_disposable_income_growth").orElseThrow().derivable()).isTrue();
	}

	@Test
	void anIndicatorWithoutAGrowthRateHasNone() {
		assertThat(catalog.growthOf(catalog.byCode("urbanization_rate").orElseThrow())).isEmpty();
	}

	@Test
	void theLongestIndicatorNameInATitleWins() {
		assertThat(catalog.findIn("2022年各市（州）人均地区生产总值").map(Indicator::code)).contains("gdp_per_capita");
		assertThat(catalog.findIn("2022年各市（州）地区生产总值").map(Indicator::code)).contains("gdp");
		assertThat(catalog.findIn("2022年各市（州）主要经济指标")).isEmpty();
	}

	@Test
	void aProvisionalIndicatorIsMarkedAsSuch() {
		Indicator provisional = Indicator.provisional("新型指标", "万元");
		assertThat(provisional.isProvisional()).isTrue();
		assertThat(provisional.code()).startsWith("x_").hasSize(12);
		assertThat(Indicator.provisional("新型指标", null).code()).isEqualTo(provisional.code());
	}

	@Test
	void tenThousandsOfYuanBecomeHundredMillionsExactly() {
		BigDecimal converted = unit("万元").convert(new BigDecimal("17224316"), unit("亿元"));
		assertThat(converted).isEqualByComparingTo("1722.4316");
		assertThat(converted.stripTrailingZeros().toPlainString()).isEqualTo("1722.4316");
	}

	@Test
	void hundredMillionsOfYuanBecomeTenThousandsExactly() {
		BigDecimal converted = unit("亿元").convert(new BigDecimal("1722.4316"), unit("万元"));
		assertThat(converted.stripTrailingZeros().toPlainString()).isEqualTo("17224316");
	}

	@Test
	void thousandsOfHectaresBecomeHectaresAndBack() {
		BigDecimal hectares = unit("千公顷").convert(new BigDecimal("6263.5"), unit("公顷"));
		assertThat(hectares.stripTrailingZeros().toPlainString()).isEqualTo("6263500");
		BigDecimal back = unit("公顷").convert(hectares, unit("千公顷"));
		assertThat(back.stripTrailingZeros().toPlainString()).isEqualTo("6263.5");
	}

	@Test
	void tenThousandsOfMuBecomeThousandsOfHectares() {
		BigDecimal converted = unit("万亩").convert(new BigDecimal("9395.25"), unit("千公顷"));
		assertThat(converted.stripTrailingZeros().toPlainString()).isEqualTo("6263.5");
	}

	@Test
	void hundredMillionsOfJinBecomeTenThousandsOfTonnes() {
		BigDecimal converted = unit("亿斤").convert(new BigDecimal("700.2"), unit("万吨"));
		assertThat(converted.stripTrailingZeros().toPlainString()).isEqualTo("3501");
	}

	@Test
	void aValueInItsOwnUnitIsUnchanged() {
		BigDecimal value = new BigDecimal("3501.00");
		assertThat(unit("万吨").convert(value, unit("万吨"))).isEqualTo(new BigDecimal("3501.00"));
	}

	@Test
	void yuanCannotBecomePeople() {
		assertThatIllegalArgumentException().isThrownBy(() -> unit("万元").convert(BigDecimal.ONE, unit("万人")))
			.withMessageContaining("万元")
			.withMessageContaining("万人");
	}

	@Test
	void yuanCannotBecomeDollarsWithoutAnExchangeRate() {
		assertThatIllegalArgumentException().isThrownBy(() -> unit("亿元").convert(BigDecimal.ONE, unit("亿美元")));
	}

	@Test
	void unitSpellingsAreFound() {
		assertThat(unit("％").name()).isEqualTo("%");
		assertThat(unit("百分比").name()).isEqualTo("%");
		assertThat(unit("万元人民币").name()).isEqualTo("万元");
		assertThat(unit("亿度").name()).isEqualTo("亿千瓦时");
		assertThat(unit("公斤").name()).isEqualTo("千克");
		assertThat(unit("\u3000万元\u3000").name()).isEqualTo("万元");
	}

	@Test
	void powerCapacityIsNotElectricity() {
		assertThat(catalog.units().find("万千瓦")).isEmpty();
	}

	@Test
	void percentagePointsAreNotPercent() {
		assertThat(unit("百分点").dimension()).isNotEqualTo(unit("%").dimension());
	}

	@Test
	void anUnknownOrMissingUnitIsNotFound() {
		assertThat(catalog.units().find("银两")).isEmpty();
		assertThat(catalog.units().find(null)).isEmpty();
	}

	private static Optional<String> code(String written) {
		return catalog.resolve(written).map(Indicator::code);
	}

	private static Unit unit(String written) {
		return catalog.units().find(written).orElseThrow();
	}

}
