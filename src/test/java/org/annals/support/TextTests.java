package org.annals.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void fullWidthLettersDigitsAndBracketsFoldToAscii() {
		assertThat(Text.fold("ＧＤＰ（亿元）")).isEqualTo("GDP(亿元)");
		assertThat(Text.fold("２０２２年")).isEqualTo("2022年");
		assertThat(Text.fold("比上年增长（％）")).isEqualTo("比上年增长(%)");
		assertThat(Text.fold("其中：税收收入")).isEqualTo("其中:税收收入");
	}

	@Test
	void theWholeFullWidthAsciiBlockFolds() {
		assertThat(Text.fold("！～")).isEqualTo("!~");
	}

	@Test
	void ideographicSpacePaddingIsRemoved() {
		assertThat(Text.fold("\u3000\u3000自贡市")).isEqualTo("自贡市");
	}

	@Test
	void everyKindOfWhiteSpaceIsRemoved() {
		assertThat(Text.fold(" 成\t都\u00A0市\u2007\u202F\uFEFF\r\n")).isEqualTo("成都市");
	}

	@Test
	void lineBreaksOfMergedHeaderCellsAreRemoved() {
		assertThat(Text.fold("一般公共预算\n收入（万元）")).isEqualTo("一般公共预算收入(万元)");
	}

	@Test
	void chineseTextIsKeptAsWritten() {
		assertThat(Text.fold("凉山彝族自治州")).isEqualTo("凉山彝族自治州");
		assertThat(Text.fold("—…、")).isEqualTo("—…、");
	}

	@Test
	void missingTextFoldsToEmpty() {
		assertThat(Text.fold(null)).isEmpty();
	}

	@Test
	void textOfOnlyWhiteSpaceIsBlank() {
		assertThat(Text.isBlank("\u3000 \t\u00A0")).isTrue();
		assertThat(Text.isBlank(null)).isTrue();
		assertThat(Text.isBlank("\u3000—")).isFalse();
	}

	@Test
	void aTrailingUnitInBracketsIsSplitOff() {
		String folded = Text.fold("一般公共预算收入（万元）");
		assertThat(Text.trailingBracket(folded)).isEqualTo("万元");
		assertThat(Text.withoutTrailingBracket(folded)).isEqualTo("一般公共预算收入");
	}

	@Test
	void onlyTheLastOfSeveralBracketsIsSplitOff() {
		String folded = Text.fold("固定资产投资（不含农户）（亿元）");
		assertThat(Text.trailingBracket(folded)).isEqualTo("亿元");
		assertThat(Text.withoutTrailingBracket(folded)).isEqualTo("固定资产投资(不含农户)");
	}

	@Test
	void aBracketInsideTheTextIsNotTrailing() {
		String folded = Text.fold("各市（州）合计");
		assertThat(Text.trailingBracket(folded)).isNull();
		assertThat(Text.withoutTrailingBracket(folded)).isEqualTo("各市(州)合计");
	}

	@Test
	void textWithoutBracketsHasNoTrailingBracket() {
		assertThat(Text.trailingBracket("地区生产总值")).isNull();
		assertThat(Text.withoutTrailingBracket("地区生产总值")).isEqualTo("地区生产总值");
	}

	@Test
	void anEmptyTrailingBracketIsEmpty() {
		assertThat(Text.trailingBracket("地区生产总值()")).isEmpty();
		assertThat(Text.withoutTrailingBracket("地区生产总值()")).isEqualTo("地区生产总值");
	}

	@Test
	void aClosingBracketWithoutAnOpeningOneIsNotABracket() {
		assertThat(Text.trailingBracket("亿元)")).isNull();
		assertThat(Text.withoutTrailingBracket("亿元)")).isEqualTo("亿元)");
	}

	@Test
	void aHeaderRowThatIsOnlyAUnitInBracketsLeavesNothingBehind() {
		// A unit on its own header row under the indicator, e.g. 地区生产总值 over （亿元）.
		String folded = Text.fold("（亿元）");
		assertThat(Text.trailingBracket(folded)).isEqualTo("亿元");
		assertThat(Text.withoutTrailingBracket(folded)).isEmpty();
	}

}
