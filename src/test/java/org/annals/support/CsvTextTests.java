package org.annals.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "=SUM(A1:A9)", "+86-28-1234", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=", "-" })
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

	@Test
	void emptyTextStaysEmpty() {
		assertThat(CsvText.neutralise("")).isEmpty();
	}

	@Test
	void missingTextIsWrittenAsEmpty() {
		assertThat(CsvText.neutralise(null)).isEmpty();
	}

}
