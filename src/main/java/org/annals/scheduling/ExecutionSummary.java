package org.annals.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One job execution as the operators' list shows it, its counts summed over its steps.
 *
 * @param id the execution id
 * @param job the job name
 * @param status its status as stored
 * @param start when it started, or null while starting
 * @param end when it ended, or null while running
 * @param read items read
 * @param written items written
 * @param skipped items skipped in reading, processing or writing
 * @param exitMessage the first line of its exit description, or null
 * @param latest whether it is the latest execution of its job instance (only the latest
 * can be restarted)
 */
public record ExecutionSummary(long id, String job, String status, LocalDateTime start, LocalDateTime end, long read,
		long written, long skipped, String exitMessage, boolean latest) {

	/**
	 * How long it ran, or has been running.
	 * @param now the time now
	 * @return the duration, zero before it started
	 */
	public Duration duration(LocalDateTime now) {
		if (this.start == null) {
			return Duration.ZERO;
		}
		return Duration.between(this.start, (this.end != null) ? this.end : now);
	}

	/**
	 * A duration as operators read it.
	 * @param duration the duration
	 * @return {@code H:MM:SS}
	 */
	public static String format(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		return String.format("%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
	}

}
