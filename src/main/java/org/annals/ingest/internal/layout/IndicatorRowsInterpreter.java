package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.ingest.internal.normalize.Years;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.reference.Indicator;
import org.annals.reference.Region;
import org.annals.support.Messages;
import org.annals.support.Text;

/**
 * Indicators down the rows, years across the columns: {@code 地区 | 指标 | 计量单位 | 2018年 |
 * 2021年}, or {@code 地区 | 指标 | 计量单位 | 2022年} (a long table whose value column is headed by
 * its year), or no region column at all when the title names the region
 * ({@code 四川省主要经济指标}). A row {@code #城镇人口} or {@code 其中：城镇人口} names a part of the row
 * above; a long-form name such as {@code 地区生产总值比上年增长} is that indicator's growth rate. A
 * blank region cell continues the region above it, as a label merged over several rows
 * reads to a person. A column headed {@code 绝对数} (or {@code 本年}, {@code 总量} …) holds the
 * year its title, sheet or file names, as a 统计公报's table writes it; a column headed
 * {@code 比上年增长（%）} holds each row's growth rate for the year column to its left.
 */
final class IndicatorRowsInterpreter implements RowInterpreter {

	private static final String[] PART_MARKERS = { "其中:", "#", "*" };

	/** Headers of a column that holds the year the title names. */
	private static final Set<String> AMOUNT = Set.of("绝对数", "绝对值", "总量", "本年", "本期", "本年数", "本期数", "全年", "本年实际");

	private final SheetContext context;

	private final int region;

	private final int indicator;

	private final int unit;

	private final Map<Integer, String> yearColumns;

	private final Map<Integer, String> growthColumns;

	private final Map<Integer, Integer> growthBases;

	private final Map<Integer, String> ignored;

	private final Region titleRegion;

	private final ColumnResolver resolver;

	private final Map<String, Optional<ColumnMeaning>> meanings = new HashMap<>();

	private Region lastRegion;

	private String parent = "";

	private String lastName = "";

	private IndicatorRowsInterpreter(SheetContext context, int[] columns, Map<Integer, String> yearColumns,
			Map<Integer, String> growthColumns, Map<Integer, String> ignored, String title) {
		this.context = context;
		this.region = columns[0];
		this.indicator = columns[1];
		this.unit = columns[2];
		this.yearColumns = yearColumns;
		this.growthColumns = growthColumns;
		this.ignored = ignored;
		this.growthBases = new HashMap<>();
		for (int column : growthColumns.keySet()) {
			int base = -1;
			for (int year : yearColumns.keySet()) {
				if (year < column && year > base) {
					base = year;
				}
			}
			this.growthBases.put(column, (base >= 0) ? base : yearColumns.keySet().iterator().next());
		}
		SheetContext scoped = context.scopedBy(title);
		this.titleRegion = scoped.scope();
		this.resolver = new ColumnResolver(scoped, title, null);
	}

	/**
	 * Recognises the header row of indicators down the rows with years across.
	 * @param row a candidate header row
	 * @param context the sheet
	 * @param title the title above the header, may be empty
	 * @return the interpreter, or null when the row is no such header
	 */
	static IndicatorRowsInterpreter detect(SheetRow row, SheetContext context, String title) {
		int[] columns = { -1, -1, -1 };
		Map<Integer, String> years = new LinkedHashMap<>();
		Map<Integer, String> growth = new LinkedHashMap<>();
		Map<Integer, String> ignored = new LinkedHashMap<>();
		for (Cell cell : row.cells()) {
			String f = Text.withoutTrailingBracket(Text.fold(cell.text()));
			if (LongInterpreter.REGION.contains(f) && columns[0] < 0) {
				columns[0] = cell.column();
			}
			else if (LongInterpreter.INDICATOR.contains(f) && columns[1] < 0) {
				columns[1] = cell.column();
			}
			else if (LongInterpreter.UNIT.contains(f) && columns[2] < 0) {
				columns[2] = cell.column();
			}
			else if (LongInterpreter.YEAR.contains(f) || LongInterpreter.VALUE.contains(f)) {
				return null;
			}
			else if (Years.exact(cell.text()) > 0) {
				years.put(cell.column(), cell.text());
			}
			else if (AMOUNT.contains(f)) {
				years.put(cell.column(), "");
			}
			else if (ColumnResolver.isGrowthWord(f) && context.reference().indicators().findIn(f).isEmpty()) {
				growth.put(cell.column(), cell.text());
			}
			else if (!f.isEmpty()) {
				ignored.put(cell.column(), cell.text().strip());
			}
		}
		if (columns[1] < 0 || years.isEmpty()) {
			return null;
		}
		return new IndicatorRowsInterpreter(context, columns, years, growth, ignored, title);
	}

	/**
	 * The header's columns that are neither region, indicator, unit, year nor growth, by
	 * column, with their header text: they are not read, and the report says so.
	 * @return the columns not read
	 */
	Map<Integer, String> ignoredColumns() {
		return this.ignored;
	}

