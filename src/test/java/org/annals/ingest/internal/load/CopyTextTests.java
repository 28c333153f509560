package org.annals.ingest.internal.load;

import java.math.BigDecimal;
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

	@Test
	void numbersAreTheirDecimalDigits() throws Exception {
		CopyText rows = new CopyText(null);
		for (long n : new long[] { 0, 7, 10, 99, 100, 2022, -1, -40, 1_000_000_007L, Long.MAX_VALUE, Long.MIN_VALUE }) {
			rows.number(n).tab();
		}
		assertThat(rows.pending()).isEqualTo(
				"0\t7\t10\t99\t100\t2022\t-1\t-40\t1000000007\t" + Long.MAX_VALUE + "\t" + Long.MIN_VALUE + "\t");
	}

	@Test
	void decimalsAreWrittenPlainAndNullAsBackslashN() throws Exception {
		CopyText rows = new CopyText(null);
		rows.decimal(new BigDecimal("1E+3")).tab().decimal(new BigDecimal("-0.000125")).tab().decimal(null).tab();
		rows.ascii("AB12").tab().ascii(null).endRow();
		assertThat(rows.pending()).isEqualTo("1000\t-0.000125\t\\N\tAB12\t\\N\n");
	}

	@Test
	void aColumnsRepeatedValueIsWrittenEachTimeAndAChangedOneAsItIsNow() throws Exception {
		CopyText rows = new CopyText(null);
		String region = "510104";
		String other = new String("510104".toCharArray());
		rows.repeated(0, region).tab().repeated(1, "地区生产总值").tab().repeated(2, "a\tb").endRow();
		rows.repeated(0, region).tab().repeated(1, "地区生产总值").tab().repeated(2, null).endRow();
		rows.repeated(0, other).tab().repeated(1, "人口").tab().repeated(2, "a\tb").endRow();
		rows.repeated(1, "地区生产总值").endRow();
		assertThat(rows.pending())
			.isEqualTo("510104\t地区生产总值\ta\\tb\n" + "510104\t地区生产总值\t\\N\n" + "510104\t人口\ta\\tb\n" + "地区生产总值\n");
	}

}
