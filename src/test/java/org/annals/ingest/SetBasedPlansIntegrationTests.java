package org.annals.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.annals.PlanProbe;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.chronicle.ChronicleJobConfiguration;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.annals.tables.TablesJobConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 7: no step of ingest or compile grows with the square of a file. Files
 * of 42 000 and 10 000 rows whose indicator-years (21 000) are more than the reading
 * tracks, so that their repeats are found by the database, are ingested, decided against
 * each other and compiled, the first right after the facts table's statistics were
 * gathered empty and with autovacuum off (the statistics of the moment after a night's
 * load: "no rows"). Every set-based statement over the fact and event tables is planned
 * by PostgreSQL the moment it is sent, on the product's own transaction; a plan that runs
 * a join's inner side or a subquery once per row over more than an index lookup fails the
 * test (a file of 1.47 M rows once held such a statement for over six minutes).
 */
class SetBasedPlansIntegrationTests extends PostgresTestSupport {

	private static final PlanProbe PROBE = new PlanProbe();

	private static final String HEADER = "地区,指标,计量单位,年份,数值";

	private static final int INDICATORS = 10_500;

	@Autowired
	JobRunner jobs;

	@TempDir
	Path inbox;

	@TestConfiguration
	static class Probed {

		@Bean
		static BeanPostProcessor planProbe() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && name.equals("dataSource"))
							? ProxyDataSourceBuilder.create(dataSource).listener(PROBE).build() : bean;
				}
			};
		}

	}

	@AfterEach
	void autovacuumAgain() {
		PROBE.stop();
		this.jdbc.execute("alter table ingest_fact reset (autovacuum_enabled)");
	}

	@Test
	void everySetBasedStatementOfIngestAndCompileIsPlannedToGrowWithItsRowsWhateverTheStatistics() throws Exception {
		this.jdbc.execute("alter table ingest_fact set (autovacuum_enabled = false)");
		this.jdbc.execute("truncate ingest_fact");
		this.jdbc.execute("analyze ingest_fact");
		List<String> first = new ArrayList<>(List.of(HEADER));
		List<String> again = new ArrayList<>();
		for (int i = 0; i < INDICATORS; i++) {
			for (int year = 2021; year <= 2022; year++) {
				String row = "成都市,试算指标" + i + ",万元," + year + "," + (i + year);
				first.add(row);
				again.add(row);
			}
		}
		first.addAll(again); // every key twice: repeats the database must find
		TestInboxes.drop(this.inbox, "省统计局", "全部指标.csv", first.toArray(String[]::new));
		TestInboxes.drop(this.inbox, "成都市地方志办公室", "部分指标.csv", rows(5_000, 7).toArray(String[]::new));
		TestInboxes.drop(this.inbox, "成都市地方志办公室", "2022年大事记.csv", "日期,单位,标题,内容", "6月1日,成都市地方志办公室,召开会议,会议内容。",
				"6月2日,成都市地方志办公室,开展调研,调研内容。");

		PROBE.start();
		run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact where state = 'repeat'", Long.class))
			.as("every repeat decided")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ingest_fact f join ingest_submission s "
						+ "on s.id = f.submission_id where s.original_name = '全部指标.csv' and f.state = 'same'",
				Long.class))
			.as("the first file's repeats, found by the database")
			.isEqualTo(2L * INDICATORS);
		assertThat(this.jdbc
			.queryForObject("select count(*) from ingest_fact where state in ('conflict', 'alternative')", Long.class))
			.as("the values the other department disputes, one side of each kept beside the published one")
			.isEqualTo(5_000L);

		TestInboxes.drop(this.inbox, "省统计局", "修订.csv", rows(3_000, 11).toArray(String[]::new));
		run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		run(IngestJobConfiguration.EVENTS_JOB, Map.of("inbox", this.inbox.toString()));
		TestInboxes.drop(this.inbox, "成都市地方志办公室", "2022年大事记.csv", "日期,单位,标题,内容", "6月1日,成都市地方志办公室,召开会议,更正后的会议内容。");
		run(IngestJobConfiguration.EVENTS_JOB, Map.of("inbox", this.inbox.toString()));
		run(TablesJobConfiguration.JOB, Map.of("year", "2022"));
		run(ChronicleJobConfiguration.JOB, Map.of("year", "2022"));
		PROBE.stop();

		assertThat(PROBE.refused()).isEmpty();
		assertThat(PROBE.planned()).as("the statements that decide and compile a whole set")
			.anyMatch((sql) -> sql.startsWith("update ingest_fact set state = 'repeat'"))
			.anyMatch((sql) -> sql.contains("lag(n.fact_value) over w"))
			// issue 20: a file's facts meet the published ones in one statement, and the
			// sources' ranks decide in Java (SourceComparison)
			.anyMatch((sql) -> sql.startsWith("select n.id, f.id, f.submission_id"))
			.anyMatch((sql) -> sql.startsWith("update ingest_event set state = 'superseded'"))
			.anyMatch((sql) -> sql.contains("from ingest_published_fact"))
			.anyMatch((sql) -> sql.contains("from ingest_event e join ingest_submission s"));
	}

	/** A file of some of the first file's keys, each with another value. */
	private static List<String> rows(int keys, int offset) {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 0; i < keys; i++) {
			lines.add("成都市,试算指标" + i + ",万元,2022," + (i + 2022 + offset));
		}
		return lines;
	}

	private void run(String job, Map<String, String> parameters) throws Exception {
		JobExecution execution = this.jobs.run(job, parameters);
		assertThat(execution.getStatus()).as("%s: %s", job, PROBE.refused()).isEqualTo(BatchStatus.COMPLETED);
	}

}
