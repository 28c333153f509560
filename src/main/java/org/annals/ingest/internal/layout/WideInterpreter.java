package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.support.Messages;

/**
 * A wide yearbook table: regions down one column, indicators (and years) across the
 * columns. Subtotal rows are passed over; the notes under the table end it. When a column
 * left of the regions names their parents ({@code 市（州） | 县（市、区）}, a city merged over its
 * counties' rows), each name is read within its parent, a blank parent cell continues the
 * one above, and a row with a parent and no child is the parent's own.
 */
final class WideInterpreter implements RowInterpreter {

	private final SheetContext context;

	private final int regionColumn;

	private final int parentColumn;

	private final Map<Integer, ColumnMeaning> columns;

	private SheetContext parentContext;

	private boolean ended;

	WideInterpreter(SheetContext context, int regionColumn, Map<Integer, ColumnMeaning> columns) {
		this(context, -1, regionColumn, columns);
	}

	WideInterpreter(SheetContext context, int parentColumn, int regionColumn, Map<Integer, ColumnMeaning> columns) {
		this.context = context;
		this.parentColumn = parentColumn;
		this.regionColumn = regionColumn;
		this.columns = columns;
		this.parentContext = context;
	}

	@Override
	public RowOutcome interpret(SheetRow row) {
		if (this.ended) {
			return RowOutcome.EMPTY;
		}
		RegionLabel label = label(row);
		String sheet = this.context.sheetName();
		switch (label.kind()) {
			case NOTE -> {
				this.ended = true;
				return RowOutcome.EMPTY;
			}
			case SUBTOTAL -> {
				return RowOutcome.EMPTY;
			}
			case EMPTY -> {
				if (hasFigures(row)) {
					return RowOutcome.issues(List.of(Issue.of(IssueCode.UNKNOWN_REGION, sheet,
							Cell.reference(this.regionColumn, row.index()), Messages.get(false, "ingest.cell.empty"))));
				}
				return RowOutcome.EMPTY;
			}
			case UNKNOWN -> {
				if (row.filledCount() == 1 && !hasFigures(row)) {
					return RowOutcome.EMPTY;
				}
				return RowOutcome.issues(List.of(Issue.of(IssueCode.UNKNOWN_REGION, sheet,
						Cell.reference(this.regionColumn, row.index()), row.text(this.regionColumn).strip())));
			}
			default -> {
				List<StagedFact> facts = new ArrayList<>(this.columns.size());
				List<Issue> issues = new ArrayList<>(0);
				this.columns.forEach((column, meaning) -> FactMaker.make(sheet, row.cell(column), column, row.index(),
						label.region(), meaning, facts, issues));
				return new RowOutcome(facts, issues);
			}
		}
	}

	private RegionLabel label(SheetRow row) {
		if (this.parentColumn < 0) {
			return RegionLabel.classify(row.text(this.regionColumn), this.context);
		}
		RegionLabel parent = RegionLabel.classify(row.text(this.parentColumn), this.context);
		if (parent.isRegion()) {
			this.parentContext = this.context.within(parent.region());
		}
		RegionLabel child = RegionLabel.classify(row.text(this.regionColumn), this.parentContext);
		if (child.kind() == RegionLabel.Kind.EMPTY && parent.kind() != RegionLabel.Kind.EMPTY) {
			return parent;
		}
		return child;
	}

	private boolean hasFigures(SheetRow row) {
		for (Integer column : this.columns.keySet()) {
			if (row.cell(column) != null && !org.annals.support.Text.isBlank(row.text(column))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String chineseName() {
		return Messages.get(false, "ingest.layout.wide", this.columns.size());
	}

	@Override
	public String englishName() {
		return Messages.get(true, "ingest.layout.wide", this.columns.size());
	}

}
