package org.annals.ingest.internal.sheet;

/**
 * Keeps control characters out of what readers hand on. A C0 control other than a tab or
 * a line end (NUL above all) is no text a table means, and PostgreSQL refuses NUL in
 * text: a cell holding one is handed on as a {@link Cell.Kind#CONTROL_CHARACTER} cell,
 * each control shown by its visible symbol (␀ for NUL), so that its row is reported and
 * the rest of the file loads (issue 19 point 2, RELIABILITY #30). Clean text, nearly all,
 * is handed on as it is, without a copy.
 */
final class CellText {

	/** U+2400, SYMBOL FOR NULL: the Control Pictures block shows C0 controls in order. */
	private static final char PICTURES = '\u2400';

	private CellText() {
	}

	/**
	 * A text cell, or a control-character cell when its text holds one.
	 * @param column the 0-based column
	 * @param text the text
	 * @param formula the formula, or null
	 * @return the cell
	 */
	static Cell text(int column, String text, String formula) {
		return hasControl(text) ? new Cell(column, visible(text), Cell.Kind.CONTROL_CHARACTER, formula)
				: new Cell(column, text, Cell.Kind.TEXT, formula);
	}

	/**
	 * Whether a text holds a control character other than a tab or a line end.
	 * @param text the text
	 * @return whether it does
	 */
	static boolean hasControl(String text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with each control character other than a tab or a line end shown by its
	 * visible symbol: for a name (a sheet's) that is only shown, never loaded as data.
	 * @param text the text
	 * @return the text, the same string when it holds none
	 */
	static String visible(String text) {
		if (!hasControl(text)) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				chars[i] = (char) (PICTURES + c);
			}
		}
		return new String(chars);
	}

}
