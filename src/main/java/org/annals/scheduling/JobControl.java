package org.annals.scheduling;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.annals.support.Messages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import org.annals.scheduling.internal.LaunchGuard;
import org.annals.scheduling.internal.Refusals;

/**
 * What operators do to one execution, from {@code annals jobs}, the HTTP API or the
 * console, in any process: restart a failed or stopped one (through
 * {@link JobOperator#restart}, from its last committed chunk) and stop a running one
 * (through {@link JobOperator#stop}: the owning process sees it at its next chunk
 * commit). An execution whose process is gone is marked failed rather than waited for.
 * Whatever is not allowed is refused with the reason, in Chinese and English.
 */
@Component
public class JobControl {

	private static final Log logger = LogFactory.getLog(JobControl.class);

	private final JobOperator operator;

	private final JobRunner runner;

	private final Executions executions;

	private final Map<String, Job> jobs;

	private final LaunchGuard guard;

	JobControl(JobOperator operator, JobRunner runner, Executions executions, Map<String, Job> jobs,
			LaunchGuard guard) {
		this.operator = operator;
		this.runner = runner;
		this.executions = executions;
		this.jobs = jobs;
		this.guard = guard;
	}

	/**
	 * An execution.
	 * @param id its id
	 * @return the execution, with its steps and context
	 * @throws UnknownExecutionException when there is none of that id
	 */
	public JobExecution execution(long id) throws UnknownExecutionException {
		return this.executions.find(id).orElseThrow(() -> new UnknownExecutionException(id));
	}

	/**
	 * Why an execution cannot be restarted now.
	 * @param execution the execution
	 * @return the reason, or empty when it can
	 */
	public Optional<Refusal> whyNotRestart(JobExecution execution) {
		return Refusals.restart(execution, this.executions, this.jobs.keySet());
	}

	/**
	 * Why an execution cannot be stopped.
	 * @param execution the execution
	 * @return the reason, or empty when it can (or is being stopped already)
	 */
	public Optional<Refusal> whyNotStop(JobExecution execution) {
		return Refusals.stop(execution);
	}

	/**
	 * What the console may offer for a listed execution, loading it only when the list
	 * cannot tell.
	 * @param summary the listed execution
	 * @return the reasons restart and stop are not allowed, null where they are
	 */
	public Actions actions(ExecutionSummary summary) {
		BatchStatus status = BatchStatus.valueOf(summary.status());
		if (status == BatchStatus.FAILED && summary.latest()) {
			return new Actions(null, Refusals.notRunning(summary.id(), status));
		}
		if (status != BatchStatus.STOPPED && !status.isRunning()) {
			return new Actions(
					summary.latest() ? Refusals.status(summary.id(), status) : Refusals.superseded(summary.id()),
					Refusals.notRunning(summary.id(), status));
		}
		return this.executions.find(summary.id())
			.map((e) -> new Actions(whyNotRestart(e).orElse(null), whyNotStop(e).orElse(null)))
			.orElseGet(() -> new Actions(Refusals.status(summary.id(), status),
					Refusals.notRunning(summary.id(), status)));
	}

	/**
	 * Restarts a failed or stopped execution from its last committed chunk and runs it to
	 * its end in this thread. An execution whose process is gone is marked failed first.
	 * The checks and the restart are one launch of the job, which no other process makes
	 * at the same moment ({@link LaunchGuard}).
	 * @param id the execution id
	 * @return the new execution, finished
	 * @throws UnknownExecutionException when there is none of that id
	 * @throws RefusedException when it cannot be restarted now
	 * @throws Exception when the restart itself fails
	 */
	public JobExecution restart(long id) throws Exception {
		String job = execution(id).getJobInstance().getJobName();
		return this.guard.holding(job, () -> {
			JobExecution execution = checkRestart(id);
			logger.info("Restarting execution " + id + " of " + job);
			return this.operator.restart(execution);
		});
	}

