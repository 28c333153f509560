package org.annals.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One job execution in full, as {@code annals jobs status ID} and the console show it.
 *
 * @param summary the execution with its summed counts
 * @param instanceId its job instance
 * @param exitCode its exit code
 * @param parameters its job parameters, by name
 * @param errors the messages of its failures (types and messages, no stack traces)
 * @param owner the process that runs or ran it
 * @param working whether a process is still working on it
 * @param steps its steps, in the order they started
 */
public record ExecutionDetail(ExecutionSummary summary, long instanceId, String exitCode,
		Map<String, String> parameters, List<String> errors, ExecutionOwner owner, boolean working, List<Step> steps) {

	/**
	 * One step execution.
	 *
	 * @param id the step execution id
	 * @param name the step name ({@code readSubmissionStep:submission-12} for a
	 * partition)
	 * @param partitioned whether it is a partitioned step, whose counts are its
	 * partitions' summed (and not counted again in the execution's)
	 * @param status its status
	 * @param exitCode its exit code
	 * @param read items read
	 * @param written items written
	 * @param skipped items skipped
	 * @param commits transactions committed
	 * @param rollbacks transactions rolled back
	 * @param start when it started
	 * @param end when it ended, or null
	 * @param errors the messages of its failures
	 */
	public record Step(long id, String name, boolean partitioned, String status, String exitCode, long read,
			long written, long skipped, long commits, long rollbacks, LocalDateTime start, LocalDateTime end,
			List<String> errors) {

		/**
		 * How long it ran, or has been running.
		 * @param now the time now
		 * @return the duration, zero before it started
		 */
		public Duration duration(LocalDateTime now) {
			return (this.start != null) ? Duration.between(this.start, (this.end != null) ? this.end : now)
					: Duration.ZERO;
		}

	}

}
