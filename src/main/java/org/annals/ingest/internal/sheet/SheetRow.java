package org.annals.ingest.internal.sheet;

import java.util.List;
import java.util.RandomAccess;

/**
 * One row of a sheet: its non-empty cells in column order.
 *
 * @param index 0-based row index
 * @param cells the non-empty cells, in column order
 */
public record SheetRow(int index, List<Cell> cells) {

	/**
	 * The cell at a column, found by halving (a wide yearbook row has hundreds of cells,
	 * and each is asked for: scanning from the first was most of reading such a table).
	 * @param column 0-based column
	 * @return the cell, or null when empty
	 */
	public Cell cell(int column) {
		if (this.cells instanceof RandomAccess) {
			int low = 0;
			int high = this.cells.size() - 1;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				int at = this.cells.get(middle).column();
				if (at < column) {
					low = middle + 1;
				}
				else if (at > column || (middle > 0 && this.cells.get(middle - 1).column() == column)) {
					high = middle - 1;
				}
				else {
					return this.cells.get(middle);
				}
			}
			return null;
		}
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
