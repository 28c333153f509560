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
 * @param titleEn the English edition's title, with {@code {year}}; null when the table
 * has no English edition
 * @param unitLineEn the English unit line, e.g. Unit: 100 million yuan
 * @param footnotesEn the English footnotes, one per footnote
 * @param sourceEn the English source line
 */
public record TableDefinition(String id, String title, Rows rows, String unitLine, List<Group> groups,
		List<String> footnotes, String source, String titleEn, String unitLineEn, List<String> footnotesEn,
		String sourceEn) {

	static final String FOLDER = "tables";

	public TableDefinition {
		groups = (groups != null) ? List.copyOf(groups) : List.of();
		footnotes = (footnotes != null) ? List.copyOf(footnotes) : List.of();
		footnotesEn = (footnotesEn != null) ? List.copyOf(footnotesEn) : List.of();
	}

	/**
	 * A table without an English edition.
	 * @param id the id
	 * @param title the title
	 * @param rows the rows
	 * @param unitLine the unit line
	 * @param groups the column groups
	 * @param footnotes the footnotes
	 * @param source the source line
	 */
	public TableDefinition(String id, String title, Rows rows, String unitLine, List<Group> groups,
			List<String> footnotes, String source) {
		this(id, title, rows, unitLine, groups, footnotes, source, null, null, null, null);
	}

	TableDefinition withId(String tableId) {
		return new TableDefinition(tableId, this.title, this.rows, this.unitLine, this.groups, this.footnotes,
				this.source, this.titleEn, this.unitLineEn, this.footnotesEn, this.sourceEn);
	}

	/**
	 * Whether the table has an English edition ({@code title_en} given; the checks at
	 * start-up then require every other English text).
	 * @return true when it has one
	 */
	public boolean hasEnglish() {
		return this.titleEn != null;
	}

	/**
	 * The English edition of the definition: the same rows and columns with the English
	 * texts in place of the Chinese ones (a group header left out stays left out, and the
	 * compiler then takes the indicator's English name).
	 * @return the English definition
	 */
	public TableDefinition inEnglish() {
		List<Group> english = this.groups.stream()
			.map((g) -> new Group(g.headerEn(), g.indicator(),
					g.columns().stream().map((c) -> new Column(c.headerEn(), c.value(), c.decimals(), null)).toList(),
					null))
			.toList();
		return new TableDefinition(this.id, this.titleEn, this.rows, this.unitLineEn, english, this.footnotesEn,
				this.sourceEn);
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
	 * @param headerEn the English group header; the indicator's English name when omitted
	 */
	public record Group(String header, String indicator, List<Column> columns, String headerEn) {

		public Group {
			columns = (columns != null) ? List.copyOf(columns) : List.of();
		}

		/**
		 * A group without English header.
		 * @param header the group header
		 * @param indicator the indicator code
		 * @param columns the columns
		 */
		public Group(String header, String indicator, List<Column> columns) {
			this(header, indicator, columns, null);
		}

	}

	/**
	 * One column.
	 *
	 * @param header the column header, {@code {year}} and {@code {previous}} replaced
	 * @param value {@code current} (the year's value), {@code previous} (last year's) or
	 * {@code growth} (growth over last year, in %)
	 * @param decimals decimals printed
	 * @param headerEn the English column header, with {@code {year}} and
	 * {@code {previous}}
	 */
	public record Column(String header, String value, Integer decimals, String headerEn) {

		public Column {
			decimals = (decimals != null) ? decimals : 1;
		}

		/**
		 * A column without English header.
		 * @param header the header
		 * @param value the value
		 * @param decimals the decimals
		 */
		public Column(String header, String value, Integer decimals) {
			this(header, value, decimals, null);
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
