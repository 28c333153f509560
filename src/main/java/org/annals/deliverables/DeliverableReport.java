package org.annals.deliverables;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.annals.deliverables.internal.DeliverablesMessages;

/**
 * The statuses of a data year as a plain-text list, one line per deliverable and term,
 * columns separated by tabs, and a count per state: what {@code annals deliverables}
 * prints.
 */
public final class DeliverableReport {

	private static final String[] COLUMNS = { "department", "deliverable", "term", "due", "state", "latest" };

	private DeliverableReport() {
	}

	/**
	 * Writes the list.
	 * @param year the data year
	 * @param today today
	 * @param statuses the statuses
	 * @param locale the language
	 * @param out where to
	 */
	public static void write(int year, LocalDate today, List<DeliverableStatus> statuses, Locale locale,
			PrintWriter out) {
		out.println(DeliverablesMessages.text(locale, "deliverables.title", year, today.toString()));
		if (statuses.isEmpty()) {
			out.println(DeliverablesMessages.text(locale, "deliverables.none"));
			return;
		}
		StringBuilder header = new StringBuilder();
		for (String column : COLUMNS) {
			header.append((header.length() > 0) ? "\t" : "")
				.append(DeliverablesMessages.text(locale, "deliverables.column." + column));
		}
		out.println(header);
		int[] counts = new int[DeliverableStatus.State.values().length];
		for (DeliverableStatus status : statuses) {
			counts[status.state().ordinal()]++;
			out.println(String.join("\t", status.deliverable().department(), status.deliverable().name(),
					status.term().label(locale), status.dueLabel(locale), status.stateLabel(locale),
					status.latestLabel(locale)));
		}
		out.println(DeliverablesMessages.text(locale, "deliverables.summary", statuses.size(), counts[0], counts[1],
				counts[2], counts[3]));
	}

	/**
	 * The message for a data year out of range.
	 * @param year the year given
	 * @param locale the language
	 * @return the message
	 */
	public static String badYear(int year, Locale locale) {
		return DeliverablesMessages.text(locale, "deliverables.badYear", year);
	}

}
