package org.annals.web.internal;

import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console shows a schedule's times in the schedule's zone (issue 21), whatever the
 * server's: the nightly of {@code jobs/schedule.yml} runs at 01:30 Asia/Shanghai, which a
 * server on UTC would have shown as 17:30 the day before.
 */
class ScheduleTimesTests {

	@Test
	void theNextFireTimeReadsInTheSchedulesZone() {
		TimeZone server = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		try {
			Trigger nightly = TriggerBuilder.newTrigger()
				.withSchedule(CronScheduleBuilder.cronSchedule("0 30 1 * * ?")
					.inTimeZone(TimeZone.getTimeZone("Asia/Shanghai")))
				.startAt(new Date())
				.build();
			((org.quartz.spi.OperableTrigger) nightly).computeFirstFireTime(null);

			assertThat(ConsoleController.zone(nightly).getId()).isEqualTo("Asia/Shanghai");
			assertThat(ConsoleController.next(nightly)).matches("\\d{4}-\\d{2}-\\d{2} 01:30:00 Asia/Shanghai");
		}
		finally {
			TimeZone.setDefault(server);
		}
	}

}
