package org.annals.scheduling.internal;

import java.time.Duration;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.annals.scheduling.JobControl;

/**
 * Ends the jobs this process runs as {@code STOPPED} when the process is told to end
 * (SIGTERM from {@code systemctl stop}, Ctrl+C: Spring closes the context): no job starts
 * here any more, this node's schedules pause, and each running execution is asked to stop
 * at its next chunk commit, as {@code annals jobs stop} asks, and waited for (at most
 * {@code annals.scheduling.stop-wait}) before the database pool closes under it. A later
 * run resumes it from its last committed chunk (RELIABILITY #23). Before, the server's
 * scheduler waited for a running job to its end, or for systemd's SIGKILL, which left it
 * {@code STARTED}; a command's job lost its database mid-chunk.
 */
@Component
class GracefulStop {

	private static final Log logger = LogFactory.getLog(GracefulStop.class);

	private final ApplicationContext context;

	private final ObjectProvider<LaunchGuard> guard;

	private final ObjectProvider<JobControl> control;

	private final ObjectProvider<Scheduler> scheduler;

	private final SchedulingProperties properties;

	// providers only: this is made when the context closes, also in a command that never
	// launched a job, and must not make the job machinery then
	GracefulStop(ApplicationContext context, ObjectProvider<LaunchGuard> guard, ObjectProvider<JobControl> control,
			ObjectProvider<Scheduler> scheduler, SchedulingProperties properties) {
		this.context = context;
		this.guard = guard;
		this.control = control;
		this.scheduler = scheduler;
		this.properties = properties;
	}

	@EventListener
	void closing(ContextClosedEvent event) throws InterruptedException {
		LaunchGuard launches = this.guard.getIfAvailable();
		if (event.getApplicationContext() != this.context || launches == null) {
			return;
		}
		launches.close();
		Set<Long> running = launches.running();
		if (running.isEmpty()) {
			return;
		}
		this.scheduler.ifAvailable(GracefulStop::standby);
		long deadline = System.nanoTime() + this.properties.scheduling().stopWait().toNanos();
		for (long id : running) {
			Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
			logger.info("Shutting down: stopping execution " + id + " at its next chunk (waiting up to "
					+ left.toSeconds() + " s)");
			try {
				JobControl.Stopped stopped = this.control.getObject().stop(id, left);
				logger.info("Execution " + id + " " + stopped.outcome() + ": " + stopped.execution().getStatus());
			}
			catch (JobControl.RefusedException ex) {
				// it ended meanwhile
			}
			catch (JobControl.UnknownExecutionException | RuntimeException ex) {
				logger.warn("Execution " + id + " could not be stopped; the next run recovers it", ex);
			}
		}
	}

	private static void standby(Scheduler scheduler) {
		try {
			scheduler.standby();
		}
		catch (SchedulerException ex) {
			logger.warn("Could not pause the schedules", ex);
		}
	}

}
