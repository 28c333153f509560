package org.annals.chronicle.internal;

import java.time.LocalDate;

import org.annals.chronicle.DatePrecision;

/**
 * One current event from a department's log, as the chronicle compile reads it from
 * {@code ingest_event}.
 *
 * @param id the event id
 * @param department the reporting department
 * @param source the file it came from
 * @param start first day of its period
 * @param end last day of its period
 * @param precision its precision
 * @param label its date as a yearbook prints it
 * @param title its title, verbatim
 * @param content its content, verbatim
 */
public record ChronicleEvent(long id, String department, String source, LocalDate start, LocalDate end,
		DatePrecision precision, String label, String title, String content) {

	/**
	 * Whether the periods of two events share a day.
	 * @param other the other event
	 * @return true when compatible in date
	 */
	public boolean overlaps(ChronicleEvent other) {
		return !this.start.isAfter(other.end) && !other.start.isAfter(this.end);
	}

}
