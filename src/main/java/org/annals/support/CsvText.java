package org.annals.support;

import java.util.regex.Pattern;

/**
 * Text written to CSV for people who open it in a spreadsheet (RELIABILITY #9, OWASP's
 * CSV injection). A text cell that a spreadsheet would execute or split (leading
 * {@code = + - @}, TAB, CR or LF) gets a leading apostrophe, even when it reads as a
 * number ({@code -2} as a title stays text). A figure cell keeps a plain decimal such as
 * {@code -12.5} as it is, a number. NUL is removed wherever it is: it is never text a
 * person typed, PostgreSQL cannot store it, and tools that read C strings end the cell
 * (or the file) there, so that what follows it could start a cell of its own, which no
 * apostrophe would guard. Every CSV writer of the project passes each text cell through
 * here; what is stored stays verbatim.
 */
public final class CsvText {

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private CsvText() {
	}

	/**
	 * Neutralises one text cell.
	 * @param text the text, may be null
	 * @return the safe text, never null
	 */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String cell = (text.indexOf('\0') >= 0) ? text.replace("\0", "") : text;
		if (cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '\n';
		return trigger ? "'" + cell : cell;
	}

	/**
	 * Neutralises one figure cell: a plain decimal ({@code -12.5}, {@code 0}) is a number
	 * and stays as it is; anything else ({@code …}, a note) is text.
	 * @param figure the figure as printed, may be null
	 * @return the safe figure, never null
	 */
	public static String figure(String figure) {
		return (figure != null && PLAIN_DECIMAL.matcher(figure).matches()) ? figure : neutralise(figure);
	}

}
