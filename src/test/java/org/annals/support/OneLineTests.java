package org.annals.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 12: text from outside put on one line of a file we write.
 */
class OneLineTests {

	@ParameterizedTest
	@ValueSource(strings = { "x\r\nPayload-Oxum: 1.1", "x\rPayload-Oxum: 1.1", "x\nPayload-Oxum: 1.1",
			"x\u0085Payload-Oxum: 1.1", "x\u2028Payload-Oxum: 1.1", "x\u2029Payload-Oxum: 1.1",
			"x\u000bPayload-Oxum: 1.1", "x\u000cPayload-Oxum: 1.1", "x\u0000Payload-Oxum: 1.1" })
	void everyLineBreakAndControlCharacterBecomesASpace(String text) {
		String line = OneLine.of(text);
		assertThat(line).startsWith("x").endsWith("Payload-Oxum: 1.1").hasSize(text.length());
		assertThat(line.lines()).hasSize(1);
		assertThat(line.chars().noneMatch((c) -> OneLine.breaks((char) c))).isTrue();
	}

	@Test
	void textOnOneLineIsLeftAsItIs() {
		String text = "成都市地方志办公室/2022年大事记（终稿）.docx  =1+1 ＝ 全角";
		assertThat(OneLine.of(text)).isSameAs(text);
	}

	@Test
	void missingTextIsEmpty() {
		assertThat(OneLine.of(null)).isEmpty();
	}

}
