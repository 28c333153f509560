package org.annals.ingest.internal.report;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch of ingest on {@code /actuator/prometheus}, read from the database
 * at each scrape: facts loaded, submissions by outcome (the archive adds its snapshots).
 * Job and step durations come from Spring Batch's own observations
 * ({@code spring_batch_job_*}, {@code spring_batch_step_*}).
 */
@Component
class IngestMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	IngestMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge
			.builder("annals.facts.current",
					() -> count("select count(*) from ingest_published_fact where state = 'current'"))
			.description("current facts (one per region, indicator and year)")
			.register(registry);
		for (String status : new String[] { "received", "loaded", "rejected", "failed" }) {
			Gauge
				.builder("annals.submissions",
						() -> count("select count(*) from ingest_submission where status = '" + status + "'"))
				.tag("status", status)
				.description("submissions by outcome (rejected: files refused with a report; failed: files "
						+ "that could not be read, set aside for an operator)")
				.register(registry);
		}
	}

	private double count(String sql) {
		try {
			return this.jdbc.sql(sql).query(Long.class).single();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
