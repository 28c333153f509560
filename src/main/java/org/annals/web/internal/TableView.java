package org.annals.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.annals.tables.CompiledTable;
import org.annals.tables.TableColumn;
import org.annals.tables.TableDocument;

/**
 * A compiled table laid out for an HTML preview that looks like the printed page: the
 * header rows with their spans, as the XLSX merges them.
 *
 * @param document the table with lineage
 * @param top the first header row (after the region header)
 * @param second the second header row, empty for a one-row header
 */
public record TableView(TableDocument document, List<HeaderCell> top, List<HeaderCell> second) {

	/**
	 * A header cell.
	 *
	 * @param text its text
	 * @param colspan columns it spans
	 * @param rowspan rows it spans
	 */
	public record HeaderCell(String text, int colspan, int rowspan) {
	}

	static TableView of(TableDocument document) {
		CompiledTable table = document.toCompiled();
		boolean two = table.twoHeaderRows();
		List<HeaderCell> top = new ArrayList<>();
		List<HeaderCell> second = new ArrayList<>();
		List<TableColumn> columns = table.columns();
		int i = 0;
		while (i < columns.size()) {
			TableColumn column = columns.get(i);
			if (!two || column.group() == null) {
				top.add(new HeaderCell(column.header(), 1, two ? 2 : 1));
				i++;
				continue;
			}
			int span = 1;
			while (i + span < columns.size() && Objects.equals(columns.get(i + span).group(), column.group())) {
				span++;
			}
			top.add(new HeaderCell(column.group(), span, 1));
			for (int j = i; j < i + span; j++) {
				second.add(new HeaderCell(columns.get(j).header(), 1, 1));
			}
			i += span;
		}
		return new TableView(document, top, second);
	}

	/**
	 * How many header rows the table prints.
	 * @return 1 or 2
	 */
	public int headerRows() {
		return this.second.isEmpty() ? 1 : 2;
	}

}
