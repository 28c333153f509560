package org.annals.tables;

import java.util.List;

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
	public static final String REGION_HEADER = "地区";

	public CompiledTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		footnotes = List.copyOf(footnotes);
	}

	/**
	 * Whether any column has a group header, so that the table prints two header rows.
	 * @return true for two header rows
	 */
	public boolean twoHeaderRows() {
		return this.columns.stream().anyMatch((c) -> c.group() != null);
	}

}
