package org.annals.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.stream.Stream;

import org.annals.scheduling.internal.LaunchGuard;
import org.annals.support.JobOwnerListener;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Who works on a job execution, read from what {@link JobOwnerListener} records: whether
 * its process is gone (the execution can only be recovered) or still working on it. The
 * second matters because Spring Batch 6 marks an execution {@code STOPPED} as soon as it
 * is asked to stop, while the owning process goes on to the end of its current chunk. An
 * execution owned by this very process is gone once the thread that ran it is done with
 * it: it ended while the database was away and could not say so.
 *
 * @param host the host of the owning process, or null when not recorded
 * @param pid its process id, or -1
 * @param ended whether the owning process said it was done with the execution
 * @param lastSign the last time the execution or one of its steps was written
 * @param endedHere whether a thread of this process ran the execution and is done with it
 */
public record ExecutionOwner(String host, long pid, boolean ended, LocalDateTime lastSign, boolean endedHere) {

	/**
	 * After this long without a sign, an execution owned by another host (whose process
	 * cannot be looked up) is taken as abandoned; a chunk never takes that long.
	 */
	static final Duration FOREIGN_STALE = Duration.ofMinutes(10);

	/**
	 * The owner of an execution.
	 * @param execution the execution, with its context and steps
	 * @return its owner
	 */
	public static ExecutionOwner of(JobExecution execution) {
		var context = execution.getExecutionContext();
		LocalDateTime lastSign = Stream
			.concat(Stream.of(execution.getLastUpdated(), execution.getCreateTime(), execution.getEndTime()),
					execution.getStepExecutions().stream().map(StepExecution::getLastUpdated))
			.filter(Objects::nonNull)
			.max(LocalDateTime::compareTo)
			.orElse(null);
		return new ExecutionOwner(context.getString(JobOwnerListener.HOST, null),
				context.getLong(JobOwnerListener.PID, -1L), context.containsKey(JobOwnerListener.ENDED), lastSign,
				LaunchGuard.endedHere(execution.getId()));
	}

	/**
	 * Whether the owning process is known to run on this machine.
	 * @return true when it does
	 */
	public boolean local() {
		return this.host != null && this.host.equals(JobOwnerListener.hostName()) && this.pid > 0;
	}

	/**
	 * Whether the owning process is gone: dead on this machine, or silent for ten minutes
	 * on another one; or this process, no longer running it.
	 * @return true when gone
	 */
	public boolean gone() {
		if (local()) {
			if (this.pid == ProcessHandle.current().pid()) {
				return this.endedHere;
			}
			return ProcessHandle.of(this.pid).map((p) -> !p.isAlive()).orElse(true);
		}
		return this.lastSign == null || this.lastSign.isBefore(LocalDateTime.now().minus(FOREIGN_STALE));
	}

	/**
	 * Whether a process is still working on the execution: it runs, or it was told to
	 * stop and is still committing its chunk.
	 * @param status the execution's status as stored
	 * @return true when still being worked on
	 */
	public boolean working(BatchStatus status) {
		if (this.ended || gone()) {
			return false;
		}
		if (status.isRunning()) {
			return true;
		}
		// STOPPED by another process, which never waits for the owner; the owner's
		// process id may be reused long after, hence the time limit
		return status == BatchStatus.STOPPED && this.lastSign != null
				&& this.lastSign.isAfter(LocalDateTime.now().minus(FOREIGN_STALE));
	}

	/**
	 * The owner as operators read it.
	 * @return e.g. {@code host pid 1234}, or {@code -} when not recorded
	 */
	@Override
	public String toString() {
		return (this.host != null) ? this.host + " pid " + this.pid : "-";
	}

}
