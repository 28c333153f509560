package org.annals.scheduling.internal;

import java.util.Optional;
import java.util.Set;

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
			return Optional.of(status.isRunning()
					? new Refusal("running", "执行 #" + id + " 正在运行，不能重启；要先停止它（annals jobs stop " + id + "）。/ Execution "
							+ id + " is running; it cannot be restarted (stop it first: annals jobs stop " + id + ").")
					: new Refusal("stopping", "执行 #" + id + " 正在停止：它的进程还在提交当前数据块，稍后再重启。/ Execution " + id
							+ " is stopping: its process is still committing its chunk; restart it in a moment."));
		}
		boolean abandoned = status.isRunning() && owner.gone();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED && !abandoned) {
			return Optional.of(status(id, status));
		}
		if (executions.latestOf(execution).getId() != id) {
			return Optional.of(superseded(id));
		}
		if (!jobs.contains(job)) {
			return Optional.of(new Refusal("unknownJob", "执行 #" + id + " 的作业 " + job + " 在本程序中已不存在，无法重启。/ Job " + job
					+ " of execution " + id + " no longer exists in this program; it cannot be restarted."));
		}
		return executions.working(job, id)
			.map((other) -> new Refusal("busy",
					"作业 " + job + " 正有执行 #" + other.getId() + " 在运行，不能同时重启执行 #" + id + "。/ Job " + job
							+ " is running as execution " + other.getId() + "; execution " + id
							+ " cannot be restarted meanwhile."));
	}

	public static Optional<Refusal> stop(JobExecution execution) {
		BatchStatus status = execution.getStatus();
		if (status.isRunning() || ExecutionOwner.of(execution).working(status)) {
			return Optional.empty();
		}
		return Optional.of(notRunning(execution.getId(), status));
	}

	public static Refusal status(long id, BatchStatus status) {
		return new Refusal("status", "执行 #" + id + " 的状态是 " + status + "，只有失败或停止的执行才能重启。/ Execution " + id + " is "
				+ status + "; only a failed or stopped execution can be restarted.");
	}

	public static Refusal superseded(long id) {
		return new Refusal("superseded", "执行 #" + id + " 已经被重启过，只能重启同一批次最新的执行。/ Execution " + id
				+ " was restarted already; only the latest execution of a job instance can be restarted.");
	}

	public static Refusal notRunning(long id, BatchStatus status) {
		return new Refusal("notRunning", "执行 #" + id + " 没有在运行（状态 " + status + "），无需停止。/ Execution " + id
				+ " is not running (" + status + "); there is nothing to stop.");
	}

}
