package org.annals.ingest.internal.normalize;

import org.annals.support.Text;

import java.math.BigDecimal;
import java.math.MathContext;

import org.annals.ingest.internal.sheet.Cell;

/**
 * Reads a figure as offices write it: full-width digits and punctuation, thousands
 * separators, footnote markers ({@code *}, {@code ①}), the small-form minus {@code ﹣},
 * numbers stored as text. {@code —}, {@code …}, {@code -} and an empty cell mean not
 * available, never zero. No regular expressions: this runs once per cell.
 */
public final class NumberParser {

	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private NumberParser() {
	}

	/**
	 * What a cell holds.
	 *
	 * @param kind number, not available, or invalid
	 * @param value the number, when it is one
	 */
	public record Parsed(Kind kind, BigDecimal value) {

		static final Parsed NOT_AVAILABLE = new Parsed(Kind.NOT_AVAILABLE, null);

		static final Parsed INVALID = new Parsed(Kind.INVALID, null);

		/**
		 * The kinds of content.
		 */
		public enum Kind {

			/** A number. */
			NUMBER,
			/** Not available (—, …, -, empty). */
			NOT_AVAILABLE,
			/** Not a number. */
			INVALID

		}

	}

	/**
	 * Parses a cell.
	 * @param cell the cell, may be null (empty)
	 * @return what it holds
	 */
	public static Parsed parse(Cell cell) {
		if (cell == null) {
			return Parsed.NOT_AVAILABLE;
		}
		if (cell.kind() == Cell.Kind.NUMBER || cell.kind() == Cell.Kind.DATE) {
			try {
				BigDecimal value = new BigDecimal(cell.text().trim());
				if (value.precision() > 15) {
					value = value.round(EXCEL_DIGITS);
				}
				return new Parsed(Parsed.Kind.NUMBER, value);
			}
			catch (NumberFormatException ex) {
				return Parsed.INVALID;
			}
		}
		if (cell.kind() != Cell.Kind.TEXT) {
			return Parsed.INVALID;
		}
		return parse(cell.text());
	}

	/**
	 * Parses text.
	 * @param text the text
	 * @return what it holds
	 */
	public static Parsed parse(String text) {
		StringBuilder digits = new StringBuilder(text.length());
		boolean seenDigit = false;
		for (int i = 0; i < text.length(); i++) {
			char c = Text.halfWidth(text.charAt(i));
			if (c >= '0' && c <= '9') {
				digits.append(c);
				seenDigit = true;
			}
			else if (c == '.' || c == 'E' || c == 'e' || c == '+') {
				digits.append(c);
			}
			else if (c == '-' || c == '\uFE63' || c == '\u2212' || c == '\u2013') {
				digits.append('-');
			}
			else if (c == ',' || c == '\u3001' || isSpace(c) || c == '"' || c == '\'') {
				continue;
			}
			else if (isFootnoteMarker(c) && seenDigit) {
				continue;
			}
			else if (isNotAvailableMark(c)) {
				digits.append('…');
			}
			else {
				return Parsed.INVALID;
			}
		}
		String s = digits.toString();
		if (s.isEmpty() || isAll(s, '…') || isAll(s, '-')) {
			return Parsed.NOT_AVAILABLE;
		}
		if (s.indexOf('…') >= 0) {
			return Parsed.INVALID;
		}
		try {
			return new Parsed(Parsed.Kind.NUMBER, new BigDecimal(s));
		}
		catch (NumberFormatException ex) {
			return Parsed.INVALID;
		}
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
	}

	private static boolean isFootnoteMarker(char c) {
		return c == '*' || c == '#' || c == '\u25B3' || (c >= '\u2460' && c <= '\u2473') || c == '\u00B9'
				|| c == '\u00B2' || c == '\u00B3' || c == '%';
	}

	private static boolean isNotAvailableMark(char c) {
		return c == '\u2014' || c == '\u2026' || c == '\u22EF' || c == '\u2015' || c == '\u2500';
	}

	private static boolean isAll(String s, char c) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) != c) {
				return false;
			}
		}
		return true;
	}

}
