package org.annals.ingest.internal.sheet;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row's cell at a column: the first with that column, or none, however many cells the
 * row has and whatever list holds them.
 */
class SheetRowTests {

	@Test
	void findsTheCellOfEveryColumnAsAScanFromTheFirstWould() {
		Random random = new Random(7);
		for (int trial = 0; trial < 300; trial++) {
			List<Cell> cells = new ArrayList<>();
			int column = random.nextInt(3);
			for (int i = random.nextInt(40); i > 0; i--) {
				cells.add(new Cell(column, "c" + column + "#" + i, Cell.Kind.TEXT, null));
				column += random.nextInt(4); // 0: the same column again
			}
			SheetRow row = new SheetRow(0, cells);
			SheetRow linked = new SheetRow(0, new LinkedList<>(cells));
			for (int c = -1; c <= column + 1; c++) {
				Cell expected = firstAt(cells, c);
				assertThat(row.cell(c)).as("column %d of %s", c, cells).isSameAs(expected);
				assertThat(linked.cell(c)).isSameAs(expected);
				assertThat(row.text(c)).isEqualTo((expected != null) ? expected.text() : "");
			}
		}
	}

	private static Cell firstAt(List<Cell> cells, int column) {
		return cells.stream().filter((cell) -> cell.column() == column).findFirst().orElse(null);
	}

}
