package org.annals.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill the ingest process with SIGKILL in the middle of a large submission and run the
 * same command again: the stale execution is recovered, the job restarts from its last
 * committed chunk, and the facts are exactly those of a clean run, none lost, none
 * doubled.
 */
class KillAndRerunFunctionalTests {

	private static final String[] INDICATORS = { "地区生产总值", "第一产业增加值", "第二产业增加值", "第三产业增加值", "一般公共预算收入", "一般公共预算支出",
			"社会消费品零售总额", "常住人口", "城镇人口", "乡村人口" };

	@TempDir
	Path work;

	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() throws Exception {
		this.jdbc = new JdbcTemplate(
				new SingleConnectionDataSource(DriverManager.getConnection(PostgresTestSupport.DB_URL), true));
		Boolean migrated = this.jdbc.queryForObject(
				"select count(*) > 0 from information_schema.tables where table_name = 'ingest_fact'", Boolean.class);
		if (Boolean.TRUE.equals(migrated)) {
			PostgresTestSupport.emptyTables(this.jdbc);
		}
	}

	@Test
	void killedMidFileThenRerunGivesExactlyTheFactsOfACleanRun() throws Exception {
		Path inbox = this.work.resolve("inbox");
		long rows = writeLongTable(inbox.resolve("省统计局/历年县级指标.csv"));
		AnnalsProcess annals = AnnalsProcess.on(this.work.resolve("home"), PostgresTestSupport.DB_URL);
		Process first = annals.start("ingest", "--inbox", inbox.toString(), "--annals.ingest.chunk-size=500");
		long staged = waitForStagedRows(first, 20_000);
		assertThat(first.isAlive()).as("the job must still be running when it is killed (staged %d)", staged).isTrue();
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(this.jdbc.queryForObject("select status from batch_job_execution", String.class))
			.isEqualTo("STARTED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isZero();

		AnnalsProcess.Result rerun = annals.run("ingest", "--inbox", inbox.toString(),
				"--annals.ingest.chunk-size=500");

		assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
		assertThat(this.jdbc.queryForList("select status from batch_job_execution e join batch_job_instance i "
				+ "on i.job_instance_id = e.job_instance_id where i.job_name = 'ingestStatisticsJob' "
				+ "order by job_execution_id", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct (region_code, indicator_code, fact_year)) from ingest_fact where state = 'current'",
				Long.class))
			.isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("select sum(fact_value) from ingest_fact", BigDecimal.class))
			.isEqualByComparingTo(expectedSum(rows));
		Long restartedFrom = this.jdbc.queryForObject("select min(read_count) from batch_step_execution "
				+ "where step_name like 'readSubmissionStep%' and status = 'COMPLETED'", Long.class);
		assertThat(restartedFrom).as("the restart reads only what was not committed before the kill").isLessThan(rows);
	}

	private long waitForStagedRows(Process process, long wanted) throws Exception {
		long deadline = System.currentTimeMillis() + 120_000;
		long staged = 0;
		while (process.isAlive() && System.currentTimeMillis() < deadline) {
			Boolean migrated = this.jdbc.queryForObject(
					"select count(*) > 0 from information_schema.tables where table_name = 'ingest_fact_staging'",
					Boolean.class);
			staged = Boolean.TRUE.equals(migrated)
					? this.jdbc.queryForObject("select count(*) from ingest_fact_staging", Long.class) : 0;
			if (staged >= wanted) {
				return staged;
			}
			Thread.sleep(20);
		}
		return staged;
	}

	/** One fact per row: every county of the province × ten indicators × 150 years. */
	private long writeLongTable(Path file) throws IOException {
		List<String> counties = uniqueSichuanCounties();
		Files.createDirectories(file.getParent());
		long rows = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("地区,指标,计量单位,年份,数值\n");
			for (int year = 1950; year < 2100; year++) {
				for (String county : counties) {
					for (String indicator : INDICATORS) {
						rows++;
						out.write(county + "," + indicator + ",," + year + "," + value(rows) + "\n");
					}
				}
			}
		}
		TestInboxes.settle(file);
		return rows;
	}

	private static String value(long row) {
		return (row % 1000) + "." + (row % 7);
	}

	private static BigDecimal expectedSum(long rows) {
		BigDecimal sum = BigDecimal.ZERO;
		for (long row = 1; row <= rows; row++) {
			sum = sum.add(new BigDecimal(value(row)));
		}
		return sum;
	}

	private static List<String> uniqueSichuanCounties() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("jobs/reference/regions.csv"), StandardCharsets.UTF_8);
		java.util.Map<String, Integer> names = new java.util.HashMap<>();
		for (String line : lines) {
			String[] f = line.split(",", -1);
			names.merge(f[1], 1, Integer::sum);
			names.merge(f[2], 1, Integer::sum);
		}
		List<String> counties = new ArrayList<>();
		for (String line : lines) {
			String[] f = line.split(",", -1);
			if (f[3].equals("county") && f[0].startsWith("51") && names.get(f[1]) == 1) {
				counties.add(f[1]);
			}
		}
		return counties;
	}

}
