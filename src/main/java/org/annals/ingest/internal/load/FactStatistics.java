package org.annals.ingest.internal.load;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps what the planner knows of the facts up to date as a night of loading adds them:
 * the block-range index of {@code ingest_fact} summarised, and the statistics of the
 * tables that changed most refreshed when stale (PostgreSQL only; H2 has neither).
 */
class FactStatistics {

	/**
	 * The columns of {@code ingest_fact} that queries filter or join by, whose statistics
	 * the planner uses (from a sample of 6 000 rows: V018 sets their statistics target).
	 */
	static final String STATISTICS_COLUMNS = "id, submission_id, label_id, region_code, indicator_code, fact_year, "
			+ "state, status, conflict";

	/**
	 * Facts published in a step after which the planner's statistics may be refreshed.
	 */
	static final long FRESH_STATISTICS_AFTER = 10_000;

	/**
	 * The share of {@code ingest_fact}'s rows changed since its statistics after which
	 * they are stale: {@code autovacuum_analyze_scale_factor}'s default.
	 */
	static final double STALE_SHARE = 0.1;

	private final JdbcClient jdbc;

	private final boolean postgres;

	FactStatistics(JdbcClient jdbc, boolean postgres) {
		this.jdbc = jdbc;
		this.postgres = postgres;
	}

	/**
	 * Brings the block-range index of {@code ingest_fact} (by submission, year and
	 * indicator, and id) up to date with the pages written since it was last summarised
	 * (PostgreSQL only), so that finding a submission's facts, or an indicator-year's,
	 * reads their own pages, not all those written tonight. Costs a scan of the new
	 * pages, once: deciding a file does it first; the end of the step does it for what
	 * comes after (the tables, the pages, the export).
	 */
	void summarise() {
		if (this.postgres) {
			summarise(this.jdbc);
		}
	}

	/**
	 * Brings the block-range index of {@code ingest_fact} up to date (PostgreSQL only).
	 * @param jdbc a PostgreSQL database
	 */
	static void summarise(JdbcClient jdbc) {
		jdbc.sql("select brin_summarize_new_values('ingest_fact_range_ix')").query(Integer.class).single();
	}

	/**
	 * Ends a step that published facts (PostgreSQL only): summarises the block-range
	 * index and, after many facts, refreshes the planner's statistics of the tables a
	 * night of loading changed most, so that what runs next (compiling the tables, the
	 * report) is planned for the rows there are, not for an empty table. The two cannot
	 * overlap: each takes the table's lock against concurrent maintenance. ANALYZE
	 * samples a fixed number of rows, and of {@code ingest_fact} only the columns that
	 * queries filter or join by: the long texts it leaves out (names, sheets, cells) were
	 * half its time. {@code ingest_fact} is analyzed only when its statistics are stale
	 * by autovacuum's own measure ({@link #factStatisticsStale}): its sample reads up to
	 * 6 000 pages scattered over the table (these columns' statistics target is 20,
	 * V018), 0.05 s with a million facts in memory and longer from a disk, which a step
	 * adding a few percent to a large table need not pay.
	 * @param published the facts the step published
	 */
	void finishStep(long published) {
		summarise();
		if (!this.postgres || published < FRESH_STATISTICS_AFTER) {
			return;
		}
		this.jdbc.sql("analyze ingest_submission, ingest_coverage, ingest_fact_label").update();
		// reltuples: its rows at the last ANALYZE or VACUUM, or -1 before the first
		Double rows = this.jdbc.sql("select reltuples from pg_class where oid = to_regclass('ingest_fact')")
			.query(Double.class)
			.single();
		if (factStatisticsStale(rows, published)) {
			this.jdbc.sql("analyze ingest_fact (" + STATISTICS_COLUMNS + ")").update();
		}
	}

	/**
	 * Whether the statistics of {@code ingest_fact} are stale: never gathered, or more of
	 * its rows changed since than autovacuum waits for by default (10%; autovacuum itself
	 * refreshes them later, between runs).
	 * @param rowsAtLastAnalyze the rows when they were gathered
	 * ({@code pg_class.reltuples}, negative for never)
	 * @param changed rows written, changed or deleted since
	 * @return whether to gather them now
	 */
	static boolean factStatisticsStale(double rowsAtLastAnalyze, long changed) {
		return rowsAtLastAnalyze < 0 || changed >= STALE_SHARE * rowsAtLastAnalyze;
	}

}
