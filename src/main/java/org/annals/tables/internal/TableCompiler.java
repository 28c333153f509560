package org.annals.tables.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annals.reference.Indicator;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;
import org.annals.reference.TableDefinition;
import org.annals.tables.CompiledTable;
import org.annals.tables.TableCell;
import org.annals.tables.TableColumn;
import org.annals.ingest.PublishedFacts;
import org.annals.tables.TableRow;
import org.annals.support.Messages;

/**
 * Compiles a table definition from the current facts of a year: the year's value, last
 * year's value, and growth as submitted, or computed from the two values where none was
 * submitted and the growth may be derived (never one at comparable prices, such as GDP
 * growth, nor one a department reported as not available). Where a submitted growth
 * differs beyond rounding from the nominal growth (for indicators whose growth is
 * nominal), the cell carries a note for the editor. A missing value prints as {@code …},
 * never as 0; a provisional value keeps its flag. The rows are the divisions of the
 * table's year; last year's value of a renamed division is its former code's, and a
 * footnote names the divisions whose area changed between the two years.
 */
public final class TableCompiler {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ReferenceData reference;

	/**
	 * Creates a compiler.
	 * @param reference the reference data
	 */
	public TableCompiler(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * The indicators (and their growth indicators) a definition needs.
	 * @param definition the definition
	 * @return the indicator codes
	 */
	public List<String> indicators(TableDefinition definition) {
		List<String> codes = new ArrayList<>();
		for (TableDefinition.Group group : definition.groups()) {
			codes.add(group.indicator());
			this.reference.indicators()
				.byCode(group.indicator())
				.flatMap((i) -> this.reference.indicators().growthOf(i))
				.ifPresent((g) -> codes.add(g.code()));
		}
		return codes;
	}

	/**
	 * Compiles a table.
	 * @param definition the definition
	 * @param year the year
	 * @param facts the current facts of the year and the year before, by
	 * {@code region|indicator|year}
	 * @return the table
	 */
	public CompiledTable compile(TableDefinition definition, int year, Map<String, PublishedFacts.Fact> facts) {
		List<TableColumn> columns = new ArrayList<>();
		for (TableDefinition.Group group : definition.groups()) {
			Indicator indicator = this.reference.indicators().byCode(group.indicator()).orElseThrow();
			String groupHeader = (group.header() != null) ? group.header() : indicator.name();
			boolean grouped = group.columns().size() > 1 || group.header() != null;
			for (TableDefinition.Column column : group.columns()) {
				columns.add(new TableColumn(grouped ? groupHeader : null, column.headerOf(year), indicator.code(),
						column.value(), column.decimals()));
			}
		}
		List<TableRow> rows = new ArrayList<>();
		List<Region> regions = regions(definition, year);
		for (Region region : regions) {
			List<TableCell> cells = new ArrayList<>();
			for (TableColumn column : columns) {
				cells.add(cell(region, column, year, facts));
			}
			rows.add(new TableRow(region.code(), label(region, definition), cells));
		}
		List<String> footnotes = new ArrayList<>(definition.footnotes());
		areaChangeNote(definition, regions, columns, year).ifPresent(footnotes::add);
		return new CompiledTable(definition.id(), year, definition.titleOf(year), definition.unitLine(), columns, rows,
				footnotes, definition.source());
	}

	private TableCell cell(Region region, TableColumn column, int year, Map<String, PublishedFacts.Fact> facts) {
		PublishedFacts.Fact current = facts.get(PublishedFacts.key(region.code(), column.indicatorCode(), year));
		PublishedFacts.Fact previous = facts
			.get(PublishedFacts.key(codeOf(region, year - 1), column.indicatorCode(), year - 1));
		return switch (column.value()) {
			case "previous" -> of(previous, column.decimals());
			case "growth" -> growth(region, column, year, current, previous, facts);
			default -> of(current, column.decimals());
		};
	}

	private static TableCell of(PublishedFacts.Fact fact, int decimals) {
		if (fact == null) {
			return missing("missing", List.of());
		}
		if (fact.value() == null) {
			return missing("na", List.of(fact.id()));
		}
		// the cell keeps the fact's exact value; only what is printed is rounded
		String display = fact.value().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
		String note = fact.conflict() ? Messages.get(Messages.CHINESE, "tables.note.conflict") : "";
		return new TableCell(fact.value(), display, fact.status(), note, List.of(fact.id()));
	}

	private TableCell growth(Region region, TableColumn column, int year, PublishedFacts.Fact current,
			PublishedFacts.Fact previous, Map<String, PublishedFacts.Fact> facts) {
		Indicator indicator = this.reference.indicators().byCode(column.indicatorCode()).orElseThrow();
		Indicator growth = this.reference.indicators().growthOf(indicator).orElse(null);
		PublishedFacts.Fact submitted = (growth != null)
				? facts.get(PublishedFacts.key(region.code(), growth.code(), year)) : null;
		if (submitted != null && submitted.value() == null) {
			// the department said the growth is not available (—): never made up
			return of(submitted, column.decimals());
		}
		BigDecimal computed = computed(current, previous, column.decimals());
		if (submitted != null) {
			TableCell cell = of(submitted, column.decimals());
			if (computed != null && indicator.checkGrowth()
					&& computed.compareTo(new BigDecimal(cell.display())) != 0) {
				String note = Messages.get(Messages.CHINESE, "tables.note.growth", cell.display(), computed);
				return new TableCell(cell.value(), cell.display(), cell.status(), note, cell.factIds());
			}
			return cell;
		}
		if (computed != null && (growth == null || growth.derivable())) {
			String status = (current.status().equals("provisional") || previous.status().equals("provisional"))
					? "provisional" : "";
			return new TableCell(computed, computed.toPlainString(), status,
					Messages.get(Messages.CHINESE, "tables.note.computed"), List.of(current.id(), previous.id()));
		}
		return missing("missing", List.of());
	}

	private static BigDecimal computed(PublishedFacts.Fact current, PublishedFacts.Fact previous, int decimals) {
		if (current == null || previous == null || current.value() == null || previous.value() == null
				|| previous.value().signum() == 0) {
			return null;
		}
		return current.value()
			.divide(previous.value(), MathContext.DECIMAL64)
			.subtract(BigDecimal.ONE)
			.multiply(HUNDRED)
			.setScale(decimals, RoundingMode.HALF_UP);
	}

	private static TableCell missing(String status, List<Long> factIds) {
		return new TableCell(null, TableCell.MISSING, status, "", factIds);
	}

	/**
	 * The code a division had in another year: its own, or its former one (双流区 in 2014).
	 */
	private String codeOf(Region region, int year) {
		return this.reference.regions().asOf(region, year).map(Region::code).orElse(region.code());
	}

	private List<Region> regions(TableDefinition definition, int year) {
		var gazetteer = this.reference.regions();
		List<Region> regions = new ArrayList<>();
		switch (definition.rows().set()) {
			case "counties" -> {
				Region city = gazetteer.asOf(definition.rows().of(), year).orElseThrow();
				regions.add(city);
				regions.addAll(gazetteer.children(city.code(), year));
			}
			case "list" ->
				definition.rows().regions().forEach((code) -> gazetteer.asOf(code, year).ifPresent(regions::add));
			default -> {
				regions.add(gazetteer.province());
				regions.addAll(gazetteer.children(gazetteer.province().code(), year));
			}
		}
		return regions;
	}

	/**
	 * A footnote naming the rows whose area changed between last year and this, when the
	 * table compares the two.
	 */
	private Optional<String> areaChangeNote(TableDefinition definition, List<Region> regions, List<TableColumn> columns,
			int year) {
		if (columns.stream().noneMatch((c) -> "previous".equals(c.value()) || "growth".equals(c.value()))) {
			return Optional.empty();
		}
		List<String> changed = regions.stream()
			.filter((r) -> this.reference.regions().areaChanged(r, year - 1, year))
			.map((r) -> label(r, definition))
			.toList();
		if (changed.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Messages.get(Messages.CHINESE, "tables.note.regionsChanged", String.join("、", changed), year,
				year - 1));
	}

	private String label(Region region, TableDefinition definition) {
		if (region.level() == Region.Level.PROVINCE && !"list".equals(definition.rows().set())) {
			return Messages.get(Messages.CHINESE, "tables.province");
		}
		return (region.name().length() > 5) ? region.shortName() : region.name();
	}

}
