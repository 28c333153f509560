package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.PublishedCoverage;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.SourceRanks;

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

	/** Indicator-years compared in one statement at most. */
	private static final int PAIRS_AT_ONCE = 200;

	/** Rows fetched at a time when facts are read back. */
	private static final int FETCH = 5000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final SourceComparison sources;

	private final FactStatistics statistics;

	FactPublisher(JdbcTemplate template, boolean postgres, SourceRanks ranks) {
		this.template = template;
		this.jdbc = JdbcClient.create(template);
		this.sources = new SourceComparison(template, ranks);
		this.statistics = new FactStatistics(this.jdbc, postgres);
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
			.sql("select l.sheet, d.cell, d.region_code, l.indicator_name, d.fact_year, d.fact_value, d.before_value "
					+ "from (select n.id, n.label_id, n.cell, n.region_code, n.fact_year, n.fact_value, "
					+ "n.status, lag(n.fact_value) over w before_value, lag(n.status) over w before_status, "
					+ "row_number() over w k from ingest_fact n where n.submission_id = :s and exists (select 1 from "
					+ "ingest_fact f where f.submission_id = :s and f.state = 'repeat' and " + KEY + ") window w as "
					+ "(partition by n.region_code, n.indicator_code, n.fact_year order by n.id)) d "
					+ "join ingest_fact_label l on l.submission_id = :s and l.label_id = d.label_id where d.k > 1 and "
					+ "(d.fact_value <> d.before_value or (d.fact_value is null) <> (d.before_value is null) "
					+ "or d.status <> d.before_status) order by d.id")
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
		List<Object[]> own = this.jdbc
			.sql("select distinct indicator_code, fact_year from ingest_coverage where submission_id = ? "
					+ "order by fact_year, indicator_code")
			.param(submission)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) })
			.list();
		if (own.isEmpty()) {
			return 0;
		}
		// which published files have them: the other files' coverage of these indicators
		// and years, through its index, then which of those files are published (the
		// values are in the statement: a generic plan's "= any (?)" of arrays, with
		// statistics not yet aware of tonight's files, probed the index by indicator
		// alone, once per published file)
		Set<String> indicators = new LinkedHashSet<>();
		Set<Integer> years = new LinkedHashSet<>();
		own.forEach((pair) -> {
			indicators.add((String) pair[0]);
			years.add((Integer) pair[1]);
		});
		Map<Long, List<String>> others = new HashMap<>();
		this.template.query(
				"select distinct submission_id, indicator_code, fact_year from ingest_coverage "
						+ "where indicator_code in (" + PublishedCoverage.literals(indicators) + ") and fact_year in ("
						+ String.join(",", years.stream().map(String::valueOf).toList()) + ") and submission_id <> ?",
				(rs) -> {
					others.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
						.add(pairKey(rs.getString(2), rs.getInt(3)));
				}, submission);
		Map<String, Set<Long>> holders = new HashMap<>();
		if (!others.isEmpty()) {
			this.template.query("select id from ingest_submission where status = 'loaded' and "
					+ PublishedCoverage.among("id", others.keySet()), (rs) -> {
						long id = rs.getLong(1);
						others.get(id).forEach((key) -> holders.computeIfAbsent(key, (k) -> new TreeSet<>()).add(id));
					});
		}
		List<Object[]> shared = own.stream()
			.filter((pair) -> holders.containsKey(pairKey((String) pair[0], (Integer) pair[1])))
			.toList();
		int conflicts = 0;
		for (int from = 0; from < shared.size(); from += PAIRS_AT_ONCE) {
			List<Object[]> pairs = shared.subList(from, Math.min(shared.size(), from + PAIRS_AT_ONCE));
			Set<Long> published = new TreeSet<>();
			pairs.forEach((pair) -> published.addAll(holders.get(pairKey((String) pair[0], (Integer) pair[1]))));
			conflicts += compare(submission, department, execution, pairs, published);
		}
		return conflicts;
	}

	private static String pairKey(String indicator, int year) {
		return indicator + '\u0000' + year;
	}

	/**
	 * Compares a submission's facts of some indicator-years with those of the published
	 * files that have them (read by file: PostgreSQL keeps no b-tree by region, indicator
	 * and year).
	 */
	private int compare(long submission, String department, Long execution, List<Object[]> pairs,
			Set<Long> publishedFiles) {
		List<Object> params = new ArrayList<>();
		String within = within(pairs, params);
		String published = PublishedCoverage.among("f.submission_id", publishedFiles);
		// the published files another department sent in this run, by id: a condition
		// looked up row by row would scan the submissions once per fact
		List<Long> others = this.template
			.queryForList("select id from ingest_submission where decided_by = ? and department <> ? and "
					+ PublishedCoverage.among("id", publishedFiles), Long.class, execution, department);
		String sameRun = "(" + PublishedCoverage.among("f.submission_id", others) + ")";
		int conflicts = this.sources.decide(submission, department, execution, within, params, publishedFiles, sameRun);
		// each a semi-join: a condition in the SET list would be looked up fact by fact
		String current = "select 1 from ingest_fact f where f.state = 'current' and " + published + " and " + KEY;
		String mine = "n.submission_id = ? and n.state in ('current', 'same') and " + within.replace("f.", "n.");
		List<Object> settle = new ArrayList<>(List.of(submission));
		settle.addAll(params);
		this.template.update("update ingest_fact n set conflict = false, state = 'same' where " + mine + " and exists ("
				+ current + ")", settle.toArray());
		return conflicts;
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
			var statement = connection.prepareStatement("select l.sheet, f.cell, f.region_code, f.indicator_code, "
					+ "l.indicator_name, l.unit, f.fact_year, f.fact_value, f.status, f.flags from ingest_fact f "
					+ "join ingest_fact_label l on l.submission_id = f.submission_id and l.label_id = f.label_id "
					+ "where f.submission_id = ? and f.indicator_code = any (?) order by f.id");
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
	 * The published current values of some facts, by {@code region|indicator|year}: read
	 * indicator-year by indicator-year from the published submissions that have them.
	 * @param keys the keys
	 * @return the values found (a fact not available has none)
	 */
	Map<String, BigDecimal> currentValues(Collection<String> keys) {
		Map<String, BigDecimal> values = new HashMap<>();
		if (keys.isEmpty()) {
			return values;
		}
		Set<Integer> years = new HashSet<>();
		Set<String> indicators = new HashSet<>();
		for (String key : keys) {
			String[] parts = key.split("\\|");
			indicators.add(parts[1]);
			years.add(Integer.parseInt(parts[2]));
		}
		List<Long> submissions = PublishedCoverage.submissions(this.jdbc, years, indicators);
		if (submissions.isEmpty()) {
			return values;
		}
		this.statistics.summarise();
		Set<String> wanted = new HashSet<>(keys);
		List<Object> params = new ArrayList<>(years);
		params.addAll(indicators);
		this.template.query("select region_code, indicator_code, fact_year, fact_value from ingest_published_fact "
				+ "where state = 'current' and " + PublishedCoverage.among("submission_id", submissions)
				+ " and fact_year in (" + marks(years.size()) + ") and indicator_code in (" + marks(indicators.size())
				+ ")", (rs) -> {
					String key = Plausibility.key(rs.getString(1), rs.getString(2), rs.getInt(3));
					if (wanted.contains(key) && rs.getBigDecimal(4) != null) {
						values.put(key, rs.getBigDecimal(4));
					}
				}, params.toArray());
		return values;
	}

	private static String marks(int count) {
		return String.join(",", java.util.Collections.nCopies(count, "?"));
	}

	/**
	 * Marks facts of a submission with the flags of the warnings on them: one statement
	 * per kind of warning, which finds the facts by submission.
	 * @param submission the submission
	 * @param warnings the warnings, each with the fact it is about
	 */
	void flag(long submission, Map<Issue, StagedFact> warnings) {
		if (warnings.isEmpty()) {
			return;
		}
		FactLabels labels = FactLabels.of(this.template, submission);
		Map<String, List<String>> byFlag = new LinkedHashMap<>();
		warnings.forEach((issue, fact) -> byFlag.computeIfAbsent(issue.code().toLowerCase(), (k) -> new ArrayList<>())
			.add(labels.idOf(fact) + "|" + fact.cell() + "|" + fact.regionCode() + "|" + fact.indicatorCode() + "|"
					+ fact.year()));
		byFlag.forEach((flag, facts) -> this.template.update((connection) -> {
			var statement = connection.prepareStatement(
					"update ingest_fact set flags = case when flags = '' then ? else flags || ',' || ? end "
							+ "where submission_id = ? and cast(label_id as varchar(11)) || '|' || cell || '|' || "
							+ "region_code || '|' || indicator_code || '|' || cast(fact_year as varchar(11)) = any (?)");
			statement.setString(1, flag);
			statement.setString(2, flag);
			statement.setLong(3, submission);
			statement.setArray(4, connection.createArrayOf("varchar", facts.toArray()));
			return statement;
		}));
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "—";
	}

}
