package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.annals.ingest.PublishedCoverage;
import org.annals.reference.SourceRanks;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides, by the rank of their sources (数出一门), the facts of a file that meet a published
 * current fact of the same region, indicator and year from another department or with
 * another value, and records every change in {@code ingest_fact_change}. A later value
 * from the same source is a revision and supersedes; a value from a better source is
 * published and the earlier kept as an alternative, and one from a worse source is kept
 * as an alternative (both flagged); equal values are one fact, shown with the better
 * source; different values of equal rank are a revision, or a conflict when decided in
 * the same run. While an editor's choice stands for a key, a different value is an
 * alternative for the editor to settle.
 */
class SourceComparison {

	private final JdbcTemplate jdbc;

	private final SourceRanks ranks;

	SourceComparison(JdbcTemplate jdbc, SourceRanks ranks) {
		this.jdbc = jdbc;
		this.ranks = ranks;
	}

	/**
	 * Decides a file's facts against the current facts they meet.
	 * @param submission the file
	 * @param department its department
	 * @param execution the job execution deciding it
	 * @param within the indicator-years compared, as a condition on {@code f.}
	 * @param params the condition's parameters
	 * @param publishedFiles the published files that have them
	 * @param sameRun the published files another department sent in this run, as a
	 * condition on {@code f.}
	 * @return how many of its facts are an alternative or a conflict
	 */
	int decide(long submission, String department, Long execution, String within, List<Object> params,
			Set<Long> publishedFiles, String sameRun) {
		// the departments of the published files, looked up once: joined in, the
		// submissions were scanned once per fact (a nested loop whatever the planner's
		// settings, the file being fixed by a constant on both sides)
		Map<Long, String> departments = new HashMap<>();
		this.jdbc.query(
				"select id, department from ingest_submission where " + PublishedCoverage.among("id", publishedFiles),
				(rs) -> {
					departments.put(rs.getLong(1), rs.getString(2));
				});
		List<Long> ownDepartment = departments.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(department))
			.map(Map.Entry::getKey)
			.toList();
		String published = PublishedCoverage.among("f.submission_id", publishedFiles);
		List<Object> args = new ArrayList<>(List.of(submission));
		args.addAll(params);
		List<Meeting> meetings = this.jdbc.query("select n.id, f.id, f.submission_id, n.region_code, n.indicator_code, "
				+ "n.fact_year, n.fact_value, f.fact_value, n.status, f.status, " + sameRun + " from ingest_fact n "
				+ "join ingest_fact f on f.region_code = n.region_code and f.indicator_code = n.indicator_code and "
				+ "f.fact_year = n.fact_year and f.state = 'current' and " + published
				+ " where n.submission_id = ? and n.state = 'current' and " + within.replace("f.", "n.") + " and (not ("
				+ PublishedCoverage.among("f.submission_id", ownDepartment) + ") or n.fact_value <> f.fact_value or "
				+ "(n.fact_value is null) <> (f.fact_value is null) or n.status <> f.status)", (rs, i) -> {
					boolean differs = !Objects.equals(rs.getString(9), rs.getString(10))
							|| !same(rs.getBigDecimal(7), rs.getBigDecimal(8));
					return new Meeting(rs.getLong(1), rs.getLong(2), departments.get(rs.getLong(3)), rs.getString(4),
							rs.getString(5), rs.getInt(6), differs, rs.getBoolean(11));
				}, args.toArray());
		if (meetings.isEmpty()) {
			return 0;
		}
		Set<Long> chosen = chosen(meetings);
		int conflicts = 0;
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		Batch batch = new Batch();
		for (Meeting meeting : meetings) {
			conflicts += decide(meeting, submission, department, execution, chosen.contains(meeting.current()), now,
					batch);
		}
		batch.apply(this.jdbc);
		return conflicts;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private int decide(Meeting m, long submission, String department, Long execution, boolean chosen, Timestamp now,
			Batch batch) {
		int mine = this.ranks.rank(department, m.indicator(), m.region());
		int theirs = this.ranks.rank(m.department(), m.indicator(), m.region());
		if (!m.differs()) {
			if (mine < theirs && !chosen) {
				batch.state(m.current(), "same", false);
			}
			else {
				batch.state(m.fact(), "same", false);
			}
			return 0;
		}
		if (chosen || mine > theirs) {
			batch.state(m.fact(), "alternative", true);
			batch.flag(m.current());
			batch.retire(m, department);
			batch.record(record("alternative", m, m.current(), submission, execution, now));
			return 1;
		}
		if (mine < theirs) {
			batch.state(m.current(), "alternative", true);
			batch.flag(m.fact());
			batch.record(record("alternative", m, m.fact(), submission, execution, now));
			return 1;
		}
		if (m.sameRun() && !department.equals(m.department())) {
			batch.state(m.fact(), "conflict", true);
			batch.flag(m.current());
			batch.record(record("conflict", m, m.current(), submission, execution, now));
			return 1;
		}
		batch.state(m.current(), "superseded", null);
		batch.record(record("revision", m, m.fact(), submission, execution, now));
		return 0;
	}

