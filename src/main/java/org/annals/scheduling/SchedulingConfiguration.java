package org.annals.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.annals.reference.ReferenceData;
import org.annals.reference.Schedules;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.annals.support.Databases;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The schedules of {@code jobs/schedule.yml} as Quartz jobs and cron triggers (zone and
 * misfire policy per schedule; {@code annals.schedules.<name>.cron} overrides a cron), in
 * the clustered JDBC job store on the shared database, with the PostgreSQL delegate on
 * PostgreSQL. Only {@code annals serve} turns scheduling on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "annals.scheduling.enabled", havingValue = "true")
class SchedulingConfiguration {

	@Bean
	SchedulerFactoryBeanCustomizer annalsSchedules(ReferenceData reference, Environment environment,
			DataSource dataSource, QuartzProperties quartz) {
		return (factory) -> {
			Properties properties = new Properties();
			properties.putAll(quartz.getProperties());
			properties.put("org.quartz.jobStore.driverDelegateClass",
					Databases.isPostgres(dataSource) ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
							: "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
			factory.setQuartzProperties(properties);
			List<JobDetail> jobs = new ArrayList<>();
			List<Trigger> triggers = new ArrayList<>();
			Schedules schedules = reference.schedules();
			schedules.schedules().forEach((name, schedule) -> {
				JobDetail job = JobBuilder.newJob(ScheduledBatchJob.class)
					.withIdentity(name, "annals")
					.withDescription(schedule.description())
					.usingJobData(ScheduledBatchJob.SCHEDULE, name)
					.storeDurably()
					.requestRecovery()
					.build();
				String cron = environment.getProperty("annals.schedules." + name + ".cron", schedule.cron());
				CronScheduleBuilder builder = CronScheduleBuilder.cronSchedule(cron)
					.inTimeZone(TimeZone.getTimeZone(schedules.zone()));
				builder = "skip".equals(schedule.misfire()) ? builder.withMisfireHandlingInstructionDoNothing()
						: builder.withMisfireHandlingInstructionFireAndProceed();
				jobs.add(job);
				triggers.add(TriggerBuilder.newTrigger()
					.forJob(job)
					.withIdentity(name, "annals")
					.withSchedule(builder)
					.build());
			});
			factory.setJobDetails(jobs.toArray(JobDetail[]::new));
			factory.setTriggers(triggers.toArray(Trigger[]::new));
			factory.setOverwriteExistingJobs(true);
		};
	}

}
