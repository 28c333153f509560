package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.annals.support.Messages;
import org.annals.support.Text;

/**
 * A long table: one fact per row, with region, indicator, unit, year and value columns in
 * any order, rows in any order.
 */
final class LongInterpreter implements RowInterpreter {

	static final Set<String> REGION = Set.of("地区", "地区名称", "区域", "行政区划", "地名", "区划名称", "行政区");

	static final Set<String> INDICATOR = Set.of("指标", "指标名称", "项目", "统计指标");

	static final Set<String> UNIT = Set.of("计量单位", "单位");

	static final Set<String> YEAR = Set.of("年份", "年度", "时间", "统计年度", "年");

	static final Set<String> VALUE = Set.of("数值", "数据", "指标值", "值", "数量", "金额");

	private static final int MEMO_LIMIT = 10_000;

	private final SheetContext context;

	private final int region;

	private final int indicator;

	private final int unit;

	private final int year;

	private final int value;

	private final ColumnResolver resolver;

	private final Map<String, Map<String, Optional<ColumnMeaning>>> meanings = new HashMap<>();

	/**
	 * Labels and years already classified: a long table repeats a few of them on every
	 * row.
	 */
	private final Map<String, RegionLabel> labels = new HashMap<>();

	private final Map<String, Integer> years = new HashMap<>();

	private LongInterpreter(SheetContext context, int[] columns) {
		this.context = context;
		this.region = columns[0];
		this.indicator = columns[1];
		this.unit = columns[2];
		this.year = columns[3];
		this.value = columns[4];
		this.resolver = new ColumnResolver(context, "", null);
	}

	/**
	 * Recognises a long table's header row.
	 * @param row a candidate header row
	 * @param context the sheet
	 * @return the interpreter, or null when the row is no long-table header
	 */
	static LongInterpreter detect(SheetRow row, SheetContext context) {
		int[] columns = { -1, -1, -1, -1, -1 };
		for (Cell cell : row.cells()) {
			String f = Text.withoutTrailingBracket(Text.fold(cell.text()));
			if (REGION.contains(f) && columns[0] < 0) {
				columns[0] = cell.column();
			}
			else if (INDICATOR.contains(f)) {
				columns[1] = cell.column();
			}
			else if (UNIT.contains(f)) {
				columns[2] = cell.column();
			}
			else if (YEAR.contains(f)) {
				columns[3] = cell.column();
			}
			else if (VALUE.contains(f)) {
				columns[4] = cell.column();
			}
		}
		boolean complete = columns[0] >= 0 && columns[1] >= 0 && columns[3] >= 0 && columns[4] >= 0;
		return complete ? new LongInterpreter(context, columns) : null;
	}

	@Override
	public RowOutcome interpret(SheetRow row) {
		String sheet = this.context.sheetName();
		RegionLabel label = label(row.text(this.region));
		if (label.kind() == RegionLabel.Kind.NOTE || label.kind() == RegionLabel.Kind.SUBTOTAL
				|| (label.kind() == RegionLabel.Kind.EMPTY && row.cell(this.value) == null)) {
			return RowOutcome.EMPTY;
		}
		List<Issue> issues = new ArrayList<>(0);
		if (!label.isRegion()) {
			String written = row.text(this.region).strip();
			issues.add(Issue.of(IssueCode.UNKNOWN_REGION, sheet, Cell.reference(this.region, row.index()),
					written.isEmpty() ? Messages.get(false, "ingest.cell.empty") : written));
			return RowOutcome.issues(issues);
		}
		int y = year(row.text(this.year));
		if (y == 0) {
			issues.add(Issue.of(IssueCode.NO_YEAR, sheet, Cell.reference(this.year, row.index()),
					row.text(this.year).strip()));
			return RowOutcome.issues(issues);
		}
		String name = row.text(this.indicator);
		String unitText = (this.unit >= 0) ? Text.fold(row.text(this.unit)) : "";
		Optional<ColumnMeaning> meaning = this.meanings.computeIfAbsent(name, (k) -> new HashMap<>(2))
			.computeIfAbsent(unitText,
					(k) -> resolve(name, unitText, Cell.reference(this.indicator, row.index()), issues));
		if (meaning.isEmpty()) {
			return RowOutcome.issues(issues);
		}
		ColumnMeaning m = meaning.get();
		ColumnMeaning yearly = new ColumnMeaning(m.indicator(), y, m.written(), m.canonical());
		List<StagedFact> facts = new ArrayList<>(1);
		FactMaker.make(sheet, row.cell(this.value), this.value, row.index(), label.region(), yearly, facts, issues);
		return new RowOutcome(facts, issues);
	}

	private RegionLabel label(String written) {
		RegionLabel label = this.labels.get(written);
		if (label == null) {
			label = RegionLabel.classify(written, this.context);
			if (this.labels.size() < MEMO_LIMIT) {
				this.labels.put(written, label);
			}
		}
		return label;
	}

	private int year(String written) {
		Integer year = this.years.get(written);
		if (year == null) {
			year = Years.exact(written);
			if (this.years.size() < MEMO_LIMIT) {
				this.years.put(written, year);
			}
		}
		return year;
	}

	private Optional<ColumnMeaning> resolve(String name, String unitText, String ref, List<Issue> issues) {
		String folded = Text.fold(name);
		String bracket = Text.trailingBracket(folded);
		String unitWritten = unitText.isEmpty() ? bracket : unitText;
		Indicator found = this.context.reference().indicators().resolve(folded).orElse(null);
		if (found == null) {
			String bare = (bracket != null) ? Text.withoutTrailingBracket(folded) : folded;
			found = Indicator.provisional(bare, unitWritten);
			issues.add(Issue.of(IssueCode.PROVISIONAL_INDICATOR, this.context.sheetName(), ref, bare));
		}
		return this.resolver.units(found, 1, unitWritten, ref, issues);
	}

	@Override
	public String chineseName() {
		return Messages.get(false, "ingest.layout.long");
	}

	@Override
	public String englishName() {
		return Messages.get(true, "ingest.layout.long");
	}

}
