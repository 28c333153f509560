package org.annals.scheduling;

import java.util.Map;

import org.springframework.batch.core.job.JobExecution;

/**
 * Told of each job a flow of {@link ScheduledWork} runs, e.g. for the command line's
 * progress lines and reports.
 */
public interface FlowListener {

	/** A listener that is told nothing. */
	FlowListener NONE = new FlowListener() {
	};

	/**
	 * A job is about to start.
	 * @param job the job's name ({@link JobCatalogue})
	 * @param parameters what it works on
	 * @param step its place in the flow, from 1
	 * @param steps the number of jobs the flow runs at most
	 */
	default void starting(String job, Map<String, String> parameters, int step, int steps) {
	}

	/**
	 * A job ended.
	 * @param execution its execution
	 */
	default void ended(JobExecution execution) {
	}

}
