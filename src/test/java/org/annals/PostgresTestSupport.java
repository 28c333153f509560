package org.annals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application against the real PostgreSQL test
 * database (never skipped: an unreachable database fails the build), every table emptied
 * before each test, a fresh data folder per test class.
 */
@SpringBootTest(properties = { "annals.progress=false", "annals.ingest.settle=0s" })
public abstract class PostgresTestSupport {

	/**
	 * The test database of this test JVM: {@code annals.test.db.url} (.ci/run creates it)
	 * in the first fork, a database of its own made beside it in each other fork
	 * ({@link ForkDatabase}).
	 */
	public static final String DB_URL = ForkDatabase.of(
			System.getProperty("annals.test.db.url", "jdbc:postgresql://127.0.0.1:5432/annals_test?user=postgres"),
			System.getProperty("annals.test.fork", "1"));

	private static final Path HOME = newHome();

	private static final int MANY_FACTS = 10_000;

	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DB_URL);
		registry.add("annals.home", HOME::toString);
	}

	private static Path newHome() {
		try {
			return Files.createTempDirectory("annals-it-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every table a test may fill, children before parents. */
	public static final String[] TABLES = { "archive_fixity_check", "archive_snapshot", "tables_build",
			"chronicle_entry_source", "chronicle_entry", "chronicle_correction", "ingest_event", "ingest_fact_change",
			"ingest_fact", "ingest_fact_label", "ingest_coverage", "ingest_issue", "ingest_receipt",
			"ingest_submission", "batch_step_execution_context", "batch_step_execution", "batch_job_execution_context",
			"batch_job_execution_params", "batch_job_execution", "batch_job_instance" };

	@BeforeEach
	void emptyTables() {
		emptyTables(this.jdbc);
	}

	/**
	 * A connection of its own to the test database, for tests that run the jar as a
	 * process and look at what it left.
	 * @return the template
	 * @throws SQLException when the database cannot be reached
	 */
	public static JdbcTemplate connect() throws SQLException {
		return new JdbcTemplate(new SingleConnectionDataSource(DriverManager.getConnection(DB_URL), true));
	}

	/**
	 * Empties every table a test may fill, and the named others, once the schema is there
	 * (a first process of the run migrates it).
	 * @param jdbc the test database
	 * @param others more tables to empty, after the usual ones
	 */
	public static void emptyIfMigrated(JdbcTemplate jdbc, String... others) {
		if (Boolean.TRUE.equals(jdbc.queryForObject(
				"select count(*) > 0 from information_schema.tables where table_name = 'scheduling_run_log'",
				Boolean.class))) {
			emptyTables(jdbc);
			for (String table : others) {
				jdbc.update("delete from " + table);
			}
		}
	}

	/**
	 * Empties every table a test may fill.
	 * @param jdbc the test database
	 */
	public static void emptyTables(JdbcTemplate jdbc) {
		for (String table : TABLES) {
			int deleted = jdbc.update("delete from " + table);
			if (table.equals("ingest_fact") && deleted > MANY_FACTS) {
				// Hundreds of thousands of dead rows would slow every later test's
				// planning
				// until autovacuum comes by (the planner reads index ends through them).
				jdbc.execute("vacuum analyze ingest_fact");
			}
		}
	}

	/**
	 * The data folder of this test class.
	 * @return the folder
	 */
	protected static Path home() {
		return HOME;
	}

}
