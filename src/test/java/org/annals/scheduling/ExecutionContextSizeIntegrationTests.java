package org.annals.scheduling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY #32: what Spring Batch saves of a job's and a step's context stays small
 * (under 10 000 characters: positions and counts, never lists of errors), after the
 * nightly chain on {@code sample-input/} and after an ingest of a file with thousands of
 * issues. A context that grew with its input would be written again at every chunk.
 */
class ExecutionContextSizeIntegrationTests extends PostgresTestSupport {

	private static final int LIMIT = 10_000;

	@Autowired
	ScheduledWork work;

	@Test
	void contextsStaySmallAfterTheNightAndAFileOfThousandsOfIssues() throws Exception {
		TestInboxes.copyOfSampleInput(this.work.inbox());
		assertThat(this.work.run("nightly")).isEqualTo(BatchStatus.COMPLETED);
		List<String> lines = new ArrayList<>(List.of("地区,指标,计量单位,年份,数值"));
		for (int i = 1; i <= 3000; i++) {
			lines.add("不存在的县" + i + ",地区生产总值,亿元,2022,1");
		}
		Path bad = TestInboxes.drop(this.work.inbox(), "省统计局", "三千个问题.csv", lines.toArray(String[]::new));

		assertThat(this.work.run("ingest")).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForObject(
				"select count(*) from ingest_issue i join ingest_submission s "
						+ "on s.id = i.submission_id where s.original_name = ?",
				Integer.class, bad.getFileName().toString()))
			.as("the file's issues are stored, in their table")
			.isGreaterThanOrEqualTo(3000);
		for (String table : List.of("batch_step_execution_context", "batch_job_execution_context")) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table, Integer.class)).isPositive();
			assertThat(this.jdbc.queryForObject(
					"select coalesce(max(greatest(length(short_context), coalesce(length(serialized_context), 0))), 0) "
							+ "from " + table,
					Integer.class))
				.as(table)
				.isLessThan(LIMIT);
		}
	}

}
