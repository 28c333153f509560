package org.annals.ingest.load;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.StagedFact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decides the state of a read submission's facts, set by set, in the caller's
 * transaction. A file's facts were written into {@code ingest_fact} as it was read, each
 * {@code current}, or {@code repeat} where an earlier cell of the file gave the same
 * region, indicator and year; none is published until the submission is {@code loaded}
 * ({@code ingest_published_fact} is what is published). Deciding leaves one current fact
 * per region, indicator and year among the published: a repeat equal to its first cell is
 * {@code same}; an equal value is the same fact ({@code same}); a different value
 * supersedes the current one, which stays as history ({@code superseded}); a different
 * value from another department decided in the same run is a conflict editors see
 * ({@code conflict}, and the current fact is marked). Only the indicators and years a
 * file shares with published files are compared, so a file of new figures is published
 * without touching its rows.
 */
class FactPublisher {

	private static final String KEY = "f.region_code = n.region_code and f.indicator_code = n.indicator_code "
			+ "and f.fact_year = n.fact_year";

	private static final String DIFFERS = "(f.fact_value <> n.fact_value or (f.fact_value is null) <> (n.fact_value is null) "
			+ "or f.status <> n.status)";

	private static final String PUBLISHED = "f.submission_id in (select id from ingest_submission where status = 'loaded')";

	/** Indicator-years compared in one statement at most. */
	private static final int PAIRS_AT_ONCE = 200;

	/** Rows fetched at a time when facts are read back. */
	private static final int FETCH = 5000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final boolean postgres;

