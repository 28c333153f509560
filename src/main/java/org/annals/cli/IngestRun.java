package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annals.ingest.IngestJobConfiguration;
import org.annals.ingest.intake.ReceiveFilesTasklet;
import org.annals.ingest.report.IngestReporter;
import org.annals.ingest.report.IngestSummary;
import org.annals.scheduling.JobRunner;
import org.annals.support.AnnalsProperties;
import org.annals.support.Messages;

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
			err.println(Messages.get("cli.ingest.noInbox", folder));
			return ExitCodes.USAGE;
		}
		out.println(Messages.get(this.properties.english(), "cli.ingest.start", folder));
		out.flush();
		List<Long> executions = new ArrayList<>();
		List<String> writing = new ArrayList<>();
		List<String> notRead = new ArrayList<>();
		List<String> notTaken = new ArrayList<>();
		JobExecution failed = null;
		for (String job : List.of(IngestJobConfiguration.JOB, IngestJobConfiguration.EVENTS_JOB)) {
			JobExecution execution = this.jobs.run(job, Map.of("inbox", folder.toString()));
			this.repository.getJobExecutions(execution.getJobInstance()).forEach((e) -> executions.add(e.getId()));
			// both jobs look at the same inbox: the first look's lines are the run's
			if (notTaken.isEmpty()) {
				notTaken.addAll(lines(execution, ReceiveFilesTasklet.NOT_TAKEN));
			}
			if (writing.isEmpty()) {
				writing.addAll(lines(execution, ReceiveFilesTasklet.WRITING));
			}
			if (notRead.isEmpty()) {
				notRead.addAll(lines(execution, ReceiveFilesTasklet.NOT_READ));
			}
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				failed = execution;
				break;
			}
		}
		IngestSummary summary = this.reporter.summarise(executions, notTaken, writing, notRead);
		this.reporter.writeReports(summary);
		this.reporter.print(summary, out);
		if (failed != null && failed.getStatus() == BatchStatus.STOPPED) {
			long id = failed.getId();
			new PrintWriter(System.err, true, StandardCharsets.UTF_8).println(Messages.get("cli.ingest.stopped", id));
			return ExitCodes.SYSTEM;
		}
		if (failed != null) {
			String why = failed.getAllFailureExceptions()
				.stream()
				.findFirst()
				.map(Failures::message)
				.orElse(failed.getExitStatus().getExitDescription());
			PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
			err.println(Messages.get("cli.ingest.incomplete", failed.getStatus()) + "\n" + why);
			return ExitCodes.SYSTEM;
		}
		return summary.incomplete() ? ExitCodes.REJECTED : ExitCodes.OK;
	}

	private static List<String> lines(JobExecution execution, String key) {
		return execution.getStepExecutions()
			.stream()
			.filter((s) -> s.getStepName().equals("receiveFilesStep"))
			.flatMap((s) -> ReceiveFilesTasklet.lines(s.getExecutionContext(), key).stream())
			.toList();
	}

}
