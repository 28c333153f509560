package org.annals.scheduling.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.annals.scheduling.JobRunner;

/**
 * In {@code annals serve}: marks failed, once at start and then every
 * {@code annals.scheduling.recovery-interval}, every execution that claims to run but
 * whose process is gone: killed ({@code kill -9}, a crash, a reboot; RELIABILITY #2), on
 * another server silent for ten minutes, or this process's own, cut off while the
 * database was away (RELIABILITY #20). Operators then see it failed, with the reason, and
 * the next run, or {@code annals jobs restart}, resumes it from its last committed chunk,
 * without waiting for the next launch of that job to find it.
 */
@Component
@ConditionalOnProperty(name = "annals.scheduling.enabled", havingValue = "true")
class StaleRecovery implements DisposableBean {

	private static final Log logger = LogFactory.getLog(StaleRecovery.class);

	private final JobRunner runner;

	private final Set<String> jobs;

	private final SchedulingProperties properties;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "stale-recovery");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean failing;

	StaleRecovery(JobRunner runner, Map<String, Job> jobs, SchedulingProperties properties) {
		this.runner = runner;
		this.jobs = Set.copyOf(jobs.keySet());
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long every = this.properties.scheduling().recoveryInterval().toMillis();
		this.timer.scheduleWithFixedDelay(this::recover, 0, every, TimeUnit.MILLISECONDS);
	}

	void recover() {
		try {
			for (String job : this.jobs) {
				this.runner.recoverStale(job);
			}
			if (this.failing) {
				logger.info("Recovering stale executions works again");
			}
			this.failing = false;
		}
		catch (Exception ex) {
			// the database is away, or the process is ending: said once, tried again
			// later
			if (!this.failing) {
				logger.warn("Could not look for stale executions (will try again): " + ex);
			}
			this.failing = true;
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
