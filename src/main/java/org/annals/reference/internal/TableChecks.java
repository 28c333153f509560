package org.annals.reference.internal;

import java.util.Set;

import org.annals.reference.IndicatorCatalog;
import org.annals.reference.InvalidDescriptorException;
import org.annals.reference.Region;
import org.annals.reference.RegionGazetteer;
import org.annals.reference.TableDefinition;

/**
 * Checks a table definition against the gazetteer and the catalogue, so that a table that
 * names a region, an indicator or a value that does not exist stops Annals at start-up.
 */
public final class TableChecks {

	private static final Set<String> SETS = Set.of("province-and-prefectures", "counties", "list");

	private static final Set<String> VALUES = Set.of("current", "previous", "growth");

	private TableChecks() {
	}

	public static void check(String relative, TableDefinition table, RegionGazetteer regions,
			IndicatorCatalog indicators) {
		if (table.title() == null || table.rows() == null || table.groups().isEmpty()) {
			throw new InvalidDescriptorException(relative, "title, rows and groups are required");
		}
		if (!SETS.contains(table.rows().set())) {
			throw new InvalidDescriptorException(relative,
					"rows.set must be one of " + SETS + ", not " + table.rows().set());
		}
		if ("counties".equals(table.rows().set()) && (table.rows().of() == null
				|| regions.byCode(table.rows().of()).filter((r) -> r.level() == Region.Level.PREFECTURE).isEmpty())) {
			throw new InvalidDescriptorException(relative,
					"rows.of must name a prefecture-level region: " + table.rows().of());
		}
		for (String code : table.rows().regions()) {
			if (regions.byCode(code).isEmpty()) {
				throw new InvalidDescriptorException(relative, "region " + code + " is not in regions.csv");
			}
		}
		if ("list".equals(table.rows().set()) && table.rows().regions().isEmpty()) {
			throw new InvalidDescriptorException(relative, "rows.regions is empty");
		}
		for (TableDefinition.Group group : table.groups()) {
			if (indicators.byCode(group.indicator()).isEmpty()) {
				throw new InvalidDescriptorException(relative,
						"indicator " + group.indicator() + " is not in indicators.yml");
			}
			if (group.columns().isEmpty()) {
				throw new InvalidDescriptorException(relative, "group " + group.indicator() + " has no columns");
			}
			for (TableDefinition.Column column : group.columns()) {
				if (column.header() == null || !VALUES.contains(column.value())) {
					throw new InvalidDescriptorException(relative,
							"a column needs a header and a value of " + VALUES + ": " + column);
				}
				if (column.decimals() < 0 || column.decimals() > 6) {
					throw new InvalidDescriptorException(relative, "decimals must be 0 to 6: " + column);
				}
			}
		}
		if (table.hasEnglish()) {
			checkEnglish(relative, table);
		}
	}

	/**
	 * An English edition is whole: once {@code title_en} is given, every text the Chinese
	 * table prints has its English form.
	 */
	private static void checkEnglish(String relative, TableDefinition table) {
		if (table.titleEn().isBlank()) {
			throw new InvalidDescriptorException(relative, "title_en is empty");
		}
		if (table.unitLine() != null && blank(table.unitLineEn())) {
			throw new InvalidDescriptorException(relative, "the table has a unit_line but no unit_line_en");
		}
		if (table.source() != null && blank(table.sourceEn())) {
			throw new InvalidDescriptorException(relative, "the table has a source but no source_en");
		}
		if (table.footnotesEn().size() != table.footnotes().size()) {
			throw new InvalidDescriptorException(relative, "footnotes_en must have one note per footnote ("
					+ table.footnotes().size() + "), not " + table.footnotesEn().size());
		}
		for (TableDefinition.Group group : table.groups()) {
			if (group.header() != null && blank(group.headerEn())) {
				throw new InvalidDescriptorException(relative,
						"group " + group.indicator() + " has a header but no header_en");
			}
			for (TableDefinition.Column column : group.columns()) {
				if (blank(column.headerEn())) {
					throw new InvalidDescriptorException(relative, "a column needs a header_en: " + column);
				}
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