	FactPublisher(JdbcTemplate template, boolean postgres) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
		this.postgres = postgres;
	}

	/**
	 * Brings the block-range index on {@code submission_id} up to date with the pages
	 * written since it was last summarised (PostgreSQL only), so that finding a
	 * submission's facts reads its own pages, not all those written tonight. Costs a scan
	 * of the new pages, once.
	 */
	void summariseNewFacts() {
		if (this.postgres) {
			this.jdbc.sql("select brin_summarize_new_values('ingest_fact_submission_ix')")
				.query(Integer.class)
				.single();
		}
	}

	/**
	 * Refreshes PostgreSQL's statistics of the tables a night of loading changed most, so
	 * that what runs next (compiling the tables, the report) is planned for the rows
	 * there are, not for an empty table. ANALYZE samples a fixed number of rows: a
	 * fraction of a second however large the tables.
	 */
	void refreshStatistics() {
		if (this.postgres) {
			this.jdbc.sql("analyze ingest_submission, ingest_coverage, ingest_fact").update();
		}
	}

	/**
	 * The state a fact is written in while its file is read.
	 * @param fact the fact
	 * @return {@code repeat} or {@code current}
	 */
	static String tentativeState(StagedFact fact) {
		return fact.repeat() ? "repeat" : "current";
	}

	/**
	 * Marks, in the database, every fact of a submission whose key an earlier fact of it
	 * (in file order) gave: for when the reading could not tell (see
	 * {@link RepeatedKeys}).
	 * @param submission the submission
	 * @return how many of its facts are marked now
	 */
	long markRepeats(long submission) {
		this.jdbc
			.sql("update ingest_fact set state = 'repeat' where submission_id = :s and state = 'current' and id in "
					+ "(select id from (select id, row_number() over (partition by region_code, indicator_code, fact_year "
					+ "order by id) n from ingest_fact where submission_id = :s) r where n > 1)")
			.param("s", submission)
			.update();
		return this.jdbc.sql("select count(*) from ingest_fact where submission_id = ? and state = 'repeat'")
			.param(submission)
			.query(Long.class)
			.single();
	}

	/**
	 * Values a submission gives twice for one key, differently: each is an error, on the
	 * later cell, against the value before it in the file.
	 * @param submission the submission
	 * @return the issues
	 */
	List<Issue> conflictingDuplicates(long submission) {
		return this.jdbc
			.sql("select sheet, cell, region_code, indicator_name, fact_year, fact_value, before_value "
					+ "from (select n.id, n.sheet, n.cell, n.region_code, n.indicator_name, n.fact_year, n.fact_value, "
					+ "n.status, lag(n.fact_value) over w before_value, lag(n.status) over w before_status, "
					+ "row_number() over w k from ingest_fact n where n.submission_id = :s and exists (select 1 from "
					+ "ingest_fact f where f.submission_id = :s and f.state = 'repeat' and " + KEY + ") window w as "
					+ "(partition by n.region_code, n.indicator_code, n.fact_year order by n.id)) d where k > 1 and "
					+ "(fact_value <> before_value or (fact_value is null) <> (before_value is null) "
					+ "or status <> before_status) order by id")
			.param("s", submission)
			.query((rs, n) -> Issue.of(IssueCode.CONFLICTING_DUPLICATE, rs.getString(1), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getInt(5), plain(rs.getBigDecimal(7)),
					plain(rs.getBigDecimal(6))))
			.list();
	}

	/**
	 * Makes a submission's repeats, all equal to their first cell, {@code same}.
	 * @param submission the submission
	 */
	void settleRepeats(long submission) {
		this.jdbc.sql("update ingest_fact set state = 'same' where submission_id = ? and state = 'repeat'")
			.param(submission)
			.update();
	}

	/**
	 * Compares a submission's facts with the published current facts of the indicators
	 * and years they share: first the current facts it differs from (one from another
	 * department decided in the same run stays current and is marked a conflict; any
	 * other is superseded), then its own facts against what is current now (equal:
	 * {@code same}; still differing: {@code conflict}). Its other facts stay
	 * {@code current}.
	 * @param submission the submission
	 * @param department its department
	 * @param execution the job execution deciding it
	 * @return how many of its facts are a conflict
	 */
	int compareWithPublished(long submission, String department, Long execution) {
		List<Object[]> shared = this.jdbc
			.sql("select distinct c.indicator_code, c.fact_year from ingest_coverage c where c.submission_id = :s "
					+ "and exists (select 1 from ingest_coverage o join ingest_submission l on l.id = o.submission_id "
					+ "where o.indicator_code = c.indicator_code and o.fact_year = c.fact_year "
					+ "and o.submission_id <> :s and l.status = 'loaded')")
			.param("s", submission)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) })
			.list();
		int conflicts = 0;
		for (int from = 0; from < shared.size(); from += PAIRS_AT_ONCE) {
			conflicts += compare(submission, department, execution,
					shared.subList(from, Math.min(shared.size(), from + PAIRS_AT_ONCE)));
		}
		return conflicts;
	}

	private int compare(long submission, String department, Long execution, List<Object[]> pairs) {
		List<Object> params = new ArrayList<>();
		String within = within(pairs, params);
		String sameRun = "exists (select 1 from ingest_submission o where o.id = f.submission_id "
				+ "and o.decided_by = ? and o.department <> ?)";
		List<Object> supersede = new ArrayList<>(List.of(execution, department, execution, department));
		supersede.addAll(params);
		supersede.add(submission);
		supersede.add(submission);
		this.template.update(
				"update ingest_fact f set state = case when " + sameRun + " then state else 'superseded' "
						+ "end, conflict = (conflict or " + sameRun + ") where f.state = 'current' and " + within
						+ " and f.submission_id <> ? and " + PUBLISHED + " and exists (select 1 from ingest_fact n "
						+ "where n.submission_id = ? and n.state = 'current' and " + KEY + " and " + DIFFERS + ")",
				supersede.toArray());
		String current = "select 1 from ingest_fact f where f.state = 'current' and f.submission_id <> ? and "
				+ PUBLISHED + " and " + KEY;
		List<Object> settle = new ArrayList<>(List.of(submission, submission, submission));
		settle.addAll(params);
		settle.add(submission);
		this.template.update("update ingest_fact n set conflict = exists (" + current + " and " + DIFFERS
				+ "), state = case when exists (" + current + " and " + DIFFERS + ") then 'conflict' else 'same' "
				+ "end where n.submission_id = ? and n.state in ('current', 'same') and " + within.replace("f.", "n.")
				+ " and exists (" + current + ")", settle.toArray());
		List<Object> counted = new ArrayList<>(params);
		counted.add(submission);
		// "+ 0": found through the key index, indicator-year by indicator-year
		return this.template.queryForObject("select count(*) from ingest_fact f where " + within
				+ " and f.submission_id + 0 = ? and f.state = 'conflict'", Integer.class, counted.toArray());
	}

	private static String within(List<Object[]> pairs, List<Object> params) {
		StringBuilder sql = new StringBuilder("(");
		for (Object[] pair : pairs) {
			sql.append((sql.length() > 1) ? " or " : "").append("(f.fact_year = ? and f.indicator_code = ?)");
			params.add(pair[1]);
			params.add(pair[0]);
		}
		return sql.append(")").toString();
	}

	/**
	 * How many facts a submission gave.
	 * @param submission the submission
	 * @return the count
	 */
	int factCount(long submission) {
		return this.jdbc.sql("select coalesce(sum(facts), 0) from ingest_coverage where submission_id = ?")
			.param(submission)
			.query(Integer.class)
			.single();
	}

	/**
	 * Streams a submission's facts of some indicators, a few thousand rows at a time (the
	 * caller's transaction keeps the cursor open), so memory does not grow with the file.
	 * @param submission the submission
	 * @param indicators the indicators' codes
	 * @param consumer what takes each fact
	 */
	void eachFact(long submission, Collection<String> indicators, Consumer<StagedFact> consumer) {
		if (indicators.isEmpty()) {
			return;
		}
		JdbcTemplate streaming = new JdbcTemplate(this.template.getDataSource());
		streaming.setFetchSize(FETCH);
		streaming.query((connection) -> {
			var statement = connection.prepareStatement("select sheet, cell, region_code, indicator_code, "
					+ "indicator_name, unit, fact_year, fact_value, status, flags from ingest_fact "
					+ "where submission_id = ? and indicator_code = any (?) order by id");
			Array codes = connection.createArrayOf("varchar", indicators.toArray());
			statement.setLong(1, submission);
			statement.setArray(2, codes);
			return statement;
		}, (rs) -> {
			consumer.accept(
					new StagedFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getInt(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10)));
		});
	}

	/**
	 * The published current value of a fact, by {@code region|indicator|year}.
	 * @param key the key
	 * @return the value, or null
	 */
	BigDecimal currentValue(String key) {
		String[] parts = key.split("\\|");
		return this.jdbc
			.sql("select fact_value from ingest_published_fact where fact_year = ? and indicator_code = ? "
					+ "and region_code = ? and state = 'current'")
			.params(Integer.parseInt(parts[2]), parts[1], parts[0])
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Marks a fact of a submission with a flag.
	 * @param submission the submission
	 * @param fact the fact
	 * @param issue the warning on it
	 */
	void flag(long submission, StagedFact fact, Issue issue) {
		String flag = issue.code().toLowerCase();
		this.jdbc
			.sql("update ingest_fact set flags = case when flags = '' then ? else flags || ',' || ? end "
					+ "where fact_year = ? and indicator_code = ? and region_code = ? and submission_id = ? "
					+ "and sheet = ? and cell = ?")
			.params(flag, flag, fact.year(), fact.indicatorCode(), fact.regionCode(), submission, fact.sheet(),
					fact.cell())
			.update();
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "—";
	}

}
