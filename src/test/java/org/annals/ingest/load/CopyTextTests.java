package org.annals.ingest.load;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text values in PostgreSQL's COPY text format.
 */
class CopyTextTests {

	@Test
	void plainTextIsItsUtf8Bytes() {
		assertThat(new String(CopyText.escape("地区生产总值 A1"), StandardCharsets.UTF_8)).isEqualTo("地区生产总值 A1");
	}

	@Test
	void backslashesTabsAndLineBreaksAreEscaped() {
		assertThat(new String(CopyText.escape("a\\b\tc\nd\re"), StandardCharsets.UTF_8))
			.isEqualTo("a\\\\b\\tc\\nd\\re");
	}

	@Test
	void otherControlCharactersAreWrittenInOctal() {
		assertThat(new String(CopyText.escape("x\u0001y"), StandardCharsets.UTF_8)).isEqualTo("x\\001y");
	}

}
