package org.annals.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A read model of ingest for other features: the files a department sent that gave
 * figures of a year for some indicators, or events dated in a span, latest first, each
 * with its verdict. A file counts once a row of it was read ({@code ingest_coverage} and
 * {@code ingest_event} are written while it is read), so a rejected file counts too.
 */
public final class DepartmentFiles {

	private static final String COLUMNS = "select s.id, s.original_name, s.status, s.received_at, s.error_count "
			+ "from ingest_submission s where s.department = :department and s.kind = :kind ";

	private static final String LATEST_FIRST = "order by s.received_at desc, s.id desc";

	private final JdbcClient jdbc;

	/**
	 * Reads through a connection of the caller's.
	 * @param jdbc the database
	 */
	public DepartmentFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A file a department sent, with its verdict.
	 *
	 * @param id the submission's id
	 * @param originalName the name it was sent under
	 * @param status its verdict ({@code loaded}, {@code rejected}, …)
	 * @param receivedAt when it was received
	 * @param errorCount how many errors its report names
	 */
	public record File(long id, String originalName, String status, LocalDateTime receivedAt, int errorCount) {
	}

	/**
	 * The statistics files of a department that gave a figure of a year for one of some
	 * indicators.
	 * @param department the department's folder
	 * @param year the data year
	 * @param indicators the indicators' codes
	 * @return the files, latest first
	 */
	public List<File> statistics(String department, int year, Collection<String> indicators) {
		return this.jdbc
			.sql(COLUMNS + "and exists (select 1 from ingest_coverage c where c.submission_id = s.id "
					+ "and c.fact_year = :year and c.indicator_code in (:indicators)) " + LATEST_FIRST)
			.param("department", department)
			.param("kind", "statistics")
			.param("year", year)
			.param("indicators", indicators)
			.query(File.class)
			.list();
	}

	/**
	 * The event logs of a department that hold an event starting in a span.
	 * @param department the department's folder
	 * @param start the span's first day
	 * @param end the span's last day
	 * @return the files, latest first
	 */
	public List<File> events(String department, LocalDate start, LocalDate end) {
		return this.jdbc
			.sql(COLUMNS + "and exists (select 1 from ingest_event e where e.submission_id = s.id "
					+ "and e.start_date between :start and :end) " + LATEST_FIRST)
			.param("department", department)
			.param("kind", "events")
			.param("start", start)
			.param("end", end)
			.query(File.class)
			.list();
	}

}
