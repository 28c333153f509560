package org.annals.support;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.annals.ScratchDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Whether the schema is up to date is answered without Flyway only when Flyway would find
 * nothing to do and nothing wrong: on PostgreSQL (a schema of its own in the test
 * database) and on H2, a new database is migrated, one migrated is left alone, one with a
 * migration missing gets it, and one whose recorded checksum differs from its script's,
 * or with a failed migration, goes to Flyway, which refuses it as it always did. The
 * checksums worked out here are those Flyway recorded, script by script.
 */
class MigrateWhenBehindIntegrationTests {

	private static final String SCHEMA = "migrate_when_behind";

	private final MigrateWhenBehind strategy = new MigrateWhenBehind();

	@Test
	void onPostgresOnlyAMatchingHistoryIsLeftToItself() {
		DriverManagerDataSource dataSource = ScratchDatabases.postgresSchema(SCHEMA);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		try {
			Flyway flyway = Flyway.configure()
				.dataSource(dataSource)
				.schemas(SCHEMA)
				.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
				.load();
			assertOnlyAMatchingHistoryIsLeftToItself(flyway, jdbc, SCHEMA + ".flyway_schema_history");
		}
		finally {
			jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Test
	void onH2OnlyAMatchingHistoryIsLeftToItself() {
		DriverManagerDataSource dataSource = ScratchDatabases.h2("behind");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		try {
			Flyway flyway = Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:db/migration/common", "classpath:db/migration/h2")
				.load();
			assertOnlyAMatchingHistoryIsLeftToItself(flyway, jdbc, "flyway_schema_history");
		}
		finally {
			jdbc.execute("drop all objects");
		}
	}

	@Test
	void versionsCompareAsFlywayComparesThem() {
		assertThat(MigrateWhenBehind.version("017_1")).isEqualTo(MigrateWhenBehind.version("017.1"))
			.containsExactly(BigInteger.valueOf(17), BigInteger.ONE);
		assertThat(MigrateWhenBehind.version("016")).containsExactly(BigInteger.valueOf(16));
		assertThat(MigrateWhenBehind.version("1_2")).isEqualTo(MigrateWhenBehind.version("1.2"));
		assertThat(MigrateWhenBehind.version("1.0")).isEqualTo(MigrateWhenBehind.version("1"));
		assertThat(MigrateWhenBehind.version("1.10")).isNotEqualTo(MigrateWhenBehind.version("1.1"));
	}

	private void assertOnlyAMatchingHistoryIsLeftToItself(Flyway flyway, JdbcTemplate jdbc, String history) {
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).as("a new database").isFalse();
		List<List<BigInteger>> versions = List.copyOf(MigrateWhenBehind.scripts(flyway.getConfiguration()).keySet());
		String lastButOne = versions.get(versions.size() - 2)
			.stream()
			.map(BigInteger::toString)
			.collect(Collectors.joining("."));
		Flyway.configure().configuration(flyway.getConfiguration()).target(lastButOne).load().migrate();
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).as("a migration pending").isFalse();
		this.strategy.migrate(flyway);
		assertThat(jdbc.queryForObject("select count(*) from " + history + " where version is not null", Integer.class))
			.as("every migration applied")
			.isEqualTo(versions.size());
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).as("migrated").isTrue();

		Map<List<BigInteger>, MigrateWhenBehind.Script> recorded = new TreeMap<>(
				(a, b) -> a.toString().compareTo(b.toString()));
		jdbc.query("select version, description, checksum from " + history + " where version is not null",
				(RowCallbackHandler) (rs) -> recorded.put(MigrateWhenBehind.version(rs.getString(1)),
						new MigrateWhenBehind.Script(rs.getString(2), rs.getInt(3))));
		Map<List<BigInteger>, MigrateWhenBehind.Script> worked = new TreeMap<>(
				(a, b) -> a.toString().compareTo(b.toString()));
		worked.putAll(MigrateWhenBehind.scripts(flyway.getConfiguration()));
		assertThat(worked).as("descriptions and checksums as Flyway recorded them")
			.isEqualTo(recorded)
			.hasSizeGreaterThan(10);

		String last = jdbc.queryForObject("select max(version) from " + history, String.class);
		jdbc.update("update " + history + " set checksum = checksum + 1 where version = ?", last);
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).as("a script changed since it ran").isFalse();
		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> this.strategy.migrate(flyway))
			.withMessageContaining("checksum mismatch");
		jdbc.update("update " + history + " set checksum = checksum - 1 where version = ?", last);
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).isTrue();

		jdbc.update("update " + history + " set description = description || ' old' where version = ?", last);
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).as("a script renamed since it ran").isFalse();
		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> this.strategy.migrate(flyway));
		jdbc.update("update " + history + " set description = left(description, length(description) - 4) "
				+ "where version = ?", last);
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).isTrue();

		jdbc.update("update " + history + " set success = false where version = ?", last);
		assertThat(MigrateWhenBehind.upToDate(flyway.getConfiguration())).as("a failed migration").isFalse();
		assertThatExceptionOfType(FlywayException.class).isThrownBy(() -> this.strategy.migrate(flyway));
	}

}
