package org.annals.ingest.internal.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's merged ranges ({@code <mergeCells>} of an xlsx sheet, {@code MERGEDCELLS}
 * records of an xls one) applied to its rows as a person reads them: the text of a merged
 * range's top-left cell stands in every empty cell of the range, so that a region merged
 * over several rows labels each of them and a group header merged over several columns
 * heads each. A range of a line that holds nothing else (a title, a unit line, a note
 * spanning the table) stays one text, and a figure is never copied: only text spreads.
 * Rows must come in ascending order, as the readers give them.
 */
final class MergedCells {

	/** Ranges kept at most; a sheet with more is read as if it had none beyond. */
	static final int LIMIT = 100_000;

	static final MergedCells NONE = new MergedCells(List.of());

	private final List<CellRangeAddress> ranges;

	private final List<CellRangeAddress> active = new ArrayList<>();

	private final Map<CellRangeAddress, Cell> topLeft = new HashMap<>();

	private int next;

	MergedCells(List<CellRangeAddress> ranges) {
		List<CellRangeAddress> useful = new ArrayList<>(Math.min(ranges.size(), LIMIT));
		for (CellRangeAddress range : ranges) {
			if (useful.size() < LIMIT && range.getNumberOfCells() > 1 && range.getFirstRow() >= 0
					&& range.getFirstColumn() >= 0) {
				useful.add(range);
			}
		}
		useful.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
		this.ranges = useful;
	}

	/**
	 * The row with the merged texts spread over their ranges.
	 * @param row a row as the file holds it
	 * @return the row as a person reads it
	 */
	SheetRow apply(SheetRow row) {
		if (this.ranges.isEmpty()) {
			return row;
		}
		int index = row.index();
		this.active.removeIf((range) -> range.getLastRow() < index);
		while (this.next < this.ranges.size() && this.ranges.get(this.next).getFirstRow() <= index) {
			CellRangeAddress range = this.ranges.get(this.next++);
			if (range.getLastRow() >= index) {
				this.active.add(range);
			}
		}
		List<Cell> added = null;
		for (CellRangeAddress range : this.active) {
			if (range.getFirstRow() == index) {
				Cell first = row.cell(range.getFirstColumn());
				if (first != null && first.kind() == Cell.Kind.TEXT && !first.text().isBlank()) {
					this.topLeft.put(range, first);
				}
			}
			Cell text = this.topLeft.get(range);
			if (text != null && hasCellOutside(row, range)) {
				added = spread(row, range, text, added);
			}
		}
		if (added == null) {
			return row;
		}
		added.addAll(row.cells());
		added.sort(Comparator.comparingInt(Cell::column));
		return new SheetRow(index, List.copyOf(added));
	}

	private static List<Cell> spread(SheetRow row, CellRangeAddress range, Cell text, List<Cell> added) {
		List<Cell> cells = added;
		for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
			if (row.cell(column) == null) {
				cells = (cells != null) ? cells : new ArrayList<>();
				cells.add(new Cell(column, text.text(), Cell.Kind.TEXT, null));
			}
		}
		return cells;
	}

	private static boolean hasCellOutside(SheetRow row, CellRangeAddress range) {
		for (Cell cell : row.cells()) {
			if ((cell.column() < range.getFirstColumn() || cell.column() > range.getLastColumn())
					&& !cell.text().isBlank()) {
				return true;
			}
		}
		return false;
	}

}
