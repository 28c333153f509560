package org.annals.tables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annals.ingest.PublishedFacts;
import org.annals.ingest.StatDataset;
import org.annals.reference.Indicator;
import org.annals.reference.IndicatorCatalog;

/**
 * A compiled table's figures for the open formats (JSON-stat, SDMX-CSV): one per cell, by
 * region, indicator and year. A column of this year's value is the indicator in the
 * table's year, one of last year's value the indicator in the year before, a growth
 * column the indicator's growth rate ({@code <code>_growth} in the catalogue, in %) in
 * the table's year. Each keeps its column's decimals, the cell's status and note, its
 * flags from the lineage, and the source of the fact behind it; the table's footnotes and
 * unit line become the dataset's notes.
 */
public final class TableObservations {

	private final IndicatorCatalog indicators;

	/**
	 * An adapter.
	 * @param indicators the catalogue, for the names and units of the indicators
	 */
	public TableObservations(IndicatorCatalog indicators) {
		this.indicators = indicators;
	}

	/**
	 * The figures of a build.
	 * @param build the stored build, with lineage
	 * @return the figures, row by row and column by column
	 */
	public StatDataset of(TableBuilds.Build build) {
		TableDocument table = build.document();
		List<StatDataset.Observation> observations = new ArrayList<>();
		for (TableDocument.Row row : table.rows()) {
			for (int c = 0; c < table.columns().size() && c < row.cells().size(); c++) {
				observations.add(observation(table, table.columns().get(c), row, row.cells().get(c)));
			}
		}
		List<String> notes = new ArrayList<>();
		if (table.unitLine() != null) {
			notes.add(table.unitLine());
		}
		notes.addAll(table.footnotes());
		return new StatDataset(flowOf(table.id()), table.title(), table.source(), updated(build.builtAt()), notes,
				observations);
	}

	/**
	 * The SDMX dataflow id of a table, e.g. {@code TABLE_MAIN_ECONOMIC_INDICATORS}.
	 * @param tableId the table's id
	 * @return the dataflow id
	 */
	public static String flowOf(String tableId) {
		return "TABLE_" + tableId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
	}

	private StatDataset.Observation observation(TableDocument table, TableColumn column, TableDocument.Row row,
			TableDocument.Cell cell) {
		Indicator indicator = this.indicators.byCode(column.indicatorCode()).orElse(null);
		String code = column.indicatorCode();
		String name = (indicator != null) ? indicator.name() : column.group();
		String unit = (indicator != null) ? indicator.unit() : "";
		int year = table.year();
		if ("previous".equals(column.value())) {
			year = table.year() - 1;
		}
		else if ("growth".equals(column.value())) {
			Indicator growth = (indicator != null) ? this.indicators.growthOf(indicator).orElse(null) : null;
			code = (growth != null) ? growth.code() : code + "_growth";
			name = (growth != null) ? growth.name() : name + column.header();
			unit = "%";
		}
		List<String> flags = new ArrayList<>();
		PublishedFacts.Source own = null;
		for (PublishedFacts.Source source : cell.sources()) {
			if (own == null && "current".equals(source.state())) {
				own = source;
			}
			flags.add(switch (source.state()) {
				case "superseded" -> "revised";
				case "alternative" -> "alternative";
				default -> "";
			});
			if (source.conflict() || "conflict".equals(source.state())) {
				flags.add("conflict");
			}
		}
		return new StatDataset.Observation(row.regionCode(), row.label(), code, name, unit, column.decimals(), year,
				cell.value(), cell.status(), flags, cell.note(), (own != null) ? own.department() : "",
				(own != null) ? own.file() : "", (own != null) ? own.sheet() : "", (own != null) ? own.cell() : "");
	}

	private static String updated(String builtAt) {
		if (builtAt == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(builtAt.replace(' ', 'T')).atZone(ZoneId.systemDefault()).toInstant().toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
