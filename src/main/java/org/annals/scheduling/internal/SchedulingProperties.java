package org.annals.scheduling.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of launching, scheduling and stopping jobs, bound to {@code annals}: the group
 * {@code annals.scheduling}, the overrides {@code annals.schedules.<name>} of
 * {@code jobs/schedule.yml}, and {@code annals.inbox}.
 *
 * @param scheduling how jobs are launched, recovered and stopped
 * @param schedules per schedule of {@code jobs/schedule.yml} ({@code nightly},
 * {@code archive}, {@code fixity}), what replaces its declared values
 * @param inbox the inbox that scheduled runs and runs started through the API or the
 * console ingest; when not set, {@code inbox} under {@code annals.home}
 */
@ConfigurationProperties("annals")
public record SchedulingProperties(@DefaultValue Scheduling scheduling, Map<String, Schedule> schedules, Path inbox) {

	public SchedulingProperties {
		schedules = (schedules != null) ? Map.copyOf(schedules) : Map.of();
	}

	/**
	 * How jobs are launched, recovered and stopped.
	 *
	 * @param enabled whether this process runs the schedules and recovers the executions
	 * of dead processes; {@code annals serve} turns it on
	 * @param launchWait how long a launch waits for another process that is launching the
	 * same job at that moment, before it says so (it takes milliseconds)
	 * @param stopWait how long a process told to end (SIGTERM) waits for its running jobs
	 * to stop at their next chunk before it closes anyway (within systemd's
	 * {@code TimeoutStopSec=120} of {@code ops/annals.service})
	 * @param recoveryInterval how often {@code annals serve} looks for executions whose
	 * process is gone and marks them failed, so that they can be restarted (also once at
	 * start)
	 * @param maxClockSkew how far this machine's clock and the database's may differ
	 * before the scheduler refuses to start: the cluster's check-ins would misjudge live
	 * nodes as dead
	 */
	public record Scheduling(@DefaultValue("false") boolean enabled, @DefaultValue("30s") Duration launchWait,
			@DefaultValue("90s") Duration stopWait, @DefaultValue("30s") Duration recoveryInterval,
			@DefaultValue("5s") Duration maxClockSkew) {

	}

	/**
	 * What replaces a schedule's declared values.
	 *
	 * @param cron the Quartz cron expression that fires the schedule instead of the one
	 * in {@code jobs/schedule.yml} (zone Asia/Shanghai), e.g. {@code 0/10 * * * * ?} in a
	 * test
	 */
	public record Schedule(String cron) {

	}

	/**
	 * The cron expression of a schedule: the override when there is one, else the
	 * declared one.
	 * @param name the schedule's name in {@code jobs/schedule.yml}
	 * @param declared its cron expression there
	 * @return the cron expression to use
	 */
	public String cron(String name, String declared) {
		Schedule schedule = this.schedules.get(name);
		return (schedule != null && schedule.cron() != null) ? schedule.cron() : declared;
	}

}
