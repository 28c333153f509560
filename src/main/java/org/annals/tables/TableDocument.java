package org.annals.tables;

import java.math.BigDecimal;
import java.util.List;

import org.annals.ingest.PublishedFacts;

/**
 * A compiled table as it is stored with its build and exported as JSON: every cell with
 * the facts behind it, and each fact with its department, file, sheet, cell and time.
 *
 * @param id the table definition's id
 * @param year the year
 * @param title the title
 * @param unitLine the unit line
 * @param columns the columns
 * @param rows the rows with lineage
 * @param footnotes the notes
 * @param source the source line
 */
public record TableDocument(String id, int year, String title, String unitLine, List<TableColumn> columns,
		List<Row> rows, List<String> footnotes, String source) {

	/**
	 * A row with lineage.
	 *
	 * @param regionCode the region
	 * @param label the printed label
	 * @param cells the cells
	 */
	public record Row(String regionCode, String label, List<Cell> cells) {
	}

	/**
	 * A cell with lineage.
	 *
	 * @param value the figure
	 * @param display the printed text
	 * @param status its status
	 * @param note the editor's note
	 * @param sources the facts behind it and the other values given for them
	 */
	public record Cell(BigDecimal value, String display, String status, String note,
			List<PublishedFacts.Source> sources) {
	}

	/**
	 * The printable table, without lineage.
	 * @return the table
	 */
	public CompiledTable toCompiled() {
		List<TableRow> printed = this.rows.stream()
			.map((r) -> new TableRow(r.regionCode(), r.label(),
					r.cells()
						.stream()
						.map((c) -> new TableCell(c.value(), c.display(), c.status(), c.note(),
								c.sources()
									.stream()
									.filter((s) -> "current".equals(s.state()) || "conflict".equals(s.state()))
									.map(PublishedFacts.Source::factId)
									.toList()))
						.toList()))
			.toList();
		return new CompiledTable(this.id, this.year, this.title, this.unitLine, this.columns, printed, this.footnotes,
				this.source);
	}

}
