package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.reference.Region;
import org.annals.support.Messages;
import org.annals.support.Text;

/**
 * A transposed table, pinned by a template: regions across the header row, one indicator
 * per row (its unit in brackets), the year from the template or the title.
 */
final class TransposedInterpreter implements RowInterpreter {

	private final SheetContext context;

	private final int labelColumn;

	private final Map<Integer, Region> regions;

	private final ColumnResolver resolver;

	private final int year;

	private TransposedInterpreter(SheetContext context, int labelColumn, Map<Integer, Region> regions,
			ColumnResolver resolver, int year) {
		this.context = context;
		this.labelColumn = labelColumn;
		this.regions = regions;
		this.resolver = resolver;
		this.year = year;
	}

	static TransposedInterpreter of(SheetContext context, SheetRow header, String title, String unitLine,
			List<Issue> issues) {
		int labelColumn = context.template().labelColumnIndex();
		Map<Integer, Region> regions = new LinkedHashMap<>();
		for (Cell cell : header.cells()) {
			if (cell.column() == labelColumn) {
				continue;
			}
			RegionLabel label = RegionLabel.classify(cell.text(), context);
			if (label.isRegion()) {
				regions.put(cell.column(), label.region());
			}
			else if (label.kind() != RegionLabel.Kind.SUBTOTAL) {
				issues.add(Issue.of(IssueCode.UNKNOWN_REGION, context.sheetName(),
						Cell.reference(cell.column(), header.index()), cell.text().strip()));
			}
		}
		Integer pinned = context.template().year();
		int year = (pinned != null) ? pinned : context.fallbackYear(title);
		if (year == 0) {
			issues.add(Issue.of(IssueCode.NO_YEAR, context.sheetName(), null, title));
		}
		String unit = (context.template().unit() != null) ? context.template().unit() : unitLine;
		return new TransposedInterpreter(context, labelColumn, regions, new ColumnResolver(context, title, unit), year);
	}

	@Override
	public RowOutcome interpret(SheetRow row) {
		String label = row.text(this.labelColumn);
		if (Text.isBlank(label) || RegionLabel.isNote(Text.fold(label)) || this.year == 0) {
			return RowOutcome.EMPTY;
		}
		List<Issue> issues = new ArrayList<>(0);
		String ref = Cell.reference(this.labelColumn, row.index());
		Optional<ColumnMeaning> meaning = this.resolver.resolve(List.of(label, this.year + "年"), ref, issues);
		if (meaning.isEmpty()) {
			return RowOutcome.issues(issues);
		}
		List<StagedFact> facts = new ArrayList<>(this.regions.size());
		this.regions.forEach((column, region) -> FactMaker.make(this.context.sheetName(), row.cell(column), column,
				row.index(), region, meaning.get(), facts, issues));
		return new RowOutcome(facts, issues);
	}

	@Override
	public String chineseName() {
		return Messages.get(false, "ingest.layout.transposed", this.context.template().name());
	}

	@Override
	public String englishName() {
		return Messages.get(true, "ingest.layout.transposed", this.context.template().name());
	}

}
