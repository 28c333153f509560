package org.annals.scheduling.internal;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.quartz.QuartzJobBean;

import org.annals.scheduling.ScheduledWork;
import org.annals.support.AuditTrail;

/**
 * The Quartz job of every schedule: records its scheduled fire time first (the unique key
 * of {@code scheduling_run_log} refuses a second run of the same fire time, with an error
 * in the log), then runs the schedule's work and records the outcome. Quartz's cluster
 * lock and {@link DisallowConcurrentExecution} keep it to one node and one run at a time;
 * each run is in the audit trail, by the actor {@code schedule}; the key is the last line
 * of defence, e.g. against a node that stalled and woke up.
 */
@DisallowConcurrentExecution
public class ScheduledBatchJob extends QuartzJobBean {

	/** Job data key of the schedule's name. */
	public static final String SCHEDULE = "schedule";

	private static final Log logger = LogFactory.getLog(ScheduledBatchJob.class);

	@Autowired
	private ScheduledWork work;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ObjectProvider<AuditTrail> audit;

	/**
	 * Quartz re-fires the job of a node that died mid-run on another node, with the same
	 * fire time: that node takes the unfinished run over (the batch jobs resume from
	 * their last chunk); a run that finished is never run again.
	 */
	private boolean takeOver(JobExecutionContext context, String schedule, Timestamp fireTime, String instance) {
		if (!context.isRecovering()) {
			return false;
		}
		int taken = this.jdbc
			.sql("update scheduling_run_log set instance_name = ?, fired_at = ? where schedule_name = ? "
					+ "and scheduled_fire_time = ? and outcome is null")
			.params(instance, new Timestamp(System.currentTimeMillis()), schedule, fireTime)
			.update();
		if (taken == 1) {
			logger.warn("Taking over schedule " + schedule + " of fire time " + fireTime + " from a node that died");
		}
		return taken == 1;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		String schedule = context.getMergedJobDataMap().getString(SCHEDULE);
		Timestamp fireTime = new Timestamp(context.getScheduledFireTime().getTime());
		String instance;
		try {
			instance = context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			instance = "unknown";
		}
		try {
			this.jdbc
				.sql("insert into scheduling_run_log (schedule_name, scheduled_fire_time, fired_at, instance_name) "
						+ "values (?, ?, ?, ?)")
				.params(schedule, fireTime, new Timestamp(System.currentTimeMillis()), instance)
				.update();
		}
		catch (DuplicateKeyException ex) {
			if (!takeOver(context, schedule, fireTime, instance)) {
				logger.error("Schedule " + schedule + " already ran for fire time " + fireTime
						+ " (unique violation on scheduling_run_log); not running it twice");
				return;
			}
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("job", schedule);
		detail.put("scheduledFireTime", fireTime.toInstant().toString());
		detail.put("instance", instance);
		detail.put("via", "schedule");
		this.audit.ifAvailable((trail) -> trail.record(AuditTrail.SCHEDULE_ACTOR, AuditTrail.JOB_START, null, detail));
		String outcome;
		try {
			BatchStatus status = this.work.run(schedule);
			outcome = status.name();
		}
		catch (Exception ex) {
			outcome = "ERROR";
			logger.error("Schedule " + schedule + " failed", ex);
		}
		this.jdbc
			.sql("update scheduling_run_log set outcome = ?, finished_at = ? where schedule_name = ? "
					+ "and scheduled_fire_time = ?")
			.params(outcome, new Timestamp(System.currentTimeMillis()), schedule, fireTime)
			.update();
	}

}
