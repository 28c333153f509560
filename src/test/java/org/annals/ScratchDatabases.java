package org.annals;

import org.annals.cli.AnnalsCli;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Databases of a test's own, for tests that migrate or break a schema: a schema of its
 * own in the PostgreSQL test database, or an H2 database in memory opened as Annals opens
 * H2.
 */
public final class ScratchDatabases {

	private ScratchDatabases() {
	}

	/**
	 * A schema of the PostgreSQL test database, the connections' current one (the caller
	 * creates and drops it).
	 * @param schema the schema
	 * @return its data source
	 */
	public static DriverManagerDataSource postgresSchema(String schema) {
		return new DriverManagerDataSource(PostgresTestSupport.DB_URL + "&currentSchema=" + schema);
	}

	/**
	 * An H2 database in memory that lives until {@code drop all objects} or the end of
	 * the JVM.
	 * @param name its name
	 * @return its data source
	 */
	public static DriverManagerDataSource h2(String name) {
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + AnnalsCli.H2_MODE + ";DB_CLOSE_DELAY=-1");
	}

}
