package org.annals.ingest.load;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.StagedFact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves a read submission's staged facts into {@code ingest_fact}, set by set, in the
 * caller's transaction. One current fact per region, indicator and year: an equal value
 * is the same fact ({@code same}); a different value supersedes the current one, which
 * stays as history ({@code superseded}); a different value from another department in the
 * same run is a conflict editors see ({@code conflict}, and the current fact is marked).
 */
class FactPublisher {

	private static final String KEY = "f.region_code = s.region_code and f.indicator_code = s.indicator_code "
			+ "and f.fact_year = s.fact_year";

	private static final String DIFFERS = "(f.fact_value <> s.fact_value or (f.fact_value is null) <> (s.fact_value is null) "
			+ "or f.status <> s.status)";

	private static final String COLUMNS = "region_code, indicator_code, indicator_name, unit, fact_year, fact_value, status, flags, "
			+ "submission_id, department, sheet, cell, state, conflict, published_at, job_execution_id";

	/** Rows fetched at a time when staged facts are read back. */
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
	 * Refreshes the planner's statistics after a bulk load, so that PostgreSQL joins the
	 * staged rows by hash rather than row by row (a fresh table has no statistics).
	 * @param tables the tables
	 */
	void analyze(String... tables) {
		if (this.postgres) {
			for (String table : tables) {
				this.jdbc.sql("analyze " + table).update();
			}
		}
	}

	/**
	 * Lets the sorts and hashes over a large submission stay in memory, for this
	 * transaction only.
	 */
	void roomToSort() {
		if (this.postgres) {
			this.jdbc.sql("set local work_mem = '64MB'").update();
		}
	}

