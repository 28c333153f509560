package org.annals.support;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database Annals runs on, for the few places that differ: PostgreSQL's COPY and
 * ANALYZE, and Quartz's delegate.
 */
public final class Databases {

	private Databases() {
	}

	/**
	 * Whether a data source is PostgreSQL.
	 * @param dataSource the data source
	 * @return true for PostgreSQL
	 */
	public static boolean isPostgres(DataSource dataSource) {
		try {
			return "PostgreSQL".equalsIgnoreCase(
					JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
