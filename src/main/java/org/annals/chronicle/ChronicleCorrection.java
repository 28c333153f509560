package org.annals.chronicle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An editor's correction of the chronicle, kept beside the departments' wordings and
 * applied at every compile. The event it concerns is known by its department and title as
 * written.
 *
 * @param id its id, in the order corrections were made
 * @param year the chronicle's year
 * @param kind what it corrects
 * @param department the event's department
 * @param title the event's title as written
 * @param otherDepartment for a merge, the other event's department; else null
 * @param otherTitle for a merge, the other event's title; for a split, the title of the
 * entry it was taken from; else null
 * @param newTitle for a wording, the title printed; else null
 * @param newContent for a wording, the content printed; else null
 * @param start for a date, the first day; else null
 * @param end for a date, the last day; else null
 * @param precision for a date, its precision; else null
 * @param label for a date, as a yearbook prints it; else null
 * @param reason the editor's reason
 * @param editor who made it
 * @param correctedAt when
 */
public record ChronicleCorrection(long id, int year, Kind kind, String department, String title, String otherDepartment,
		String otherTitle, String newTitle, String newContent, LocalDate start, LocalDate end, DatePrecision precision,
		String label, String reason, String editor, Instant correctedAt) {

	/**
	 * What a correction changes.
	 */
	public enum Kind {

		/** The title and content printed. */
		WORDING,
		/** The date printed, and so the entry's place. */
		DATE,
		/** Two entries are one event. */
		MERGE,
		/** An event is an entry of its own. */
		SPLIT;

		/**
		 * The stored code.
		 * @return {@code wording}, {@code date}, ...
		 */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * The kind of a stored code.
		 * @param code the code
		 * @return the kind
		 */
		public static Kind ofCode(String code) {
			return valueOf(code.toUpperCase(Locale.ROOT));
		}

	}

}
