package org.annals.scheduling.internal;

import java.time.LocalDateTime;

import org.annals.support.Messages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Executions that a database outage left {@code UNKNOWN}: a chunk's commit lost its
 * connection, and Spring Batch, not knowing whether the chunk's writes made it while its
 * saved position did not, marks the step (and the job) {@code UNKNOWN} and refuses to
 * restart it. Here every chunk's rows and its reader's position are written in one
 * transaction of the one database, so what is stored agrees with itself: such an
 * execution is marked {@code FAILED}, saying why, and its restart resumes from the last
 * committed chunk (RELIABILITY #20). Without this, the next run started the file afresh
 * beside the facts the cut one had committed.
 * <p>
 * The outage may also swallow the step's own last update while the job's lands once the
 * database is back: the job then ends {@code UNKNOWN} (or {@code FAILED}) beside a step
 * still stored as {@code STARTED}, which Spring Batch takes for a step still running and
 * refuses every restart of, night after night. A step that claims to run in an execution
 * that has ended is settled the same way.
 */
public final class UnknownOutcomes {

	private static final Log logger = LogFactory.getLog(UnknownOutcomes.class);

	private UnknownOutcomes() {
	}

	/**
	 * Whether an execution, or one of its steps, ended {@code UNKNOWN}, or one of its
	 * steps claims to run although the execution has ended.
	 * @param execution the execution, with its steps
	 * @return true when so
	 */
	public static boolean cutOff(JobExecution execution) {
		return execution.getStatus() == BatchStatus.UNKNOWN
				|| execution.getStepExecutions().stream().anyMatch((s) -> unsettled(execution, s));
	}

	private static boolean unsettled(JobExecution execution, StepExecution step) {
		return step.getStatus() == BatchStatus.UNKNOWN
				|| (step.getStatus().isRunning() && !execution.getStatus().isRunning());
	}

	/**
	 * Marks an execution that ended {@code UNKNOWN}, and its steps that did or that still
	 * claim to run, failed.
	 * @param execution the execution, no longer running
	 * @param repository the job repository
	 */
	public static void settle(JobExecution execution, JobRepository repository) {
		String why = Messages.get("scheduling.unknownOutcome", execution.getId());
		logger.warn("Execution " + execution.getId() + " of " + execution.getJobInstance().getJobName()
				+ " ended UNKNOWN or with a step stored as running (database outage); marking it FAILED");
		for (StepExecution step : execution.getStepExecutions()) {
			if (unsettled(execution, step)) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), why));
				if (step.getEndTime() == null) {
					step.setEndTime(LocalDateTime.now());
				}
				repository.update(step);
			}
		}
		if (execution.getStatus() == BatchStatus.UNKNOWN) {
			execution.setStatus(BatchStatus.FAILED);
			execution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), why));
			if (execution.getEndTime() == null) {
				execution.setEndTime(LocalDateTime.now());
			}
			repository.update(execution);
		}
	}

}
