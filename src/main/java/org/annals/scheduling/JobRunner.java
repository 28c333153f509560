package org.annals.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.annals.support.Messages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import org.annals.scheduling.internal.LaunchGuard;
import org.annals.scheduling.internal.UnknownOutcomes;

/**
 * Launches a job by name the way an operator expects: an execution left {@code STARTED}
 * by a crashed process is recovered (marked failed) first; a failed or stopped last run
 * with the same input is restarted from its last committed chunk; otherwise a new run
 * starts. A run that is really going on elsewhere is not started twice, even when two
 * processes launch the job at the same moment: the check and the start are made while
 * {@link LaunchGuard} holds the job's row in the database.
 */
@Component
public class JobRunner {

	private static final Log logger = LogFactory.getLog(JobRunner.class);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Map<String, Job> jobs;

	private final LaunchGuard guard;

	JobRunner(JobOperator operator, JobRepository repository, Map<String, Job> jobs, LaunchGuard guard) {
		this.operator = operator;
		this.repository = repository;
		this.jobs = jobs;
		this.guard = guard;
	}

	/**
	 * Runs a job to its end in this thread.
	 * @param jobName the job bean name, e.g. {@code ingestStatisticsJob}
	 * @param input the parameters that say what to work on, e.g. the inbox
	 * @return the finished execution
	 * @throws JobAlreadyRunningException when the job is running in a live process, or
	 * another process is launching it
	 * @throws Exception when the launch itself fails
	 */
	public JobExecution run(String jobName, Map<String, String> input) throws Exception {
		Job job = Objects.requireNonNull(this.jobs.get(jobName), () -> "no job " + jobName);
		return this.guard.holding(jobName, () -> launch(job, jobName, input));
	}

	private JobExecution launch(Job job, String jobName, Map<String, String> input) throws Exception {
		failStale(jobName);
		List<JobExecution> running = List.copyOf(this.repository.findRunningJobExecutions(jobName));
		if (!running.isEmpty()) {
			throw new JobAlreadyRunningException(jobName, running.get(0));
		}
		JobExecution last = lastExecution(jobName);
		if (last != null && ExecutionOwner.of(last).working(last.getStatus())) {
			// stopped from elsewhere, its process still finishing the chunk
			throw new JobAlreadyRunningException(jobName, last);
		}
		if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
				&& sameInput(last.getJobParameters(), input)) {
			logger.info("Restarting " + jobName + " execution " + last.getId());
			return this.operator.restart(last);
		}
		JobParametersBuilder parameters = new JobParametersBuilder();
		input.forEach(parameters::addString);
		parameters.addLong("run.id", System.currentTimeMillis());
		return this.operator.start(job, parameters.toJobParameters());
	}

	/**
	 * Marks as failed every execution of a job that claims to run but whose process is
	 * gone, and its last one if a database outage left it {@code UNKNOWN}
	 * ({@link UnknownOutcomes}), so that it can be restarted instead of blocking; one
	 * launch of the job at a time does so.
	 * @param jobName the job
	 * @return how many were recovered
	 * @throws Exception when the database cannot be read or written
	 */
	public int recoverStale(String jobName) throws Exception {
		return this.guard.holding(jobName, () -> failStale(jobName));
	}

	private int failStale(String jobName) {
		int recovered = 0;
		for (JobExecution execution : this.repository.findRunningJobExecutions(jobName)) {
			if (ExecutionOwner.of(execution).gone()) {
				abandon(execution);
				recovered++;
			}
		}
		JobExecution last = lastExecution(jobName);
		if (last != null && !last.getStatus().isRunning() && UnknownOutcomes.cutOff(last)
				&& !ExecutionOwner.of(last).working(last.getStatus())) {
			UnknownOutcomes.settle(last, this.repository);
			recovered++;
		}
		return recovered;
	}

	/**
	 * Marks as failed an execution whose process is gone, saying so in its exit message,
	 * so that it can be restarted.
	 * @param execution the execution, claiming to run
	 */
	public void abandon(JobExecution execution) {
		ExecutionOwner owner = ExecutionOwner.of(execution);
		logger.warn("Recovering stale execution " + execution.getId() + " of " + execution.getJobInstance().getJobName()
				+ " (owner " + owner + ")");
		this.operator.recover(execution);
		execution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(),
				Messages.get("scheduling.ownerGone", execution.getId(), owner)));
		this.repository.update(execution);
	}

	private JobExecution lastExecution(String jobName) {
		List<JobInstance> instances = this.repository.getJobInstances(jobName, 0, 1);
		return instances.isEmpty() ? null : this.repository.getLastJobExecution(instances.get(0));
	}

	private static boolean sameInput(JobParameters parameters, Map<String, String> input) {
		for (Map.Entry<String, String> entry : input.entrySet()) {
			if (!entry.getValue().equals(parameters.getString(entry.getKey()))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A job that is running in a live process.
	 */
	public static class JobAlreadyRunningException extends Exception {

		private final transient JobExecution execution;

		JobAlreadyRunningException(String jobName, JobExecution execution) {
			super(Messages.get("scheduling.alreadyRunning", jobName, execution.getId()));
			this.execution = execution;
		}

		/** Another process is launching the job and has not started it yet. */
		public JobAlreadyRunningException(String jobName) {
			super(Messages.get("scheduling.beingStarted", jobName));
			this.execution = null;
		}

		/**
		 * The running execution.
		 * @return the execution, or null when another process is still starting it
		 */
		public JobExecution execution() {
			return this.execution;
		}

	}

}
