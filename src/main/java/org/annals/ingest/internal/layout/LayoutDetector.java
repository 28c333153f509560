package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.normalize.NumberParser;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.reference.LayoutTemplate;
import org.annals.reference.Region;
import org.annals.support.Text;

/**
 * Recognises the layout of a sheet from its first rows, without per-file configuration: a
 * long table by its header words; a wide yearbook table by its first region row, the
 * header rows above it (merged group headers read as a person reads them), the unit line
 * and the title; or the layout a template pins.
 */
public final class LayoutDetector {

	/** How many rows from the top are looked at. */
	public static final int HEAD_ROWS = 40;

	private LayoutDetector() {
	}

	/**
	 * The result: how to read the rest, from which buffered row on, and what was noticed.
	 *
	 * @param interpreter how to read data rows, or null when the sheet is skipped
	 * @param firstDataRow the index in the head list of the first row to interpret
	 * @param issues what was noticed
	 */
	public record Detection(RowInterpreter interpreter, int firstDataRow, List<Issue> issues) {
	}

	/**
	 * Recognises a sheet's layout.
	 * @param head the sheet's first non-empty rows (up to {@link #HEAD_ROWS})
	 * @param context the sheet
	 * @return the detection
	 */
	public static Detection detect(List<SheetRow> head, SheetContext context) {
		List<Issue> issues = new ArrayList<>();
		Detection detection = (context.template() != null) ? pinned(head, context, issues)
				: recognise(head, context, issues);
		if (detection.interpreter() != null) {
			String sheet = context.sheetName();
			RowInterpreter used = detection.interpreter();
			issues.add(0,
					new Issue(IssueCode.LAYOUT_USED.severity(), IssueCode.LAYOUT_USED.name(), sheet, null,
							IssueCode.LAYOUT_USED.chinese(sheet, used.chineseName()),
							IssueCode.LAYOUT_USED.english(sheet, used.englishName())));
		}
		return detection;
	}

	private static Detection recognise(List<SheetRow> head, SheetContext context, List<Issue> issues) {
		for (int i = 0; i < Math.min(head.size(), 15); i++) {
			LongInterpreter longTable = LongInterpreter.detect(head.get(i), context);
			if (longTable != null) {
				return new Detection(longTable, i + 1, issues);
			}
			IndicatorRowsInterpreter rows = IndicatorRowsInterpreter.detect(head.get(i), context, title(head, i - 1));
			if (rows != null) {
				rows.ignoredColumns()
					.forEach((column, text) -> issues.add(Issue.of(IssueCode.COLUMN_IGNORED, context.sheetName(), null,
							Cell.columnName(column), text)));
				return new Detection(rows, i + 1, issues);
			}
		}
		for (int i = 0; i < head.size(); i++) {
			SheetRow row = head.get(i);
			for (int column = 0; column < 3; column++) {
				RegionLabel label = RegionLabel.classify(row.text(column), context);
				if (label.isRegion() && hasCellAfter(row, column) && !isHeaderRow(row, column)
						&& (!RegionLabel.isScopeTotal(row.text(column)) || confirmedBelow(head, i, column))) {
					int parent = namesItsChildren(head, i, column, context) ? column : -1;
					Detection wide = wide(head, i, parent, (parent < 0) ? column : column + 1, context, issues);
					if (wide != null) {
						return wide;
					}
				}
			}
		}
		if (!hasNumbers(head)) {
			issues.add(Issue.of(IssueCode.SHEET_SKIPPED, context.sheetName(), null, context.sheetName()));
			return new Detection(null, head.size(), issues);
		}
		issues.add(Issue.of(IssueCode.LAYOUT_UNKNOWN, context.sheetName(), null, context.sheetName()));
		return new Detection(null, head.size(), issues);
	}

