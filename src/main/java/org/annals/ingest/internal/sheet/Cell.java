package org.annals.ingest.internal.sheet;

/**
 * One cell as the file holds it: its text exactly as stored (a number cell's stored
 * digits, a text cell's characters), never evaluated or reformatted.
 *
 * @param column 0-based column
 * @param text the stored text; for a formula, its cached result
 * @param kind what kind of cell it is
 * @param formula the formula text of a formula cell, else null
 */
public record Cell(int column, String text, Kind kind, String formula) {

	/**
	 * The letters of the first columns, made once: every fact's reference starts with
	 * them.
	 */
	private static final String[] NAMES = new String[1024];

	static {
		for (int i = 0; i < NAMES.length; i++) {
			NAMES[i] = name(i);
		}
	}

	/**
	 * A cell's kind.
	 */
	public enum Kind {

		/** A number cell. */
		NUMBER,
		/** A number cell formatted as a date (an Excel serial number). */
		DATE,
		/** Text, including numbers typed as text. */
		TEXT,
		/** TRUE or FALSE. */
		BOOLEAN,
		/** An error value such as {@code #DIV/0!}. */
		ERROR,
		/**
		 * Text that held a control character other than a tab or a line end, NUL above
		 * all, which no table means and PostgreSQL refuses: each is shown by its visible
		 * symbol (␀ for NUL), and the cell is reported, never loaded.
		 */
		CONTROL_CHARACTER

	}

	/**
	 * The A1-style reference of a cell.
	 * @param column 0-based column
	 * @param row 0-based row
	 * @return e.g. {@code B12}
	 */
	public static String reference(int column, int row) {
		return columnName(column).concat(Integer.toString(row + 1));
	}

	/**
	 * The letters of a column.
	 * @param column 0-based column
	 * @return e.g. {@code AB}
	 */
	public static String columnName(int column) {
		return (column >= 0 && column < NAMES.length) ? NAMES[column] : name(column);
	}

	private static String name(int column) {
		StringBuilder name = new StringBuilder();
		int c = column + 1;
		while (c > 0) {
			int rem = (c - 1) % 26;
			name.insert(0, (char) ('A' + rem));
			c = (c - 1) / 26;
		}
		return name.toString();
	}

	/**
	 * The 0-based column of an A1-style reference such as {@code AB12}.
	 * @param reference the reference
	 * @return the column, or -1 when the reference has no letters
	 */
	public static int columnOf(String reference) {
		int column = 0;
		int i = 0;
		while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			i++;
		}
		return column - 1;
	}

}
