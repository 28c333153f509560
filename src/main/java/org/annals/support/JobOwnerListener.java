package org.annals.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes which process runs a job execution (host and process id) into its context as
 * soon as it starts, so that an execution left {@code STARTED} by a crash can be told
 * apart from one that is really running; and when that process is done with it, so that
 * an execution stopped from another process (which Spring Batch marks {@code STOPPED} at
 * once) is known to be still finishing its chunk until then. Once that is written, it
 * publishes {@link JobStarted}.
 */
@Component
public class JobOwnerListener implements JobExecutionListener {

	/** Context key of the host name. */
	public static final String HOST = "owner.host";

	/** Context key of the process id. */
	public static final String PID = "owner.pid";

	/** Context key of the time the owning process was done with the execution. */
	public static final String ENDED = "owner.ended";

	private final JobRepository jobRepository;

	private final ApplicationEventPublisher events;

	JobOwnerListener(JobRepository jobRepository, ApplicationEventPublisher events) {
		this.jobRepository = jobRepository;
		this.events = events;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		jobExecution.getExecutionContext().putString(HOST, hostName());
		jobExecution.getExecutionContext().putLong(PID, ProcessHandle.current().pid());
		// a restart copies the context of the execution before, mark included
		jobExecution.getExecutionContext().remove(ENDED);
		this.jobRepository.updateExecutionContext(jobExecution);
		this.events.publishEvent(new JobStarted(jobExecution.getId(), jobExecution.getJobInstance().getJobName()));
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		jobExecution.getExecutionContext().putString(ENDED, LocalDateTime.now().toString());
		this.jobRepository.updateExecutionContext(jobExecution);
	}

	/**
	 * This machine's name.
	 * @return the host name
	 */
	public static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}
