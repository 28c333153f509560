package org.annals.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model ingest publishes of the events it loaded from departments' logs
 * ({@code ingest_event}): the chronicle reads its input here, never with SQL on ingest's
 * tables.
 */
@Component
public class PublishedEvents {

	private final JdbcClient jdbc;

	PublishedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One current event.
	 *
	 * @param id the event id
	 * @param department the reporting department (the submitting one when the log names
	 * none)
	 * @param source the file it came from
	 * @param start first day of its period
	 * @param end last day of its period
	 * @param precision the code of its date's precision ({@code day}, {@code xun}, ...)
	 * @param label its date as a yearbook prints it
	 * @param title its title, verbatim
	 * @param content its content, verbatim
	 */
	public record Event(long id, String department, String source, LocalDate start, LocalDate end, String precision,
			String label, String title, String content) {
	}

	/**
	 * The current events that start in a year, in the order of submission.
	 * @param year the year
	 * @return the events
	 */
	public List<Event> ofYear(int year) {
		return this.jdbc
			.sql("select e.id, e.department, s.department, s.original_name, e.start_date, e.end_date, e.date_precision, "
					+ "e.label, e.title, e.content from ingest_event e join ingest_submission s on s.id = e.submission_id "
					+ "where e.state = 'current' and e.start_date >= ? and e.start_date < ? order by s.id, e.row_index")
			.params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)))
			.query((rs, n) -> new Event(rs.getLong(1), rs.getString(2).isBlank() ? rs.getString(3) : rs.getString(2),
					rs.getString(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getString(10)))
			.list();
	}

	/**
	 * The years that have current events.
	 * @return the years, oldest first
	 */
	public List<Integer> years() {
		return this.jdbc.sql("select distinct start_date from ingest_event where state = 'current'")
			.query(Date.class)
			.list()
			.stream()
			.map((d) -> d.toLocalDate().getYear())
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * Where an event came from, with its wording as the department wrote it.
	 *
	 * @param id the event id
	 * @param submission the submission it was read from
	 * @param department the reporting department
	 * @param file the file's name as sent
	 * @param sheet the sheet (or document part)
	 * @param cell the cell or paragraph of its date
	 * @param dateWritten its date as written
	 * @param title its title, verbatim
	 * @param content its content, verbatim
	 * @param current whether it is current (a later log of the same name replaces it)
	 */
	public record Source(long id, long submission, String department, String file, String sheet, String cell,
			String dateWritten, String title, String content, boolean current) {
	}

	/**
	 * The sources of some events, by id.
	 * @param ids the event ids
	 * @return their sources, in the order of the ids
	 */
	public List<Source> sources(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
		return this.jdbc
			.sql("select e.id, s.id, e.department, s.department, s.original_name, e.sheet, e.cell, e.date_written, "
					+ "e.title, e.content, e.state from ingest_event e join ingest_submission s on s.id = e.submission_id "
					+ "where e.id in (" + marks + ") order by e.id")
			.params(List.copyOf(ids))
			.query((rs, n) -> new Source(rs.getLong(1), rs.getLong(2),
					rs.getString(3).isBlank() ? rs.getString(4) : rs.getString(3), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
					"current".equals(rs.getString(11))))
			.list();
	}

}
