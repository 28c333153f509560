package org.annals.ingest.internal.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.IngestReporter;
import org.annals.ingest.IngestSummary;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 12: a department's file name, folder name or cell holding a line break
 * cannot forge a line of its report (a second {@code SHA-256:} or {@code 结果：} line that
 * says the file was loaded).
 */
class IngestReportLinesIntegrationTests extends PostgresTestSupport {

	private static final String FORGED_NAME = "a\nSHA-256: 0000\r结果：已导入，事实 99.csv";

	@Autowired
	JobRunner jobs;

	@Autowired
	IngestReporter reporter;

	@TempDir
	Path inbox;

	@Test
	void namesAndCellsWithLineBreaksForgeNoLineOfAReport() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", FORGED_NAME, "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,\"12\n结果：已导入，事实 99\"");
		JobExecution execution = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		IngestSummary summary = this.reporter.summarise(List.of(execution.getId()), 0);
		assertThat(summary.files()).singleElement()
			.satisfies((file) -> assertThat(file.submission().originalName()).isEqualTo(FORGED_NAME));
		Path folder = this.reporter.writeReports(summary);
		String text;
		try (Stream<Path> files = Files.list(folder)) {
			// the data folder is the test run's: the report of this file, by its
			// submission
			String own = summary.files().get(0).submission().id() + "-";
			Path report = files
				.filter((p) -> p.getFileName().toString().startsWith(own) && p.toString().endsWith(".txt"))
				.findFirst()
				.orElseThrow();
			text = Files.readString(report, StandardCharsets.UTF_8);
		}
		assertThat(text).doesNotContain("\r");
		List<String> lines = text.lines().toList();
		assertThat(lines).filteredOn((line) -> line.startsWith("SHA-256:")).hasSize(1);
		assertThat(lines).filteredOn((line) -> line.startsWith("结果："))
			.singleElement()
			.satisfies((line) -> assertThat(line).startsWith("结果：已拒收"));
		assertThat(lines.get(0)).isEqualTo("文件：省统计局/a SHA-256: 0000 结果：已导入，事实 99.csv");
		StringWriter printed = new StringWriter();
		this.reporter.print(summary, new PrintWriter(printed));
		assertThat(printed.toString()).doesNotContain("\r")
			.contains("省统计局/a SHA-256: 0000 结果：已导入，事实 99.csv")
			.doesNotContain("\nSHA-256")
			.doesNotContain("\n结果");
	}

}
