package org.annals.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annals.ingest.IngestJobs;
import org.annals.ingest.IngestReporter;
import org.annals.ingest.IngestSummary;
import org.annals.scheduling.FlowListener;
import org.annals.scheduling.InboxLocation;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.ScheduledWork;
import org.annals.support.AuditTrail;
import org.annals.support.AnnalsProperties;
import org.annals.support.Messages;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the ingest flow for the command line ({@link ScheduledWork}, on the inbox
 * {@link InboxLocation} finds): launches (or restarts) the jobs, writes the per-file
 * reports, prints the summary, and answers the exit code.
 */
@Component
class IngestRun {

	private final JobRepository repository;

	private final IngestReporter reporter;

	private final AnnalsProperties properties;

	private final ScheduledWork work;

	private final InboxLocation inbox;

	private final CliAudit audit;

	IngestRun(ScheduledWork work, InboxLocation inbox, JobRepository repository, IngestReporter reporter,
			AnnalsProperties properties, CliAudit audit) {
		this.audit = audit;
		this.work = work;
		this.inbox = inbox;
		this.repository = repository;
		this.reporter = reporter;
		this.properties = properties;
	}

	/**
	 * The inbox a command works on ({@link InboxLocation}), when it exists; else says so.
	 * @param inbox the folder named on the command line, or null
	 * @return the folder, or null when it does not exist (the message is printed)
	 */
	Path folder(Path inbox) {
		Path folder = this.inbox.inbox(inbox);
		if (!Files.isDirectory(folder)) {
			PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
			err.println(Messages.get("cli.ingest.noInbox", folder));
			return null;
		}
		return folder;
	}

	int run(Path inbox, PrintWriter out) throws Exception {
		Path folder = folder(inbox);
		if (folder == null) {
			return ExitCodes.USAGE;
		}
		announce(folder, out);
		this.audit.record(AuditTrail.JOB_START, Map.of("job", JobCatalogue.INGEST, "inbox", folder.toString()));
		return report(this.work.run(JobCatalogue.INGEST, Map.of(), folder, FlowListener.NONE).executions(), out);
	}

	void announce(Path folder, PrintWriter out) {
		out.println(Messages.get(this.properties.english(), "cli.ingest.start", folder));
		out.flush();
	}

	/**
	 * Reports what the ingest jobs of a flow did: writes the per-file reports, prints the
	 * summary, and answers the exit code.
	 * @param ran the executions of the flow (others than ingest jobs are passed over)
	 * @param out where the summary goes
	 * @return the exit code
	 */
	int report(List<JobExecution> ran, PrintWriter out) {
		List<Long> executions = new ArrayList<>();
		List<String> writing = new ArrayList<>();
		List<String> notRead = new ArrayList<>();
		List<String> notTaken = new ArrayList<>();
		JobExecution failed = null;
		for (JobExecution execution : ran) {
			if (!JobCatalogue.INGEST_JOBS.contains(execution.getJobInstance().getJobName())) {
				continue;
			}
			this.repository.getJobExecutions(execution.getJobInstance()).forEach((e) -> executions.add(e.getId()));
			// both jobs look at the same inbox: the first look's lines are the run's
			if (notTaken.isEmpty()) {
				notTaken.addAll(IngestJobs.notTaken(execution));
			}
			if (writing.isEmpty()) {
				writing.addAll(IngestJobs.writing(execution));
			}
			if (notRead.isEmpty()) {
				notRead.addAll(IngestJobs.notRead(execution));
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

}
