package org.annals.ingest.normalize;

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
	 * such as {@code 2018—2022年} is not one year.
	 * @param text the text
	 * @return the year, or 0
	 */
	public static int within(String text) {
		String s = Text.fold(text);
		for (int i = 0; i + 4 < s.length() + 1; i++) {
			int year = digits(s, i);
			boolean bounded = (i == 0 || !Character.isDigit(s.charAt(i - 1)))
					&& (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)));
			if (year != 0 && bounded) {
				char before = (i > 0) ? s.charAt(i - 1) : ' ';
				boolean rangeEnd = before == '—' || before == '-' || before == '~' || before == '至';
				boolean rangeStart = i + 4 < s.length() && "—-~至".indexOf(s.charAt(i + 4)) >= 0;
				if (!rangeEnd && !rangeStart) {
					return year;
				}
			}
		}
		return 0;
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
