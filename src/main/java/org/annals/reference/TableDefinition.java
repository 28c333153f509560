package org.annals.reference;

import java.util.List;

/**
 * A yearbook table of {@code jobs/tables/*.yml}: its title (with {@code {year}}), its
 * rows (a region set), its column groups (an indicator over columns such as the year's
 * value, last year's value and growth), unit line, decimals, footnotes and source line.
 *
 * @param id the table's id, set from its file name
 * @param title the title, {@code {year}} replaced by the year
 * @param rows which regions make the rows
 * @param unitLine the unit line printed at the right under the title, e.g. 单位：亿元
 * @param groups the column groups, left to right
 * @param footnotes the notes under the table
 * @param source the source line (资料来源)
 */
public record TableDefinition(String id, String title, Rows rows, String unitLine, List<Group> groups,
		List<String> footnotes, String source) {

	static final String FOLDER = "tables";

	public TableDefinition {
		groups = (groups != null) ? List.copyOf(groups) : List.of();
		footnotes = (footnotes != null) ? List.copyOf(footnotes) : List.of();
	}

	TableDefinition withId(String tableId) {
		return new TableDefinition(tableId, this.title, this.rows, this.unitLine, this.groups, this.footnotes,
				this.source);
	}

	/**
	 * The title of a year.
	 * @param year the year
	 * @return e.g. 2022年各市（州）主要经济指标
	 */
	public String titleOf(int year) {
		return this.title.replace("{year}", String.valueOf(year)).replace("{previous}", String.valueOf(year - 1));
	}

	/**
	 * The rows of a table.
	 *
	 * @param set {@code province-and-prefectures} (the province first, then its 市（州） in
	 * code order), {@code counties} (the counties of {@link #of}, the city first), or
	 * {@code list} ({@link #regions} in the order given)
	 * @param of the city of a county table
	 * @param regions the region codes of an explicit list
	 */
	public record Rows(String set, String of, List<String> regions) {

		public Rows {
			regions = (regions != null) ? List.copyOf(regions) : List.of();
		}

	}

	/**
	 * A column group: one indicator over its columns.
	 *
	 * @param header the group header; the indicator's name when omitted
	 * @param indicator the indicator code
	 * @param columns the columns under it
	 */
	public record Group(String header, String indicator, List<Column> columns) {

		public Group {
			columns = (columns != null) ? List.copyOf(columns) : List.of();
		}

	}

	/**
	 * One column.
	 *
	 * @param header the column header, {@code {year}} and {@code {previous}} replaced
	 * @param value {@code current} (the year's value), {@code previous} (last year's) or
	 * {@code growth} (growth over last year, in %)
	 * @param decimals decimals printed
	 */
	public record Column(String header, String value, Integer decimals) {

		public Column {
			decimals = (decimals != null) ? decimals : 1;
		}

		/**
		 * The header of a year.
		 * @param year the year
		 * @return e.g. 2022年
		 */
		public String headerOf(int year) {
			return this.header.replace("{year}", String.valueOf(year)).replace("{previous}", String.valueOf(year - 1));
		}

	}

}
