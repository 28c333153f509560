package org.annals.support;

/**
 * Text written to CSV for people who open it in a spreadsheet: a cell that a spreadsheet
 * would execute (leading {@code = + - @}, TAB or CR) gets a leading apostrophe. Plain
 * decimals are numbers and are left alone. What is stored stays verbatim.
 */
public final class CsvText {

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
		char first = text.charAt(0);
		boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return trigger ? "'" + text : text;
	}

}
