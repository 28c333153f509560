package org.annals.scheduling.internal;

import java.util.Optional;
import java.util.Set;

import org.annals.support.Messages;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import org.annals.scheduling.ExecutionOwner;
import org.annals.scheduling.Executions;
import org.annals.scheduling.Refusal;

/**
 * The rules of what may be done to an execution, and the reasons when not: only the
 * latest execution of a job instance, failed or stopped, whose process is done with it,
 * of a job this program knows, while no other execution of that job is being worked on,
 * can be restarted; only a running execution can be stopped.
 */
public final class Refusals {

	private Refusals() {
	}

	public static Optional<Refusal> restart(JobExecution execution, Executions executions, Set<String> jobs) {
		long id = execution.getId();
		String job = execution.getJobInstance().getJobName();
		BatchStatus status = execution.getStatus();
		ExecutionOwner owner = ExecutionOwner.of(execution);
		if (owner.working(status)) {
			return Optional
				.of(status.isRunning() ? new Refusal("running", Messages.get("scheduling.refusal.running", id))
						: new Refusal("stopping", Messages.get("scheduling.refusal.stopping", id)));
		}
		boolean abandoned = status.isRunning() && owner.gone();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED && !abandoned) {
			return Optional.of(status(id, status));
		}
		if (executions.latestOf(execution).getId() != id) {
			return Optional.of(superseded(id));
		}
		if (!jobs.contains(job)) {
			return Optional.of(new Refusal("unknownJob", Messages.get("scheduling.refusal.unknownJob", id, job)));
		}
		return executions.working(job, id)
			.map((other) -> new Refusal("busy", Messages.get("scheduling.refusal.busy", job, other.getId(), id)));
	}

	public static Optional<Refusal> stop(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status.isRunning() || ExecutionOwner.of(execution).working(status)) {
			return Optional.empty();
		}
		return Optional.of(notRunning(execution.getId(), status));
	}

	public static Refusal status(long id, BatchStatus status) {
		return new Refusal("status", Messages.get("scheduling.refusal.status", id, status));
	}

	public static Refusal superseded(long id) {
		return new Refusal("superseded", Messages.get("scheduling.refusal.superseded", id));
	}

	public static Refusal notRunning(long id, BatchStatus status) {
		return new Refusal("notRunning", Messages.get("scheduling.refusal.notRunning", id, status));
	}

}
