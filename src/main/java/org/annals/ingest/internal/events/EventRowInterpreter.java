package org.annals.ingest.internal.events;

import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedEvent;
import org.annals.ingest.internal.layout.RowInterpreter;
import org.annals.ingest.internal.layout.SheetContext;
import org.annals.ingest.internal.normalize.EventDate;
import org.annals.ingest.internal.normalize.EventDates;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.support.Messages;
import org.annals.support.Text;

/**
 * One event per row of an event-log sheet. A row whose date cannot be read is not loaded
 * and is reported with its cell and text; the rest of the file loads. Text is kept
 * exactly as written, and a formula is never evaluated: its formula text is kept, or the
 * row is refused when the file holds no formula text.
 */
final class EventRowInterpreter implements RowInterpreter {

	private final SheetContext context;

	private final int dateColumn;

	private final int departmentColumn;

	private final int titleColumn;

	private final int contentColumn;

	private final int year;

	private EventDate previous;

	EventRowInterpreter(SheetContext context, int[] columns, int year) {
		this.context = context;
		this.dateColumn = columns[0];
		this.departmentColumn = columns[1];
		this.titleColumn = columns[2];
		this.contentColumn = columns[3];
		this.year = year;
	}

	@Override
	public RowOutcome interpret(SheetRow row) {
		Cell dateCell = row.cell(this.dateColumn);
		Cell titleCell = (this.titleColumn >= 0) ? row.cell(this.titleColumn) : null;
		Cell contentCell = (this.contentColumn >= 0) ? row.cell(this.contentColumn) : null;
		if (Text.isBlank(text(titleCell)) && Text.isBlank(text(contentCell))) {
			return RowOutcome.EMPTY;
		}
		String sheet = this.context.sheetName();
		Cell bad = controlCharacter(dateCell, titleCell, contentCell,
				(this.departmentColumn >= 0) ? row.cell(this.departmentColumn) : null);
		if (bad != null) {
			// never a NUL to PostgreSQL: the row is reported, the rest of the file loads
			return RowOutcome
				.issues(List.of(Issue.of(IssueCode.BAD_CHARACTER, sheet, Cell.reference(bad.column(), row.index()))));
		}
		String ref = Cell.reference(this.dateColumn, row.index());
		EventDate date = (dateCell != null) ? EventDates.parse(dateCell, this.year, this.previous).orElse(null) : null;
		if (date == null) {
			String written = (dateCell != null) ? dateCell.text() : Messages.get(false, "ingest.cell.empty");
			return RowOutcome.issues(List.of(Issue.of(IssueCode.BAD_DATE, sheet, ref, written)));
		}
		this.previous = date;
		String title = verbatim(titleCell);
		String content = verbatim(contentCell);
		if (title == null || content == null) {
			return RowOutcome.issues(List.of(Issue.of(IssueCode.FORMULA_TEXT, sheet,
					Cell.reference((title == null) ? this.titleColumn : this.contentColumn, row.index()))));
		}
		if (title.isBlank()) {
			title = content;
			content = "";
		}
		String department = (this.departmentColumn >= 0 && !Text.isBlank(row.text(this.departmentColumn)))
				? row.text(this.departmentColumn).strip() : "";
		return RowOutcome.event(new StagedEvent(sheet, ref, row.index(), date, department, title, content));
	}

	private static Cell controlCharacter(Cell... cells) {
		for (Cell cell : cells) {
			if (cell != null && cell.kind() == Cell.Kind.CONTROL_CHARACTER) {
				return cell;
			}
		}
		return null;
	}

	/**
	 * The text as written; a formula's own text; null when a formula's text is unknown.
	 */
	private static String verbatim(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.formula() != null) {
			return cell.formula().isEmpty() ? null : "=" + cell.formula();
		}
		return cell.text();
	}

	private static String text(Cell cell) {
		return (cell != null) ? cell.text() : "";
	}

	@Override
	public String chineseName() {
		return Messages.get(false, "ingest.layout.eventTable");
	}

	@Override
	public String englishName() {
		return Messages.get(true, "ingest.layout.eventTable");
	}

}
