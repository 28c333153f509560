package org.annals.scheduling;

import java.time.LocalDate;

/**
 * Which executions to list.
 *
 * @param job only this job, or null for all
 * @param status only this status ({@code FAILED}…), or null for all
 * @param since only those started on or after this day, or null
 * @param until only those started on or before this day, or null
 * @param limit at most this many, newest first (1 to 1000)
 */
public record ExecutionFilter(String job, String status, LocalDate since, LocalDate until, int limit) {

	public ExecutionFilter {
		job = (job != null && !job.isBlank()) ? job : null;
		status = (status != null && !status.isBlank()) ? status : null;
		limit = Math.max(1, Math.min(limit, 1000));
	}

	/**
	 * The newest executions, however many.
	 * @param limit at most this many
	 * @return the filter
	 */
	public static ExecutionFilter newest(int limit) {
		return new ExecutionFilter(null, null, null, null, limit);
	}

}