	/**
	 * Whether a submission gives any region, indicator and year more than once (by hash,
	 * without sorting the submission; usually it does not).
	 * @param submission the submission
	 * @return whether some key repeats
	 */
	boolean repeatsKeys(long submission) {
		return this.jdbc
			.sql("select count(*) from (select 1 from ingest_fact_staging s where s.submission_id = ? "
					+ "group by s.region_code, s.indicator_code, s.fact_year having count(*) > 1) d")
			.param(submission)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Values a submission gives twice for one key, differently: each is an error, on the
	 * later cell, against the value before it (cells taken in the order that also picks
	 * the one that becomes current).
	 * @param submission the submission
	 * @return the issues
	 */
	List<Issue> conflictingDuplicates(long submission) {
		return this.jdbc.sql("select sheet, cell, region_code, indicator_name, fact_year, fact_value, before_value "
				+ "from (select s.sheet, s.cell, s.region_code, s.indicator_name, s.fact_year, s.fact_value, s.status, "
				+ "lag(s.fact_value) over w before_value, lag(s.status) over w before_status, row_number() over w n "
				+ "from ingest_fact_staging s where s.submission_id = ? window w as (partition by s.region_code, "
				+ "s.indicator_code, s.fact_year order by s.sheet, s.cell)) d where n > 1 and (fact_value <> before_value "
				+ "or (fact_value is null) <> (before_value is null) or status <> before_status) order by sheet, cell")
			.param(submission)
			.query((rs, n) -> Issue.of(IssueCode.CONFLICTING_DUPLICATE, rs.getString(1), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getInt(5), plain(rs.getBigDecimal(7)),
					plain(rs.getBigDecimal(6))))
			.list();
	}

	/**
	 * Publishes a submission's staged facts in two set-based statements. First the
	 * current facts it differs from: one from another department in the same run stays
	 * current and is marked a conflict; any other is superseded. Then every staged fact,
	 * its state decided against what is current now: nothing (or only a superseded fact)
	 * makes it current, or {@code same} for a repeat of its key later in the same file
	 * (sheet and cell order); an equal value is {@code same}; a value still differing is
	 * a {@code conflict}.
	 * @param submission the submission
	 * @param department its department
	 * @param execution the job execution publishing it
	 * @param repeatsKeys whether some key repeats in the submission (if not, no sort is
	 * needed to find each key's first cell)
	 * @return the number of facts published
	 */
	int publish(long submission, String department, Long execution, boolean repeatsKeys) {
		String ranked = repeatsKeys ? "row_number() over (partition by s.region_code, s.indicator_code, "
				+ "s.fact_year order by s.sheet, s.cell)" : "1";
		String sameRun = "coalesce(f.job_execution_id = :execution and f.department <> :department, false)";
		this.jdbc
			.sql(("update ingest_fact f set state = case when " + sameRun + " then state else 'superseded' end, "
					+ "conflict = (conflict or " + sameRun + ") where state = 'current' and exists (select 1 from "
					+ "ingest_fact_staging s where s.submission_id = :submission and " + KEY + " and " + DIFFERS + ")"))
			.param("submission", submission)
			.param("execution", execution)
			.param("department", department)
			.update();
		return this.jdbc.sql("insert into ingest_fact (" + COLUMNS + ") select s.region_code, s.indicator_code, "
				+ "s.indicator_name, s.unit, s.fact_year, s.fact_value, s.status, s.flags, s.submission_id, :department, "
				+ "s.sheet, s.cell, case when f.id is null then (case when s.n = 1 then 'current' else 'same' end) "
				+ "when " + DIFFERS + " then 'conflict' else 'same' end, coalesce(f.id is not null and " + DIFFERS
				+ ", false), :now, " + ":execution from (select s.*, " + ranked + " n from ingest_fact_staging s "
				+ "where s.submission_id = :submission) s " + "left join ingest_fact f on " + KEY
				+ " and f.state = 'current'")
			.param("submission", submission)
			.param("department", department)
			.param("now", new Timestamp(System.currentTimeMillis()))
			.param("execution", execution)
			.update();
	}

	/**
	 * Removes a decided submission's staged facts.
	 * @param submission the submission
	 */
	void clearStaged(long submission) {
		this.jdbc.sql("delete from ingest_fact_staging where submission_id = ?").param(submission).update();
	}

	/**
	 * Streams the staged facts of some indicators, a few thousand rows at a time (the
	 * caller's transaction keeps the cursor open), so memory does not grow with the file.
	 * @param submission the submission
	 * @param indicators the indicators' codes
	 * @param consumer what takes each fact
	 */
	void eachStaged(long submission, Collection<String> indicators, Consumer<StagedFact> consumer) {
		if (indicators.isEmpty()) {
			return;
		}
		JdbcTemplate streaming = new JdbcTemplate(this.template.getDataSource());
		streaming.setFetchSize(FETCH);
		streaming.query((connection) -> {
			var statement = connection.prepareStatement("select sheet, cell, region_code, indicator_code, "
					+ "indicator_name, unit, fact_year, fact_value, status, flags from ingest_fact_staging "
					+ "where submission_id = ? and indicator_code = any (?)");
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
	 * The current value of a fact, by {@code region|indicator|year}.
	 * @param key the key
	 * @return the value, or null
	 */
	BigDecimal currentValue(String key) {
		String[] parts = key.split("\\|");
		return this.jdbc
			.sql("select fact_value from ingest_fact where region_code = ? and indicator_code = ? "
					+ "and fact_year = ? and state = 'current'")
			.params(parts[0], parts[1], Integer.parseInt(parts[2]))
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Marks a staged fact with a flag.
	 * @param submission the submission
	 * @param issue the warning on the fact's cell
	 */
	void flag(long submission, Issue issue) {
		this.jdbc
			.sql("update ingest_fact_staging set flags = case when flags = '' then ? else flags || ',' || ? end "
					+ "where submission_id = ? and sheet = ? and cell = ?")
			.params(issue.code().toLowerCase(), issue.code().toLowerCase(), submission, issue.sheet(), issue.cell())
			.update();
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "—";
	}

}
