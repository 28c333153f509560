package org.annals.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.ingest.IngestJobs;
import org.annals.ingest.IngestReporter;
import org.annals.ingest.IngestSummary;
import org.annals.scheduling.ExecutionDetail;
import org.annals.scheduling.Executions;
import org.annals.scheduling.JobControl;
import org.annals.support.AuditTrail;
import org.annals.support.Messages;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Restarts an execution for {@code annals jobs restart ID}: through {@link JobControl},
 * to its end in this process; an ingest writes its reports as {@code annals ingest} does.
 */
@Component
class JobsRestart {

	private static final Set<String> INGEST = Set.of(IngestJobs.JOB, IngestJobs.EVENTS_JOB);

	private final JobControl control;

	private final Executions executions;

	private final JobRepository repository;

	private final IngestReporter reporter;

	private final CliAudit audit;

	JobsRestart(JobControl control, Executions executions, JobRepository repository, IngestReporter reporter,
			CliAudit audit) {
		this.audit = audit;
		this.control = control;
		this.executions = executions;
		this.repository = repository;
		this.reporter = reporter;
	}

	int run(long id, PrintWriter out, PrintWriter err) throws Exception {
		JobExecution restarted;
		try {
			String job = this.control.checkRestart(id).getJobInstance().getJobName();
			out.println(Messages.get("cli.restart.start", id, job));
			out.flush();
			this.audit.record(AuditTrail.JOB_RESTART, Map.of("job", job, "execution", id));
			restarted = this.control.restart(id);
		}
		catch (JobControl.UnknownExecutionException ex) {
			err.println(ex.getMessage());
			return ExitCodes.USAGE;
		}
		catch (JobControl.RefusedException ex) {
			err.println(ex.getMessage());
			return ExitCodes.REJECTED;
		}
		boolean rejected = INGEST.contains(restarted.getJobInstance().getJobName()) && report(restarted, out);
		ExecutionDetail detail = this.executions.detail(restarted.getId()).orElseThrow();
		long again = restarted.getId();
		if (restarted.getStatus() == BatchStatus.COMPLETED) {
			out.println(Messages.get("cli.restart.completed", again, id, ExecutionText.counts(detail.summary())));
			return rejected ? ExitCodes.REJECTED : ExitCodes.OK;
		}
		err.println(Messages.get("cli.restart.incomplete", again, restarted.getStatus(),
				ExecutionText.counts(detail.summary())));
		detail.errors().forEach(err::println);
		return (restarted.getStatus() == BatchStatus.STOPPED) ? ExitCodes.REJECTED : ExitCodes.SYSTEM;
	}

	/**
	 * Writes the reports of every file the job instance decided; true when any was
	 * rejected.
	 */
	private boolean report(JobExecution restarted, PrintWriter out) {
		List<Long> ids = this.repository.getJobExecutions(restarted.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.toList();
		IngestSummary summary = this.reporter.summarise(ids, 0);
		this.reporter.writeReports(summary);
		this.reporter.print(summary, out);
		return summary.incomplete();
	}

}
