package org.annals.ingest.internal.staging;

import org.annals.ingest.internal.normalize.EventDate;

/**
 * An event read from a department's log, before it is published: its date as written and
 * as a period, and its text exactly as written.
 *
 * @param sheet the sheet it came from
 * @param cell the cell of its date, e.g. {@code A7}
 * @param rowIndex its 0-based row (or paragraph), which keeps the order of submission
 * @param date its date
 * @param department the reporting department
 * @param title its title (事项), verbatim
 * @param content its content (内容), verbatim, may be empty
 */
public record StagedEvent(String sheet, String cell, int rowIndex, EventDate date, String department, String title,
		String content) {
}
