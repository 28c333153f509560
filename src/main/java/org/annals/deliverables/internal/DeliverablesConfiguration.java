package org.annals.deliverables.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;

import org.annals.deliverables.DeliverableStatuses;
import org.annals.deliverables.Deliverables;
import org.annals.deliverables.WorkingDays;
import org.annals.reference.InvalidDescriptorException;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.annals.reference.ReferenceProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the working-day calendar and {@code jobs/deliverables.yml} once, checked: a bad
 * file stops Annals at start-up with the file and the line or field named.
 */
@Configuration(proxyBeanMethods = false)
class DeliverablesConfiguration {

	@Bean
	WorkingDays workingDays(ReferenceProperties properties) {
		JobsDirectory jobs = new JobsDirectory(properties.jobs());
		try (InputStream in = jobs.open(WorkingDays.FILE)) {
			return WorkingDays.read(in);
		}
		catch (IOException ex) {
			throw new InvalidDescriptorException(WorkingDays.FILE, ex);
		}
	}

	@Bean
	Deliverables deliverables(ReferenceProperties properties, ReferenceData reference) {
		return Deliverables.read(new JobsDirectory(properties.jobs()), reference);
	}

	/**
	 * The statuses, today being that of a {@link Clock} bean when there is one (a test's
	 * fixed clock), else of the system clock in the zone of {@code jobs/schedule.yml}.
	 */
	@Bean
	DeliverableStatuses deliverableStatuses(JdbcClient jdbc, Deliverables deliverables, WorkingDays workingDays,
			ReferenceData reference, ObjectProvider<Clock> clock) {
		return new DeliverableStatuses(jdbc, deliverables, workingDays,
				clock.getIfAvailable(() -> Clock.system(ZoneId.of(reference.schedules().zone()))));
	}

}