	/**
	 * Whether the column right of the regions names regions within them, as
	 * {@code 成都市 | 锦江区} does where a city is merged over its counties' rows: on some row
	 * of the first ones, the cell right of the region (or of the blank under it) names
	 * one of its divisions.
	 */
	private static boolean namesItsChildren(List<SheetRow> head, int first, int column, SheetContext context) {
		Region parent = null;
		for (int i = first; i < Math.min(head.size(), first + 10); i++) {
			RegionLabel label = RegionLabel.classify(head.get(i).text(column), context);
			if (label.kind() == RegionLabel.Kind.REGION) {
				parent = label.region();
			}
			else if (label.kind() != RegionLabel.Kind.EMPTY) {
				parent = null;
			}
			if (parent != null) {
				RegionLabel next = RegionLabel.classify(head.get(i).text(column + 1), context.within(parent));
				if (next.kind() == RegionLabel.Kind.REGION && parent.code().equals(next.region().parentCode())) {
					return true;
				}
			}
		}
		return false;
	}

	private static Detection wide(List<SheetRow> head, int first, int parentColumn, int regionColumn,
			SheetContext context, List<Issue> issues) {
		List<SheetRow> headers = new ArrayList<>();
		int top = first - 1;
		while (top >= 0) {
			SheetRow row = head.get(top);
			boolean adjacent = headers.isEmpty() || row.index() == headers.get(0).index() - 1;
			if (!adjacent || unitLine(row) != null || isTitle(row)
					|| RegionLabel.classify(row.text(regionColumn), context).isRegion()) {
				break;
			}
			headers.add(0, row);
			top--;
		}
		if (headers.isEmpty()) {
			return null;
		}
		String title = title(head, top);
		String unitLine = null;
		for (int i = 0; i < first; i++) {
			unitLine = (unitLine != null) ? unitLine : unitLine(head.get(i));
		}
		SheetContext scoped = context.scopedBy(title);
		ColumnResolver resolver = new ColumnResolver(scoped, title, unitLine);
		Map<Integer, ColumnMeaning> columns = new LinkedHashMap<>();
		for (int column : dataColumns(headers, regionColumn)) {
			List<String> levels = levels(headers, column, regionColumn);
			String where = Cell.columnName(column) + "列";
			int before = issues.size();
			Optional<ColumnMeaning> meaning = resolver.resolve(levels, where, issues);
			meaning.ifPresent((m) -> columns.put(column, m));
			if (meaning.isEmpty() && issues.size() == before) {
				issues.add(Issue.of(IssueCode.COLUMN_IGNORED, context.sheetName(), null, Cell.columnName(column),
						String.join(" / ", levels)));
			}
		}
		if (columns.isEmpty()) {
			return null;
		}
		return new Detection(new WideInterpreter(scoped, parentColumn, regionColumn, columns), first, issues);
	}

	private static Detection pinned(List<SheetRow> head, SheetContext context, List<Issue> issues) {
		LayoutTemplate template = context.template();
		List<SheetRow> headers = new ArrayList<>();
		int first = head.size();
		for (int i = 0; i < head.size(); i++) {
			int rowNumber = head.get(i).index() + 1;
			if (template.headerRows().contains(rowNumber)) {
				headers.add(head.get(i));
			}
			if (template.firstDataRow() != null && rowNumber >= template.firstDataRow() && first == head.size()) {
				first = i;
			}
		}
		int titleEnd = head.indexOf(headers.isEmpty() ? null : headers.get(0)) - 1;
		String title = title(head, titleEnd);
		String unitLine = null;
		for (int i = 0; i < Math.max(0, titleEnd + 1); i++) {
			unitLine = (unitLine != null) ? unitLine : unitLine(head.get(i));
		}
		if (headers.isEmpty()) {
			issues.add(Issue.of(IssueCode.LAYOUT_UNKNOWN, context.sheetName(), null, context.sheetName()));
			return new Detection(null, head.size(), issues);
		}
		return switch (template.layout()) {
			case "transposed" -> new Detection(
					TransposedInterpreter.of(context, headers.get(0), title, unitLine, issues), first, issues);
			case "long" -> {
				LongInterpreter longTable = LongInterpreter.detect(headers.get(0), context);
				yield (longTable != null) ? new Detection(longTable, first, issues) : unknown(context, issues, head);
			}
			default -> {
				Detection wide = wide(head, first, -1, template.labelColumnIndex(), context, issues);
				yield (wide != null) ? wide : unknown(context, issues, head);
			}
		};
	}