	@Override
	public RowOutcome interpret(SheetRow row) {
		String sheet = this.context.sheetName();
		String label = Text.fold(row.text(this.indicator));
		String name = (label.isEmpty() && hasFigures(row)) ? this.lastName : label;
		if (name.isEmpty() || RegionLabel.isNote(name) || isBarePartMarker(name)) {
			return RowOutcome.EMPTY;
		}
		Region where = region(row);
		List<Issue> issues = new ArrayList<>(0);
		if (where == null) {
			String written = row.text(this.region).strip();
			issues.add(Issue.of(IssueCode.UNKNOWN_REGION, sheet, Cell.reference(this.region, row.index()),
					written.isEmpty() ? Messages.get(false, "ingest.cell.empty") : written));
			return RowOutcome.issues(issues);
		}
		boolean part = isPart(name);
		String unitText = (this.unit >= 0) ? Text.fold(row.text(this.unit)) : "";
		List<StagedFact> facts = new ArrayList<>(this.yearColumns.size());
		String parentName = this.parent;
		this.yearColumns.forEach((column, yearHeader) -> {
			String key = name + "\u0000" + unitText + "\u0000" + column + "\u0000" + (part ? parentName : "");
			Optional<ColumnMeaning> meaning = this.meanings.computeIfAbsent(key, (k) -> resolve(name, part, parentName,
					unitText, null, yearHeader, Cell.reference(this.indicator, row.index()), issues));
			meaning.ifPresent(
					(m) -> FactMaker.make(sheet, row.cell(column), column, row.index(), where, m, facts, issues));
		});
		this.growthColumns.forEach((column, growthHeader) -> {
			String key = name + "\u0000" + column + "\u0000" + (part ? parentName : "");
			String yearHeader = this.yearColumns.get(this.growthBases.get(column));
			Optional<ColumnMeaning> meaning = this.meanings.computeIfAbsent(key, (k) -> resolve(name, part, parentName,
					null, growthHeader, yearHeader, Cell.reference(column, row.index()), issues));
			meaning.ifPresent(
					(m) -> FactMaker.make(sheet, row.cell(column), column, row.index(), where, m, facts, issues));
		});
		if (!part) {
			this.parent = name;
		}
		this.lastName = name;
		return new RowOutcome(facts, issues);
	}

	private boolean hasFigures(SheetRow row) {
		for (int column : this.yearColumns.keySet()) {
			if (!Text.isBlank(row.text(column))) {
				return true;
			}
		}
		return false;
	}

	private Region region(SheetRow row) {
		if (this.region < 0) {
			return this.titleRegion;
		}
		RegionLabel label = RegionLabel.classify(row.text(this.region), this.context);
		if (label.kind() == RegionLabel.Kind.EMPTY) {
			return this.lastRegion;
		}
		this.lastRegion = label.isRegion() ? label.region() : null;
		return this.lastRegion;
	}

	/**
	 * The meaning of a row's figure in one column.
	 * @param growthHeader the header of a growth column, or null for a year column: the
	 * growth of the row's indicator, in the growth's own unit, or nothing when the row is
	 * a rate already
	 */
	private Optional<ColumnMeaning> resolve(String name, boolean part, String parentName, String unitText,
			String growthHeader, String yearHeader, String ref, List<Issue> issues) {
		String bare = withoutPartMarker(name);
		String bracket = Text.trailingBracket(bare);
		String unitWritten = (growthHeader != null) ? null : (unitText.isEmpty() ? bracket : unitText);
		if (bracket != null) {
			bare = Text.withoutTrailingBracket(bare);
		}
		if (part && !parentName.isEmpty() && this.context.reference().indicators().resolve(bare).isEmpty()
				&& this.context.reference().indicators().resolve(parentName + bare).isPresent()) {
			bare = parentName + bare;
		}
		Optional<Indicator> named = this.context.reference().indicators().resolve(bare);
		List<String> levels = new ArrayList<>(named.isPresent() ? List.of(bare) : ColumnResolver.growthSplit(bare));
		if (growthHeader != null) {
			if (levels.size() > 1 || named.map((i) -> i.growthOf() != null).orElse(false)) {
				return Optional.empty();
			}
			levels.add(growthHeader);
		}
		if (unitWritten != null && !unitWritten.isEmpty()) {
			levels.add("(" + unitWritten + ")");
		}
		levels.add(yearHeader);
		return this.resolver.resolve(levels, ref, issues);
	}

	private static boolean isPart(String folded) {
		for (String marker : PART_MARKERS) {
			if (folded.startsWith(marker)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBarePartMarker(String folded) {
		return folded.equals("其中") || folded.equals("其中:");
	}

	private static String withoutPartMarker(String folded) {
		String bare = folded;
		for (String marker : PART_MARKERS) {
			if (bare.startsWith(marker)) {
				bare = bare.substring(marker.length());
			}
		}
		return bare;
	}

	@Override
	public String chineseName() {
		return Messages.get(false, "ingest.layout.indicatorRows", this.yearColumns.size());
	}

	@Override
	public String englishName() {
		return Messages.get(true, "ingest.layout.indicatorRows", this.yearColumns.size());
	}

}
