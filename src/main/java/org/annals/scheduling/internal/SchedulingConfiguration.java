package org.annals.scheduling.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.annals.reference.ReferenceData;
import org.annals.reference.Schedules;
import org.annals.scheduling.ClockSkew;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedules of {@code jobs/schedule.yml} as Quartz jobs and cron triggers (zone and
 * misfire policy per schedule; {@code annals.schedules.<name>.cron} overrides a cron), in
 * the clustered JDBC job store on the shared database, with the PostgreSQL delegate on
 * PostgreSQL. Only {@code annals serve} turns scheduling on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "annals.scheduling.enabled", havingValue = "true")
class SchedulingConfiguration {

	private static final Log logger = LogFactory.getLog(SchedulingConfiguration.class);

	@Bean
	SchedulerFactoryBeanCustomizer annalsSchedules(ReferenceData reference) {
		return (factory) -> {
			List<JobDetail> jobs = new ArrayList<>();
			reference.schedules()
				.schedules()
				.forEach((name,
						schedule) -> jobs.add(JobBuilder.newJob(ScheduledBatchJob.class)
							.withIdentity(name, "annals")
							.withDescription(schedule.description())
							.usingJobData(ScheduledBatchJob.SCHEDULE, name)
							.storeDurably()
							.requestRecovery()
							.build()));
			factory.setJobDetails(jobs.toArray(JobDetail[]::new));
			factory.setOverwriteExistingJobs(true);
		};
	}

	/**
	 * Refuses to start the scheduler when this machine's clock and the database's differ
	 * by more than {@code annals.scheduling.max-clock-skew}: the cluster's check-ins
	 * would misjudge live nodes as dead.
	 */
	@Bean
	InitializingBean annalsClockCheck(JdbcClient jdbc, SchedulingProperties properties) {
		return () -> {
			Duration tolerated = properties.scheduling().maxClockSkew();
			long before = System.currentTimeMillis();
			Timestamp database = jdbc.sql("select current_timestamp").query(Timestamp.class).single();
			long after = System.currentTimeMillis();
			ClockSkew.check(Instant.ofEpochMilli((before + after) / 2), database.toInstant(), tolerated);
		};
	}

	/**
	 * Puts each schedule's cron trigger in the job store. A trigger already stored with
	 * the same cron, zone and misfire policy is left as it is, so that its next fire
	 * time, and a fire time missed while every node was down, survive a restart (the
	 * misfire policy then decides: run once, or skip); a changed one is rescheduled.
	 */
	@Bean
	InitializingBean annalsTriggers(Scheduler scheduler, ReferenceData reference, SchedulingProperties properties,
			InitializingBean annalsClockCheck) {
		return () -> {
			Schedules schedules = reference.schedules();
			for (var entry : schedules.schedules().entrySet()) {
				String name = entry.getKey();
				String cron = properties.cron(name, entry.getValue().cron());
				TimeZone zone = TimeZone.getTimeZone(schedules.zone());
				CronScheduleBuilder builder = CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone);
				builder = "skip".equals(entry.getValue().misfire()) ? builder.withMisfireHandlingInstructionDoNothing()
						: builder.withMisfireHandlingInstructionFireAndProceed();
				TriggerKey key = TriggerKey.triggerKey(name, "annals");
				CronTrigger trigger = TriggerBuilder.newTrigger()
					.forJob(name, "annals")
					.withIdentity(key)
					.withSchedule(builder)
					.build();
				Trigger stored = scheduler.getTrigger(key);
				if (stored instanceof CronTrigger same && same.getCronExpression().equals(cron)
						&& same.getTimeZone().getID().equals(zone.getID())
						&& same.getMisfireInstruction() == trigger.getMisfireInstruction()) {
					continue;
				}
				try {
					if (stored == null) {
						scheduler.scheduleJob(trigger);
					}
					else {
						scheduler.rescheduleJob(key, trigger);
					}
				}
				catch (SchedulerException ex) {
					// a cron whose every fire time has passed
					logger.warn("Schedule " + name + " (" + cron + ") is not scheduled: " + ex.getMessage());
				}
			}
		};
	}

}
