package org.annals.ingest.internal.normalize;

import org.annals.support.Text;

/**
 * Finds a year as offices write it: {@code 2018}, {@code "2018"}, {@code 2018年}, or in a
 * title such as {@code 2022年各市（州）主要经济指标}.
 */
public final class Years {

	private static final int FIRST = 1949;

	private static final int LAST = 2100;

	private Years() {
	}

	/**
	 * A cell or header that is only a year: {@code 2018}, {@code "2018"}, {@code 2018年},
	 * {@code 2018年末}, {@code 2018年度}.
	 * @param text the text
	 * @return the year, or 0 when the text is not a year
	 */
	public static int exact(String text) {
		String s = Text.fold(text).replace("\"", "");
		if (s.length() < 4) {
			return 0;
		}
		int year = digits(s, 0);
		if (year == 0) {
			return 0;
		}
		String rest = s.substring(4);
		if (rest.isEmpty() || rest.equals("年") || rest.equals("年末") || rest.equals("年度") || rest.equals("年底")
				|| rest.equals(".0")) {
			return year;
		}
		return 0;
	}

	/**
	 * The first {@code NNNN年} in a text such as a title, sheet name or file name; a range
	 * such as {@code 2018—2022年} or {@code 2018年至2022年} is not one year, nor is an amount
	 * such as {@code 2000万元}. White space separates, so a table number before the year
	 * ({@code 表3-1 2022年}) does not run into it.
	 * @param text the text
	 * @return the year, or 0
	 */
	public static int within(String text) {
		String s = spaced(text);
		for (int i = 0; i + 4 <= s.length(); i++) {
			int year = digits(s, i);
			int end = i + 4;
			if (year == 0 || (i > 0 && isDigit(s.charAt(i - 1))) || (end < s.length() && isDigit(s.charAt(end)))) {
				continue;
			}
			boolean marked = end < s.length() && s.charAt(end) == '年';
			if (!marked && end < s.length() && Character.isLetter(s.charAt(end))) {
				continue;
			}
			if (!isRange(before(s, i)) && !isRange(after(s, marked ? end + 1 : end))) {
				return year;
			}
		}
		return 0;
	}

	private static String spaced(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = Text.halfWidth(text.charAt(i));
			out.append((Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') ? ' ' : c);
		}
		return out.toString();
	}

	private static char before(String s, int index) {
		int i = index - 1;
		while (i >= 0 && s.charAt(i) == ' ') {
			i--;
		}
		return (i >= 0) ? s.charAt(i) : ' ';
	}

	private static char after(String s, int index) {
		int i = index;
		while (i < s.length() && s.charAt(i) == ' ') {
			i++;
		}
		return (i < s.length()) ? s.charAt(i) : ' ';
	}

	private static boolean isRange(char c) {
		return c == '\u2014' || c == '\u2013' || c == '-' || c == '~' || c == '\u301C' || c == '至' || c == '到';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int digits(String s, int from) {
		if (from + 4 > s.length()) {
			return 0;
		}
		int year = 0;
		for (int i = from; i < from + 4; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return 0;
			}
			year = year * 10 + (c - '0');
		}
		return (year >= FIRST && year <= LAST) ? year : 0;
	}

}
