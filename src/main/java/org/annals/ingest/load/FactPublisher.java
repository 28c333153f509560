package org.annals.ingest.load;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.StagedFact;

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

	private static final String SELECT = "select s.region_code, s.indicator_code, s.indicator_name, s.unit, s.fact_year, "
			+ "s.fact_value, s.status, s.flags, s.submission_id, :department, s.sheet, s.cell, :state, :conflict, :now, :execution "
			+ "from ingest_fact_staging s where s.submission_id = :submission ";

	private final JdbcClient jdbc;

	private final boolean postgres;

	FactPublisher(JdbcClient jdbc, boolean postgres) {
		this.jdbc = jdbc;
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
	 * Values a submission gives twice for one key, differently: each is an error.
	 * @param submission the submission
	 * @return the issues
	 */
	List<Issue> conflictingDuplicates(long submission) {
		return this.jdbc
			.sql("select s.sheet, s.cell, s.region_code, s.indicator_name, s.fact_year, s.fact_value, f.fact_value "
					+ "from ingest_fact_staging s join ingest_fact_staging f on f.submission_id = s.submission_id and "
					+ KEY + " and (f.sheet < s.sheet or (f.sheet = s.sheet and f.cell < s.cell)) and " + DIFFERS
					+ " where s.submission_id = ? order by s.sheet, s.cell")
			.param(submission)
			.query((rs, n) -> Issue.of(IssueCode.CONFLICTING_DUPLICATE, rs.getString(1), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getInt(5), plain(rs.getBigDecimal(7)),
					plain(rs.getBigDecimal(6))))
			.list();
	}

	/**
	 * Publishes a submission's staged facts.
	 * @param submission the submission
	 * @param department its department
	 * @param execution the job execution publishing it
	 * @return the number of facts published
	 */
	int publish(long submission, String department, Long execution) {
		Timestamp now = new Timestamp(System.currentTimeMillis());
		String sameRun = "f.job_execution_id = :execution and f.department <> :department";
		insert(submission, department, execution, now, "conflict", true,
				"and exists (select 1 from ingest_fact f where " + KEY + " and f.state = 'current' and " + sameRun
						+ " and " + DIFFERS + ")");
		this.jdbc
			.sql("update ingest_fact set conflict = true where state = 'current' and exists (select 1 from ingest_fact c "
					+ "where c.submission_id = :submission and c.state = 'conflict' and c.region_code = ingest_fact.region_code "
					+ "and c.indicator_code = ingest_fact.indicator_code and c.fact_year = ingest_fact.fact_year)")
			.param("submission", submission)
			.update();
		insert(submission, department, execution, now, "same", false, "and exists (select 1 from ingest_fact f where "
				+ KEY + " and f.state = 'current' and not " + DIFFERS + ")");
		this.jdbc.sql("update ingest_fact set state = 'superseded' where state = 'current' and exists (select 1 from "
				+ "ingest_fact_staging s, ingest_fact f where s.submission_id = :submission and f.id = ingest_fact.id and "
				+ KEY + " and " + DIFFERS + " and not (" + sameRun + "))")
			.param("submission", submission)
			.param("execution", execution)
			.param("department", department)
			.update();
		insert(submission, department, execution, now, "current", false,
				"and not exists (select 1 from ingest_fact f where " + KEY + " and f.state = 'current') "
						+ "and not exists (select 1 from ingest_fact_staging f where f.submission_id = s.submission_id and "
						+ KEY + " and (f.sheet < s.sheet or (f.sheet = s.sheet and f.cell < s.cell)))");
		// the rows just inserted are matched on columns no index covers: with statistics
		// from before them (an empty table, say), PostgreSQL scans ingest_fact once per
		// staged row, for hours on a large file; fresh statistics make it a hash join
		analyze("ingest_fact");
		insert(submission, department, execution, now, "same", false,
				"and not exists (select 1 from ingest_fact f where f.submission_id = s.submission_id "
						+ "and f.sheet = s.sheet and f.cell = s.cell)");
		this.jdbc.sql("delete from ingest_fact_staging where submission_id = ?").param(submission).update();
		return this.jdbc.sql("select count(*) from ingest_fact where submission_id = ?")
			.param(submission)
			.query(Integer.class)
			.single();
	}

	private void insert(long submission, String department, Long execution, Timestamp now, String state,
			boolean conflict, String condition) {
		this.jdbc.sql("insert into ingest_fact (" + COLUMNS + ") " + SELECT + condition)
			.param("submission", submission)
			.param("department", department)
			.param("state", state)
			.param("conflict", conflict)
			.param("now", now)
			.param("execution", execution)
			.update();
	}

	/**
	 * Reads the staged facts of a submission one at a time.
	 * @param submission the submission
	 * @param consumer what takes each fact
	 */
	void eachStaged(long submission, java.util.function.Consumer<StagedFact> consumer) {
		this.jdbc.sql(
				"select sheet, cell, region_code, indicator_code, indicator_name, unit, fact_year, fact_value, status, "
						+ "flags from ingest_fact_staging where submission_id = ?")
			.param(submission)
			.query((rs) -> {
				consumer.accept(new StagedFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBigDecimal(8), rs.getString(9),
						rs.getString(10)));
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
