package org.annals.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "=SUM(A1:A9)", "+86-28-1234", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "\ncmd",
			"\n=HYPERLINK(\"http://x\")", "=", "-", "-12.5" })
	void textASpreadsheetWouldExecuteGetsALeadingApostrophe(String text) {
		assertThat(CsvText.neutralise(text)).isEqualTo("'" + text);
	}

	@Test
	void aFormulaTriggerAfterTheFirstCharacterIsLeftAlone() {
		assertThat(CsvText.neutralise("a=b")).isEqualTo("a=b");
		assertThat(CsvText.neutralise("地区生产总值-增长")).isEqualTo("地区生产总值-增长");
	}

	@ParameterizedTest
	@ValueSource(strings = { "中文", "成都市", "地区生产总值", "亿元", "%", "1722.4316", "2022年粮食生产情况.xlsx", "＝1+1", "'=1" })
	void safeTextIsLeftAsWritten(String text) {
		assertThat(CsvText.neutralise(text)).isEqualTo(text);
	}

	/**
	 * Issue 19 point 12: a NUL is removed wherever it is (a tool reading C strings would
	 * end the cell there and take what follows as a cell of its own), and what is left is
	 * judged as any text.
	 */
	@Test
	void aNulIsRemovedWhereverItIsAndWhatIsLeftIsNeutralised() {
		assertThat(CsvText.neutralise("a\0b")).isEqualTo("ab");
		assertThat(CsvText.neutralise("\0=1+1")).isEqualTo("'=1+1");
		assertThat(CsvText.neutralise("成都\0\0市")).isEqualTo("成都市");
		assertThat(CsvText.neutralise("\0")).isEmpty();
		assertThat(CsvText.figure("\0-1")).isEqualTo("'-1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-12.5", "12.5", "0", "-3", "20817.5" })
	void aFigureThatIsAPlainDecimalStaysANumber(String figure) {
		assertThat(CsvText.figure(figure)).isEqualTo(figure);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-", "-1e5", "-12.5%", "=1", "+1", "@1", "\t1", "-.5" })
	void aFigureThatIsNotAPlainDecimalIsNeutralisedAsText(String figure) {
		assertThat(CsvText.figure(figure)).isEqualTo("'" + figure);
	}

	@Test
	void aMissingFigureIsItsYearbookSymbol() {
		assertThat(CsvText.figure("…")).isEqualTo("…");
		assertThat(CsvText.figure(null)).isEmpty();
	}

	@Test
	void emptyTextStaysEmpty() {
		assertThat(CsvText.neutralise("")).isEmpty();
	}

	@Test
	void missingTextIsWrittenAsEmpty() {
		assertThat(CsvText.neutralise(null)).isEmpty();
	}

}
