package org.annals.tables;

import java.util.List;

/**
 * One row of a compiled table: a region and its figures, one per column.
 *
 * @param regionCode the GB/T 2260 code
 * @param label the region as the yearbook prints it (全省, 成都市, 阿坝州)
 * @param cells the figures, one per column
 */
public record TableRow(String regionCode, String label, List<TableCell> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

}