	/**
	 * Checks that an execution can be restarted now, marking it failed first when its
	 * process is gone.
	 * @param id the execution id
	 * @return the execution, ready to be restarted
	 * @throws UnknownExecutionException when there is none of that id
	 * @throws RefusedException when it cannot be restarted now
	 */
	public JobExecution checkRestart(long id) throws UnknownExecutionException, RefusedException {
		JobExecution execution = execution(id);
		if (execution.getStatus().isRunning() && ExecutionOwner.of(execution).gone()) {
			this.runner.abandon(execution);
			execution = execution(id);
		}
		Optional<Refusal> refusal = whyNotRestart(execution);
		if (refusal.isPresent()) {
			throw new RefusedException(refusal.get());
		}
		return execution;
	}

	/**
	 * Stops a running execution: asks its process to stop at its next chunk commit and
	 * waits for it to have stopped; an execution whose process is gone is marked failed.
	 * @param id the execution id
	 * @param wait how long to wait for the process to stop (zero: do not wait)
	 * @return what became of it
	 * @throws UnknownExecutionException when there is none of that id
	 * @throws RefusedException when it is not running
	 * @throws InterruptedException when interrupted while waiting
	 */
	public Stopped stop(long id, Duration wait)
			throws UnknownExecutionException, RefusedException, InterruptedException {
		JobExecution execution = execution(id);
		Optional<Refusal> refusal = whyNotStop(execution);
		if (refusal.isPresent()) {
			throw new RefusedException(refusal.get());
		}
		if (execution.getStatus().isRunning() && ExecutionOwner.of(execution).gone()) {
			this.runner.abandon(execution);
			return new Stopped(Stopped.Outcome.ABANDONED, execution(id));
		}
		for (int attempt = 1; execution.getStatus() == BatchStatus.STARTING
				|| execution.getStatus() == BatchStatus.STARTED; attempt++) {
			try {
				this.operator.stop(execution);
				break;
			}
			catch (JobExecutionNotRunningException ex) {
				// it ended meanwhile; what it ended as is read below
				break;
			}
			catch (OptimisticLockingFailureException ex) {
				// the owning process committed a chunk while the stop marked its steps:
				// read the execution again (once marked STOPPING, the owner stops by
				// itself at its next commit) and try once more if it is not
				if (attempt == 5) {
					throw ex;
				}
				execution = execution(id);
			}
		}
		long deadline = System.nanoTime() + wait.toNanos();
		while (true) {
			execution = execution(id);
			if (!ExecutionOwner.of(execution).working(execution.getStatus())) {
				return new Stopped(Stopped.Outcome.ENDED, execution);
			}
			if (System.nanoTime() >= deadline) {
				return new Stopped(Stopped.Outcome.STOPPING, execution);
			}
			Thread.sleep(250);
		}
	}

	/**
	 * What a stop came to.
	 *
	 * @param outcome ended, still stopping, or abandoned (its process was gone)
	 * @param execution the execution as it is now
	 */
	public record Stopped(Outcome outcome, JobExecution execution) {

		/**
		 * What a stop came to.
		 */
		public enum Outcome {

			/** The process is done with it: stopped (or it ended just before). */
			ENDED,

			/** Asked to stop; its process is still finishing its chunk. */
			STOPPING,

			/** Its process was gone; marked failed. */
			ABANDONED

		}

	}

	/**
	 * What the console may offer for an execution.
	 *
	 * @param restart why it cannot be restarted, or null when it can
	 * @param stop why it cannot be stopped, or null when it can
	 */
	public record Actions(Refusal restart, Refusal stop) {
	}

	/**
	 * There is no execution of that id.
	 */
	public static class UnknownExecutionException extends Exception {

		UnknownExecutionException(long id) {
			super(message(id));
		}

		/**
		 * What to say of an unknown execution.
		 * @param id its id
		 * @return the message, in Chinese and English
		 */
		public static String message(long id) {
			return Messages.get("scheduling.noSuchExecution", id);
		}

	}

	/**
	 * The action is not allowed in the execution's state.
	 */
	public static class RefusedException extends Exception {

		private final Refusal refusal;

		RefusedException(Refusal refusal) {
			super(refusal.message());
			this.refusal = refusal;
		}

		/**
		 * Why.
		 * @return the refusal
		 */
		public Refusal refusal() {
			return this.refusal;
		}

	}

}
