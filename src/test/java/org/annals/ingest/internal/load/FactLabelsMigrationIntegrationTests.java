package org.annals.ingest.internal.load;

import java.util.List;
import java.util.Map;

import org.annals.ScratchDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V017 on a database that already holds facts, on PostgreSQL (in a schema of its own in
 * the test database) and on the embedded H2: the names, units, sheets and departments
 * that every fact row carried before are, through its label and its submission, what
 * {@code ingest_published_fact} shows after; each distinct sheet, name and unit of a
 * submission is one label.
 */
class FactLabelsMigrationIntegrationTests {

	private static final String SCHEMA = "fact_labels_migration";

	private static final String BEFORE = "select f.id, f.indicator_name, f.unit, f.sheet, f.department "
			+ "from ingest_fact f order by f.id";

	private static final String AFTER = "select id, indicator_name, unit, sheet, department "
			+ "from ingest_published_fact order by id";

	@Test
	void factsWrittenBeforeKeepTheirNamesUnitsSheetsAndDepartmentsOnPostgres() {
		DriverManagerDataSource dataSource = ScratchDatabases.postgresSchema(SCHEMA);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		try {
			assertLabelsReplaceTheColumns(dataSource, jdbc, "postgresql", "16");
		}
		finally {
			jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Test
	void factsWrittenBeforeKeepTheirNamesUnitsSheetsAndDepartmentsOnH2() {
		DriverManagerDataSource dataSource = ScratchDatabases.h2("labels");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		try {
			assertLabelsReplaceTheColumns(dataSource, jdbc, "h2", "14");
		}
		finally {
			jdbc.execute("drop all objects");
		}
	}

	private void assertLabelsReplaceTheColumns(DriverManagerDataSource dataSource, JdbcTemplate jdbc, String vendor,
			String lastBefore) {
		Flyway before = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.target(lastBefore)
			.load();
		before.migrate();
		jdbc.update("insert into ingest_submission (id, sha256, department, original_name, size_bytes, status, "
				+ "received_at) values (1, repeat('a', 64), '省统计局', 'a.xlsx', 1, 'loaded', localtimestamp), "
				+ "(2, repeat('b', 64), '省财政厅', 'b.xlsx', 1, 'loaded', localtimestamp)");
		String insert = "insert into ingest_fact (id, region_code, indicator_code, indicator_name, unit, fact_year, "
				+ "fact_value, status, flags, submission_id, department, sheet, cell, state, published_at) values "
				+ "(?, '510000', ?, ?, ?, 2022, 1, '', '', ?, ?, ?, ?, 'current', localtimestamp)";
		Object[][] facts = { { 1, "gdp", "地区生产总值", "亿元", 1, "省统计局", "表1", "E2" },
				{ 2, "gdp", "地区生产总值", "亿元", 1, "省统计局", "表1", "E3" },
				{ 3, "gdp", "地区生产总值", "亿元", 1, "省统计局", "表2", "E2" }, { 4, "x_1", "试算指标", null, 1, "省统计局", "表2", "E3" },
				{ 5, "x_1", "试算指标", null, 1, "省统计局", "表2", "E4" }, { 6, "x_2", "试算指标", "万人", 1, "省统计局", "表2", "E5" },
				{ 7, "gdp", "地区生产总值", "亿元", 2, "省财政厅", "表1", "E2" } };
		for (Object[] fact : facts) {
			jdbc.update(insert, fact);
		}
		List<Map<String, Object>> written = jdbc.queryForList(BEFORE);

		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.load()
			.migrate();

		assertThat(jdbc.queryForList(AFTER)).isEqualTo(written);
		assertThat(jdbc.queryForObject("select count(*) from ingest_fact_label where submission_id = 1", Integer.class))
			.isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from ingest_fact_label where submission_id = 2", Integer.class))
			.isEqualTo(1);
		assertThat(jdbc.queryForList("select column_name from information_schema.columns "
				+ "where table_name = 'ingest_fact' and table_schema = current_schema()", String.class))
			.contains("label_id")
			.doesNotContain("indicator_name", "unit", "sheet", "department");
	}

}
