package org.annals.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A read model of ingest for review: the loaded submissions with the data year they are
 * about, and the figures a submission gave, as it sent them.
 */
public final class SubmittedFiles {

	private final JdbcClient jdbc;

	/**
	 * Reads through a connection of the caller's.
	 * @param jdbc the database
	 */
	public SubmittedFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A loaded submission.
	 *
	 * @param id its id
	 * @param department the department folder that sent it first
	 * @param kind {@code statistics} or {@code events}
	 * @param originalName the name it was sent under
	 * @param receivedAt when it was received
	 * @param dataYear the latest year of its figures or events
	 */
	public record File(long id, String department, String kind, String originalName, LocalDateTime receivedAt,
			int dataYear) {
	}

	/**
	 * A figure as a submission gave it.
	 *
	 * @param factId the fact's id
	 * @param regionCode its region
	 * @param indicatorName the indicator as the file named it
	 * @param unit the unit
	 * @param year its year
	 * @param value the value, null when not available
	 * @param status empty, {@code na}, {@code provisional} or {@code confidential}
	 * @param sheet the sheet
	 * @param cell the cell
	 */
	public record Figure(long factId, String regionCode, String indicatorName, String unit, int year, BigDecimal value,
			String status, String sheet, String cell) {
	}

	/**
	 * The loaded submissions, oldest first.
	 * @return the submissions
	 */
	public List<File> loaded() {
		return this.jdbc
			.sql("select s.id, s.department, s.kind, s.original_name, s.received_at, coalesce("
					+ "(select max(c.fact_year) from ingest_coverage c where c.submission_id = s.id), "
					+ "(select max(extract(year from e.start_date)) from ingest_event e where e.submission_id = s.id), "
					+ "0) from ingest_submission s where s.status = 'loaded' order by s.id")
			.query((rs, n) -> new File(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toLocalDateTime(), rs.getInt(6)))
			.list();
	}

	/**
	 * The figures a submission gave, in the order of its sheets and cells.
	 * @param submission the submission's id
	 * @return the figures
	 */
	public List<Figure> figures(long submission) {
		return this.jdbc
			.sql("select id, region_code, indicator_name, unit, fact_year, fact_value, status, sheet, cell "
					+ "from ingest_published_fact where submission_id = ? order by sheet, id")
			.param(submission)
			.query((rs, n) -> new Figure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
	}

}
