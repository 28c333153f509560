package org.annals.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plans for the statements that decide or compile a whole set of facts at once, made
 * independent of the planner's statistics of the moment. Right after a night's load those
 * statistics can say a table of a million facts has none; PostgreSQL then joins by nested
 * loop, re-running the inner side (a window over a whole file, a scan of a file's facts)
 * once per row: quadratic. A file of 1.47 M rows held one such statement for over six
 * minutes. {@code ingest_fact} has no b-tree that would make a nested loop cheap, so
 * these statements join by hash or merge, whatever the statistics say. The setting holds
 * for the caller's transaction only ({@code set local}); H2 has no such planner and is
 * left alone.
 */
public final class SetBasedPlans {

	/** What each transaction of set-based statements runs first, on PostgreSQL. */
	public static final String WITHOUT_NESTED_LOOPS = "set local enable_nestloop = off";

	private SetBasedPlans() {
	}

	/**
	 * Plans the rest of the caller's transaction without nested loops (PostgreSQL only).
	 * @param jdbc the database, in the caller's transaction
	 * @param postgres whether it is PostgreSQL
	 */
	public static void apply(JdbcTemplate jdbc, boolean postgres) {
		if (postgres) {
			jdbc.execute(WITHOUT_NESTED_LOOPS);
		}
	}

}
