package org.annals.ingest.internal.sheet;

/**
 * Holds the cells of the row being read to {@link ReadLimits}: a cell's characters, the
 * row's characters in all and its cells. It adds nothing per cell but a few sums; where a
 * limit is passed, the file is refused naming the cell or row.
 */
final class RowCheck {

	private final ReadLimits limits;

	private final int cellChars;

	private final int rowChars;

	private final int rowCells;

	private String sheet;

	private int row;

	private long chars;

	private int cells;

	RowCheck(ReadLimits limits) {
		this.limits = limits;
		this.cellChars = limits.cellChars();
		this.rowChars = limits.rowChars();
		this.rowCells = limits.rowCells();
	}

	/**
	 * Starts a row.
	 * @param sheet the sheet's name
	 * @param row the 0-based row index
	 */
	void start(String sheet, int row) {
		this.sheet = sheet;
		this.row = row;
		this.chars = 0;
		this.cells = 0;
	}

	/**
	 * Checks a cell's text of the row.
	 * @param column the 0-based column
	 * @param text the text
	 * @return the text
	 * @throws RejectedFileException over a limit
	 */
	String cell(int column, String text) {
		int length = text.length();
		if (length > this.cellChars) {
			throw this.limits.cellTooLong(this.sheet, Cell.reference(Math.max(column, 0), this.row));
		}
		this.chars += length;
		if (this.chars > this.rowChars) {
			throw this.limits.rowTooLong(this.sheet, this.row + 1);
		}
		if (++this.cells > this.rowCells) {
			throw this.limits.rowTooWide(this.sheet, this.row + 1);
		}
		return text;
	}

	/**
	 * Checks text that is still being gathered for one cell, such as the runs of an
	 * inline string.
	 * @param column the 0-based column
	 * @param length its characters so far
	 * @throws RejectedFileException over the limit of a cell
	 */
	void growing(int column, int length) {
		if (length > this.cellChars) {
			throw this.limits.cellTooLong(this.sheet, Cell.reference(Math.max(column, 0), this.row));
		}
	}

}
