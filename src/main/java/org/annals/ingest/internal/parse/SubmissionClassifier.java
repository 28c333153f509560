package org.annals.ingest.internal.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.Kind;
import org.annals.ingest.internal.events.EventLayouts;
import org.annals.ingest.internal.sheet.FileFormat;
import org.annals.ingest.internal.sheet.SheetCursor;
import org.annals.ingest.internal.sheet.SheetRow;

/**
 * Decides when a file is received whether it is statistics or an event log, from its
 * bytes and first rows: a Word document, or a sheet whose header has a date column and a
 * title or content column, is an event log. A file that cannot be read at all is left to
 * the statistics path, which rejects it with the reason.
 */
public final class SubmissionClassifier {

	private SubmissionClassifier() {
	}

	/**
	 * Classifies a stored file.
	 * @param file the file
	 * @param originalName the name it was sent under
	 * @return its kind
	 */
	public static Kind classify(Path file, String originalName) {
		try {
			FileFormat format = FileFormat.sniff(file, originalName);
			if (format == FileFormat.DOCX) {
				return Kind.EVENTS;
			}
			try (SheetCursor cursor = format.open(file)) {
				while (cursor.nextSheet()) {
					List<SheetRow> head = new ArrayList<>();
					SheetRow row;
					while (head.size() < 15 && (row = cursor.nextRow()) != null) {
						head.add(row);
					}
					if (!head.isEmpty()) {
						return EventLayouts.looksLikeEventLog(head) ? Kind.EVENTS : Kind.STATISTICS;
					}
				}
			}
		}
		catch (Exception ex) {
			// unreadable here means unreadable there: the statistics path reports why
		}
		catch (OutOfMemoryError ex) {
			// a workbook too large for the heap (its shared strings are read whole to
			// look at
			// its first rows): the cursor is gone with the error, and the statistics path
			// sets
			// the file aside with its report, as it does when reading runs out of memory
		}
		return Kind.STATISTICS;
	}

}
