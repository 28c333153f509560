package org.annals.ingest.internal.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * One event per paragraph of a Word event log: each starts with its date
 * ({@code 6月15日　省委……}). The title paragraphs before the first event and month headings
 * ({@code 一月}) are not events; any other paragraph without a date is reported, not
 * dropped silently.
 */
final class EventParagraphInterpreter implements RowInterpreter {

	private static final Set<String> MONTHS = Set.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月",
			"十二月");

	private final SheetContext context;

	private final int year;

	private EventDate previous;

	EventParagraphInterpreter(SheetContext context, int year) {
		this.context = context;
		this.year = year;
	}

	@Override
	public RowOutcome interpret(SheetRow row) {
		Cell cell = row.cell(0);
		if (cell != null && cell.kind() == Cell.Kind.CONTROL_CHARACTER) {
			// never a NUL to PostgreSQL: the paragraph is reported, the rest loads
			return RowOutcome
				.issues(List.of(Issue.of(IssueCode.BAD_CHARACTER, this.context.sheetName(), "P" + (row.index() + 1))));
		}
		String text = row.text(0);
		String folded = Text.fold(text);
		if (MONTHS.contains(folded) || MONTHS.contains(folded.replace("份", ""))) {
			return RowOutcome.EMPTY;
		}
		Optional<EventDates.Leading> leading = EventDates.leading(text, this.year, this.previous);
		if (leading.isEmpty()) {
			if (this.previous == null) {
				return RowOutcome.EMPTY;
			}
			String shown = (text.length() > 40) ? text.substring(0, 40) + "…" : text;
			return RowOutcome.issues(List.of(Issue.of(IssueCode.NO_DATE_PARAGRAPH, this.context.sheetName(),
					"P" + (row.index() + 1), shown.strip())));
		}
		this.previous = leading.get().date();
		return RowOutcome.event(new StagedEvent(this.context.sheetName(), "P" + (row.index() + 1), row.index(),
				leading.get().date(), "", leading.get().rest(), ""));
	}

	@Override
	public String chineseName() {
		return Messages.get(false, "ingest.layout.eventDocument");
	}

	@Override
	public String englishName() {
		return Messages.get(true, "ingest.layout.eventDocument");
	}

}