	private static Object[] record(String kind, Meeting m, long publishedFact, long submission, Long execution,
			Timestamp now) {
		return new Object[] { kind, m.region(), m.indicator(), m.year(), m.current(), m.fact(), publishedFact,
				submission, execution, now };
	}

	/**
	 * The current facts among those met that an editor's latest choice of their key is.
	 */
	private Set<Long> chosen(List<Meeting> meetings) {
		Set<Long> chosen = new HashSet<>();
		List<Long> ids = meetings.stream().map(Meeting::current).distinct().toList();
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> some = ids.subList(from, Math.min(ids.size(), from + 500));
			chosen.addAll(this.jdbc.queryForList("select c.fact_id from ingest_fact_choice c where c.fact_id in ("
					+ String.join(",", some.stream().map(String::valueOf).toList()) + ") and not exists (select 1 from "
					+ "ingest_fact_choice d where d.fact_year = c.fact_year and d.indicator_code = c.indicator_code and "
					+ "d.region_code = c.region_code and d.id > c.id)", Long.class));
		}
		return chosen;
	}

	/**
	 * What deciding a file's meetings changes, written in batches: a file that revises
	 * many figures costs a few round trips, not a few per figure.
	 */
	private static final class Batch {

		private final List<Object[]> states = new ArrayList<>();

		private final List<Object[]> flags = new ArrayList<>();

		private final List<Object[]> retired = new ArrayList<>();

		private final List<Object[]> records = new ArrayList<>();

		void state(long fact, String state, Boolean conflict) {
			this.states.add(new Object[] { state, conflict, fact });
		}

		void flag(long fact) {
			this.flags.add(new Object[] { fact });
		}

		/**
		 * An earlier alternative from the same department is superseded by its later one.
		 */
		void retire(Meeting m, String department) {
			this.retired.add(new Object[] { m.year(), m.indicator(), m.region(), m.fact(), department });
		}

		void record(Object[] change) {
			this.records.add(change);
		}

		void apply(JdbcTemplate jdbc) {
			batch(jdbc, "update ingest_fact set state = ?, conflict = coalesce(?, conflict) where id = ?", this.states);
			batch(jdbc, "update ingest_fact set conflict = true where id = ?", this.flags);
			batch(jdbc,
					"update ingest_fact f set state = 'superseded' where f.fact_year = ? and f.indicator_code = ? "
							+ "and f.region_code = ? and f.state = 'alternative' and f.id <> ? and f.submission_id in "
							+ "(select s.id from ingest_submission s where s.department = ?)",
					this.retired);
			batch(jdbc, "insert into ingest_fact_change (kind, region_code, indicator_code, fact_year, "
					+ "earlier_fact_id, later_fact_id, published_fact_id, submission_id, job_execution_id, decided_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", this.records);
		}

		private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(sql, rows);
			}
		}

	}

	/**
	 * A fact of the file and the current fact of its key it meets.
	 */
	private record Meeting(long fact, long current, String department, String region, String indicator, int year,
			boolean differs, boolean sameRun) {
	}

}
