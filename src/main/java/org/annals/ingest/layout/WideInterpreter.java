package org.annals.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.RowOutcome;
import org.annals.ingest.StagedFact;
import org.annals.ingest.sheet.Cell;
import org.annals.ingest.sheet.SheetRow;
import org.annals.support.Messages;

/**
 * A wide yearbook table: regions down one column, indicators (and years) across the
 * columns. Subtotal rows are passed over; the notes under the table end it.
 */
final class WideInterpreter implements RowInterpreter {

	private final SheetContext context;

	private final int regionColumn;

	private final Map<Integer, ColumnMeaning> columns;

	private boolean ended;

	WideInterpreter(SheetContext context, int regionColumn, Map<Integer, ColumnMeaning> columns) {
		this.context = context;
		this.regionColumn = regionColumn;
		this.columns = columns;
	}

	@Override
	public RowOutcome interpret(SheetRow row) {
		if (this.ended) {
			return RowOutcome.EMPTY;
		}
		RegionLabel label = RegionLabel.classify(row.text(this.regionColumn), this.context);
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