	private static Detection unknown(SheetContext context, List<Issue> issues, List<SheetRow> head) {
		issues.add(Issue.of(IssueCode.LAYOUT_UNKNOWN, context.sheetName(), null, context.sheetName()));
		return new Detection(null, head.size(), issues);
	}

	private static TreeSet<Integer> dataColumns(List<SheetRow> headers, int regionColumn) {
		TreeSet<Integer> columns = new TreeSet<>();
		for (SheetRow header : headers) {
			for (Cell cell : header.cells()) {
				if (cell.column() > regionColumn && !Text.isBlank(cell.text())) {
					columns.add(cell.column());
				}
			}
		}
		return columns;
	}

	/**
	 * The header texts above a column, top to bottom. A blank cell in an upper header row
	 * takes the text to its left when the row below has a header there: that is how a
	 * merged group header ({@code 地区生产总值} over three columns) reads to a person.
	 */
	private static List<String> levels(List<SheetRow> headers, int column, int regionColumn) {
		List<String> levels = new ArrayList<>(headers.size());
		for (int h = 0; h < headers.size(); h++) {
			String text = headers.get(h).text(column);
			if (Text.isBlank(text) && h + 1 < headers.size() && !Text.isBlank(headers.get(h + 1).text(column))) {
				for (int left = column - 1; left > regionColumn; left--) {
					String candidate = headers.get(h).text(left);
					if (!Text.isBlank(candidate)) {
						text = candidate;
						break;
					}
				}
			}
			if (!Text.isBlank(text)) {
				levels.add(text);
			}
		}
		return levels;
	}

	private static String title(List<SheetRow> head, int lastTitleRow) {
		StringBuilder title = new StringBuilder();
		for (int i = 0; i <= lastTitleRow && i < head.size(); i++) {
			SheetRow row = head.get(i);
			if (row.filledCount() <= 2) {
				for (Cell cell : row.cells()) {
					String folded = Text.fold(cell.text());
					int unit = folded.indexOf("单位:");
					title.append((unit >= 0) ? folded.substring(0, unit) : cell.text().strip()).append(' ');
				}
			}
		}
		return title.toString().strip();
	}

	static String unitLine(SheetRow row) {
		if (row.filledCount() > 2) {
			return null;
		}
		for (Cell cell : row.cells()) {
			String unit = ColumnResolver.unitLineOf(cell.text());
			if (unit != null) {
				return unit;
			}
		}
		return null;
	}

	private static boolean isTitle(SheetRow row) {
		if (row.filledCount() != 1) {
			return false;
		}
		String f = Text.fold(row.cells().stream().filter((c) -> !Text.isBlank(c.text())).findFirst().get().text());
		return f.length() >= 6 && (f.contains("年") || f.contains("表") || f.contains("情况") || f.contains("指标"));
	}

	/**
	 * A row naming 地区 at or left of a label: the lower row of a merged two-row header.
	 */
	private static boolean isHeaderRow(SheetRow row, int column) {
		for (int left = 0; left <= column; left++) {
			String f = Text.withoutTrailingBracket(Text.fold(row.text(left)));
			if (LongInterpreter.REGION.contains(f)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a generic total ({@code 合计}, {@code 全市}) starts the regions: the row under
	 * it holds a label, not a figure, in the same column. A {@code 合计} under a group
	 * header heads a column of figures and is no region (issue 20).
	 */
	private static boolean confirmedBelow(List<SheetRow> head, int i, int column) {
		if (i + 1 >= head.size()) {
			return true;
		}
		Cell below = head.get(i + 1).cell(column);
		return below != null && !Text.isBlank(below.text())
				&& NumberParser.parse(below).kind() != NumberParser.Parsed.Kind.NUMBER;
	}

	private static boolean hasCellAfter(SheetRow row, int column) {
		for (Cell cell : row.cells()) {
			if (cell.column() > column && !Text.isBlank(cell.text())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasNumbers(List<SheetRow> head) {
		int numbers = 0;
		for (SheetRow row : head) {
			for (Cell cell : row.cells()) {
				if (NumberParser.parse(cell).kind() == NumberParser.Parsed.Kind.NUMBER && !Text.isBlank(cell.text())) {
					numbers++;
				}
			}
		}
		return numbers >= 3;
	}

}
