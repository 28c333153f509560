package org.annals.ingest.internal.normalize;

import java.math.BigDecimal;

import org.annals.ingest.internal.normalize.NumberParser.Parsed;
import org.annals.ingest.internal.sheet.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTests {

	@Test
	void plainDecimalTextIsReadExactly() {
		assertNumber(NumberParser.parse("1722.4316"), "1722.4316");
	}

	@Test
	void fullWidthDigitsAreRead() {
		assertNumber(NumberParser.parse("１２３.４"), "123.4");
	}

	@Test
	void fullWidthDecimalPointIsRead() {
		assertNumber(NumberParser.parse("１２３．４"), "123.4");
	}

	@Test
	void fullWidthMinusIsRead() {
		assertNumber(NumberParser.parse("－５"), "-5");
	}

	@Test
	void fullWidthThousandsSeparatorsAreIgnored() {
		assertNumber(NumberParser.parse("１，２３４．５"), "1234.5");
	}

	@Test
	void thousandsSeparatorsAreIgnored() {
		assertNumber(NumberParser.parse("1,234.5"), "1234.5");
	}

	@Test
	void quotedNumberWithThousandsSeparatorsIsRead() {
		assertNumber(NumberParser.parse("\"4,128,000\""), "4128000");
	}

	@Test
	void spacesBetweenDigitGroupsAreIgnored() {
		assertNumber(NumberParser.parse("4 128\u00A0000"), "4128000");
	}

	@Test
	void leadingApostropheOfANumberStoredAsTextIsIgnored() {
		assertNumber(NumberParser.parse("'2345.6"), "2345.6");
	}

	@Test
	void paddingAroundANumberIsIgnored() {
		assertNumber(NumberParser.parse("\u3000 12.5\t"), "12.5");
	}

	@Test
	void explicitPlusSignIsRead() {
		assertNumber(NumberParser.parse("+3.2"), "3.2");
	}

	@ParameterizedTest
	@CsvSource({ "3456.7*, 3456.7", "12.5①, 12.5", "8.1#, 8.1", "5.6△, 5.6", "7.2¹, 7.2", "6.3⑳, 6.3",
			"3456.7＊, 3456.7", "12.5①②, 12.5" })
	void footnoteMarkersAfterANumberAreIgnored(String written, String expected) {
		assertNumber(NumberParser.parse(written), expected);
	}

	@Test
	void percentSignAfterARateIsIgnored() {
		assertNumber(NumberParser.parse("5.2%"), "5.2");
		assertNumber(NumberParser.parse("5.2％"), "5.2");
	}

	@Test
	void smallFormMinusIsRead() {
		assertNumber(NumberParser.parse("\uFE633.2"), "-3.2");
	}

	@Test
	void mathematicalMinusIsRead() {
		assertNumber(NumberParser.parse("\u22123.2"), "-3.2");
	}

	@Test
	void enDashBeforeDigitsIsAMinus() {
		assertNumber(NumberParser.parse("\u20133.2"), "-3.2");
	}

	@ParameterizedTest
	@CsvSource({ "1.5E3, 1500", "1.5e-3, 0.0015", "1.23E+05, 123000", "２.５Ｅ３, 2500", "-4E2, -400" })
	void exponentFormsAreRead(String written, String expected) {
		assertNumber(NumberParser.parse(written), expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "—", "——", "…", "……", "⋯", "―", "─", "-", "--", "－", "\uFE63", "", " ", "\u3000",
			"\u3000\u3000", "\u00A0", "\t", "\u3000—\u3000", " - " })
	void notAvailableFormsAreNotAvailableNeverZero(String written) {
		Parsed parsed = NumberParser.parse(written);
		assertThat(parsed.kind()).isEqualTo(Parsed.Kind.NOT_AVAILABLE);
		assertThat(parsed.value()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "约3.5", "待核实", "3.5万", "—3", "3—", "…3", "1.2.3", "3.2-", "--5", "E5", "1E", ".", "N/A",
			"无", "*", "(3.2)", "3.5亿元", "-—" })
	void textThatIsNotAFigureIsInvalid(String written) {
		Parsed parsed = NumberParser.parse(written);
		assertThat(parsed.kind()).isEqualTo(Parsed.Kind.INVALID);
		assertThat(parsed.value()).isNull();
	}

	@Test
	void missingCellIsNotAvailable() {
		Parsed parsed = NumberParser.parse((Cell) null);
		assertThat(parsed.kind()).isEqualTo(Parsed.Kind.NOT_AVAILABLE);
		assertThat(parsed.value()).isNull();
	}

	@Test
	void numberCellIsRoundedToTheFifteenDigitsExcelShows() {
		Parsed parsed = NumberParser.parse(number("2345.6000000000004"));
		assertNumber(parsed, "2345.6");
	}

	@Test
	void numberCellBinaryNoiseBelowOneIsRounded() {
		assertNumber(NumberParser.parse(number("0.30000000000000004")), "0.3");
	}

	@Test
	void numberCellWithinFifteenDigitsKeepsEveryDigit() {
		Parsed parsed = NumberParser.parse(number("1722.43160000001"));
		assertThat(parsed.value().toPlainString()).isEqualTo("1722.43160000001");
	}

	@Test
	void numberCellInExponentFormIsRead() {
		assertNumber(NumberParser.parse(number("1.0E7")), "10000000");
	}

	@Test
	void negativeNumberCellIsRead() {
		assertNumber(NumberParser.parse(number(" -3.5 ")), "-3.5");
	}

	@Test
	void numberStoredAsTextIsReadLikeANumberCell() {
		assertNumber(NumberParser.parse(new Cell(2, "2345.6", Cell.Kind.TEXT, null)), "2345.6");
	}

	@Test
	void textCellIsNormalisedLikeText() {
		assertNumber(NumberParser.parse(new Cell(2, "１，２３４．５①", Cell.Kind.TEXT, null)), "1234.5");
	}

	@Test
	void textCellHoldingADashIsNotAvailable() {
		Parsed parsed = NumberParser.parse(new Cell(2, "—", Cell.Kind.TEXT, null));
		assertThat(parsed.kind()).isEqualTo(Parsed.Kind.NOT_AVAILABLE);
		assertThat(parsed.value()).isNull();
	}

	@Test
	void booleanCellIsInvalid() {
		assertThat(NumberParser.parse(new Cell(2, "TRUE", Cell.Kind.BOOLEAN, null)).kind())
			.isEqualTo(Parsed.Kind.INVALID);
	}

	@Test
	void errorCellIsInvalid() {
		assertThat(NumberParser.parse(new Cell(2, "#DIV/0!", Cell.Kind.ERROR, "A1/B1")).kind())
			.isEqualTo(Parsed.Kind.INVALID);
	}

	@Test
	void numberCellThatIsNotDigitsIsInvalid() {
		assertThat(NumberParser.parse(number("abc")).kind()).isEqualTo(Parsed.Kind.INVALID);
	}

	@Test
	void formulaCellIsReadFromItsCachedResult() {
		assertNumber(NumberParser.parse(new Cell(3, "3501.0", Cell.Kind.NUMBER, "SUM(B2:B22)")), "3501");
	}

	private static Cell number(String stored) {
		return new Cell(1, stored, Cell.Kind.NUMBER, null);
	}

	private static void assertNumber(Parsed parsed, String expected) {
		assertThat(parsed.kind()).isEqualTo(Parsed.Kind.NUMBER);
		assertThat(parsed.value()).isEqualByComparingTo(new BigDecimal(expected));
		// Stored facts drop trailing zeros, so this is the figure a user sees.
		assertThat(parsed.value().stripTrailingZeros().toPlainString()).isEqualTo(expected);
	}

}
