package org.annals.ingest;

import java.util.List;

import org.annals.ingest.internal.intake.ReceiveFilesTasklet;

import org.springframework.batch.core.job.JobExecution;

/**
 * Ingest's jobs as other features launch and report them: their names, and what a run's
 * look at the inbox left aside (files not taken, still being written, never read).
 */
public final class IngestJobs {

	/** The statistics job's name. */
	public static final String JOB = "ingestStatisticsJob";

	/** The event-log job's name. */
	public static final String EVENTS_JOB = "ingestEventsJob";

	private IngestJobs() {
	}

	/**
	 * The files a run did not take, each with why.
	 * @param execution the run
	 * @return the lines, as an operator reads them
	 */
	public static List<String> notTaken(JobExecution execution) {
		return lines(execution, ReceiveFilesTasklet.NOT_TAKEN);
	}

	/**
	 * The files still being written when a run looked, each with what shows it.
	 * @param execution the run
	 * @return the lines, as an operator reads them
	 */
	public static List<String> writing(JobExecution execution) {
		return lines(execution, ReceiveFilesTasklet.WRITING);
	}

	/**
	 * The files the inbox holds but a run never reads, each with why.
	 * @param execution the run
	 * @return the lines, as an operator reads them
	 */
	public static List<String> notRead(JobExecution execution) {
		return lines(execution, ReceiveFilesTasklet.NOT_READ);
	}

	private static List<String> lines(JobExecution execution, String key) {
		return execution.getStepExecutions()
			.stream()
			.filter((s) -> s.getStepName().equals("receiveFilesStep"))
			.flatMap((s) -> ReceiveFilesTasklet.lines(s.getExecutionContext(), key).stream())
			.toList();
	}

}
