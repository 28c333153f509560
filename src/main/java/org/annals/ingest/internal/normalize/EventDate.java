package org.annals.ingest.internal.normalize;

import java.time.LocalDate;

/**
 * The date of an event in a chronicle's event log (大事记): the period it names, how finely,
 * the label a yearbook prints for it, and the wording the department used, kept so that
 * what was written can always be shown beside what was understood.
 *
 * @param start the first day of the period
 * @param end the last day of the period (inclusive); equal to start for a single day
 * @param precision how finely the period is named
 * @param label the label as a yearbook prints it, e.g. {@code 6月15日}, {@code 6月上旬},
 * {@code 第一季度}; without the year unless the period crosses years
 * @param written the original wording exactly as written: a cell's text as stored, the
 * date at the start of a paragraph, or {@code 同日}/{@code 当日} for a date carried over from
 * the previous entry
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String label, String written) {

}
