package org.annals.ingest;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which published submissions hold facts of some years and indicators, read from
 * {@code ingest_coverage} (a row per chunk, indicator and year; small), so that a query
 * of facts by region, indicator and year reads those submissions' pages only. On
 * PostgreSQL {@code ingest_fact} has no index by region, indicator and year: keeping one
 * up to date cost PostgreSQL about 4 s per million facts written, as much as the rest of
 * the load together; its block-range index (by submission, among others) finds a
 * submission's facts instead, since a file's facts are written together.
 */
public final class PublishedCoverage {

	private PublishedCoverage() {
	}

	/**
	 * The loaded submissions with facts of any of some years and indicators.
	 * @param jdbc the database
	 * @param years the years
	 * @param indicators the indicators' codes (none: any indicator)
	 * @return their ids, in order
	 */
	public static List<Long> submissions(JdbcClient jdbc, Collection<Integer> years, Collection<String> indicators) {
		if (years.isEmpty()) {
			return List.of();
		}
		String byIndicator = indicators.isEmpty() ? "" : " and c.indicator_code in (" + literals(indicators) + ")";
		return jdbc.sql(
				"select distinct c.submission_id from ingest_coverage c join ingest_submission s on s.id = c.submission_id "
						+ "where s.status = 'loaded' and c.fact_year in ("
						+ years.stream().distinct().map(String::valueOf).collect(Collectors.joining(",")) + ")"
						+ byIndicator + " order by c.submission_id")
			.query(Long.class)
			.list();
	}

	/**
	 * The first and last years of loaded data: the years of the facts and of the events
	 * of loaded submissions.
	 * @param jdbc the database
	 * @return the two years, or null when nothing is loaded
	 */
	public static int[] dataYears(JdbcClient jdbc) {
		// min and max of no rows are one row of nulls
		return jdbc
			.sql("select min(y), max(y) from ("
					+ "select c.fact_year y from ingest_coverage c join ingest_submission s on s.id = c.submission_id "
					+ "where s.status = 'loaded' union all "
					+ "select cast(extract(year from e.start_date) as integer) y from ingest_event e "
					+ "join ingest_submission s on s.id = e.submission_id where s.status = 'loaded') years")
			.query((rs, row) -> (rs.getObject(1) != null) ? new int[] { rs.getInt(1), rs.getInt(2) } : null)
			.list()
			.get(0);
	}

	/**
	 * The latest year with published facts: every published submission that gave facts of
	 * a year left a current fact of it (a later one supersedes it only with facts of the
	 * same year), so this is the latest year with current facts.
	 * @param jdbc the database
	 * @return the year, or null when nothing is published
	 */
	public static Integer latestYear(JdbcClient jdbc) {
		return jdbc
			.sql("select max(c.fact_year) from ingest_coverage c join ingest_submission s on s.id = c.submission_id "
					+ "where s.status = 'loaded'")
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Texts as SQL string literals, for an {@code in (…)} list.
	 * @param texts the texts (codes)
	 * @return the literals, each once, separated by commas
	 */
	public static String literals(Collection<String> texts) {
		return texts.stream()
			.distinct()
			.map((text) -> "'" + text.replace("'", "''") + "'")
			.collect(Collectors.joining(","));
	}

	/**
	 * A condition on a fact's submission, for SQL: one of the given.
	 * @param column the column, e.g. {@code f.submission_id}
	 * @param submissions the submissions' ids
	 * @return the condition; false when there are none
	 */
	public static String among(String column, Collection<Long> submissions) {
		if (submissions.isEmpty()) {
			return "1 = 0";
		}
		return column + " in (" + submissions.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
	}

}
