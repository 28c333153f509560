package org.annals.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annals.support.Messages;

/**
 * A yearbook table compiled from the current facts of a year, ready to print.
 *
 * @param id the table definition's id
 * @param year the year
 * @param title the title, e.g. 2022年各市（州）主要经济指标
 * @param unitLine the unit line, e.g. 单位：亿元, or null
 * @param columns the columns, left to right (after the region column, headed 地区)
 * @param rows the rows, top to bottom
 * @param footnotes the notes under the table
 * @param source the source line, e.g. 资料来源：四川省统计局, or null
 */
public record CompiledTable(String id, int year, String title, String unitLine, List<TableColumn> columns,
		List<TableRow> rows, List<String> footnotes, String source) {

	/** The header of the region column. */
	public static final String REGION_HEADER = Messages.get(Messages.CHINESE, "tables.regionHeader");

	/**
	 * The header of the region column in a language.
	 * @param locale the language
	 * @return 地区, or Region in English
	 */
	public static String regionHeader(Locale locale) {
		return Messages.get(locale, "tables.regionHeader");
	}

	public CompiledTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		footnotes = List.copyOf(footnotes);
	}

	/**
	 * The figures whose source value has more decimals than their column prints, each
	 * named by table, column, region and figure, so that the editor sees what rounding
	 * hides (or widens the column's {@code decimals} in {@code jobs/tables/}).
	 * @return one line per such figure, in Chinese and English
	 */
	public List<String> precisionWarnings() {
		List<String> warnings = new ArrayList<>();
		for (TableRow row : this.rows) {
			for (int c = 0; c < row.cells().size() && c < this.columns.size(); c++) {
				TableColumn column = this.columns.get(c);
				TableCell cell = row.cells().get(c);
				if (cell.value() == null) {
					continue;
				}
				BigDecimal exact = cell.value().stripTrailingZeros();
				int decimals = Math.max(0, exact.scale());
				if (decimals > column.decimals()) {
					String header = (column.group() != null) ? column.group() + " " + column.header() : column.header();
					warnings.add(Messages.get("tables.precision", this.title, this.id, header, row.label(), exact,
							decimals, column.decimals(), cell.display()));
				}
			}
		}
		return warnings;
	}

	/**
	 * Whether any column has a group header, so that the table prints two header rows.
	 * @return true for two header rows
	 */
	public boolean twoHeaderRows() {
		return this.columns.stream().anyMatch((c) -> c.group() != null);
	}

}
