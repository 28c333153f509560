package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annals.ingest.IngestJobConfiguration;
import org.annals.ingest.report.IngestReporter;
import org.annals.ingest.report.IngestSummary;
import org.annals.scheduling.JobRunner;
import org.annals.support.AnnalsProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the statistics ingest for the command line: launches (or restarts) the job, writes
 * the per-file reports, prints the summary, and answers the exit code.
 */
@Component
class IngestRun {

	private final JobRunner jobs;

	private final JobRepository repository;

	private final IngestReporter reporter;

	private final AnnalsProperties properties;

	IngestRun(JobRunner jobs, JobRepository repository, IngestReporter reporter, AnnalsProperties properties) {
		this.jobs = jobs;
		this.repository = repository;
		this.reporter = reporter;
		this.properties = properties;
	}

	int run(Path inbox, PrintWriter out) throws Exception {
		Path folder = (inbox != null) ? inbox : this.properties.home().resolve("inbox");
		folder = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
			err.println("收件箱目录不存在：" + folder + "\nThe inbox folder does not exist: " + folder);
			return ExitCodes.USAGE;
		}
		out.println((this.properties.english() ? "Ingesting " : "导入收件箱 ") + folder);
		out.flush();
		JobExecution execution = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", folder.toString()));
		List<Long> executions = this.repository.getJobExecutions(execution.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.toList();
		int settling = execution.getStepExecutions()
			.stream()
			.filter((s) -> s.getStepName().equals("receiveFilesStep"))
			.mapToInt((s) -> s.getExecutionContext().getInt("settling", 0))
			.sum();
		IngestSummary summary = this.reporter.summarise(executions, settling);
		this.reporter.writeReports(summary);
		this.reporter.print(summary, out);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String why = execution.getAllFailureExceptions()
				.stream()
				.findFirst()
				.map((ex) -> Failures.message(ex))
				.orElse(execution.getExitStatus().getExitDescription());
			PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
			err.println("作业未完成（" + execution.getStatus() + "），再次运行同一命令会从中断处继续。\nThe job did not complete ("
					+ execution.getStatus() + "); running the same command again resumes it.\n" + why);
			return ExitCodes.SYSTEM;
		}
		return (summary.rejected() > 0) ? ExitCodes.REJECTED : ExitCodes.OK;
	}

}
