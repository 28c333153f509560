package org.annals.scheduling.internal;

import java.util.Date;
import java.util.List;

import org.annals.PostgresTestSupport;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.JobExecutionContextImpl;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: what a schedule starts is in the audit trail, by the actor {@code schedule},
 * with the schedule and its fire time; the scheduling module records it through
 * {@code support.AuditTrail}, without knowing the web module that keeps the log.
 */
class ScheduledRunAuditIntegrationTests extends PostgresTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	Scheduler scheduler;

	@Test
	void aScheduledRunIsAuditedByTheSchedule() throws Exception {
		long audited = this.jdbc.queryForObject("select coalesce(max(id), 0) from web_audit_event", Long.class);
		// a fire time of its own: the run log refuses a second run of one fire time
		Date fireTime = new Date((System.currentTimeMillis() / 1000) * 1000);
		JobDetail job = JobBuilder.newJob(ScheduledBatchJob.class)
			.withIdentity("fixity-audit-test", "annals")
			.usingJobData(ScheduledBatchJob.SCHEDULE, "fixity")
			.build();
		OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger().forJob(job).startAt(fireTime).build();
		TriggerFiredBundle fired = new TriggerFiredBundle(job, trigger, null, false, new Date(), fireTime, null, null);
		ScheduledBatchJob run = this.context.getAutowireCapableBeanFactory().createBean(ScheduledBatchJob.class);

		run.execute(new JobExecutionContextImpl(this.scheduler, fired, run));

		assertThat(this.jdbc.queryForObject(
				"select outcome from scheduling_run_log where schedule_name = 'fixity' and scheduled_fire_time = ?",
				String.class, new java.sql.Timestamp(fireTime.getTime())))
			.isEqualTo("COMPLETED");
		List<String> trail = this.jdbc
			.queryForList("select principal || ' ' || event_type || ' ' || detail from web_audit_event where id > ? "
					+ "and event_type = 'JOB_START'", String.class, audited);
		assertThat(trail).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith("schedule JOB_START ")
			.contains("\"job\":\"fixity\"")
			.contains("\"scheduledFireTime\":\"" + fireTime.toInstant() + "\"")
			.contains("\"via\":\"schedule\"");
	}

}
