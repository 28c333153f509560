package org.annals.ingest.sheet;

import java.util.List;

/**
 * One row of a sheet: its non-empty cells in column order.
 *
 * @param index 0-based row index
 * @param cells the non-empty cells, in column order
 */
public record SheetRow(int index, List<Cell> cells) {

	/**
	 * The cell at a column.
	 * @param column 0-based column
	 * @return the cell, or null when empty
	 */
	public Cell cell(int column) {
		for (Cell cell : this.cells) {
			if (cell.column() == column) {
				return cell;
			}
			if (cell.column() > column) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The text at a column.
	 * @param column 0-based column
	 * @return the text, or an empty string
	 */
	public String text(int column) {
		Cell cell = cell(column);
		return (cell != null) ? cell.text() : "";
	}

	/**
	 * How many cells hold something other than white space.
	 * @return the count
	 */
	public int filledCount() {
		int count = 0;
		for (Cell cell : this.cells) {
			if (!org.annals.support.Text.isBlank(cell.text())) {
				count++;
			}
		}
		return count;
	}

}
