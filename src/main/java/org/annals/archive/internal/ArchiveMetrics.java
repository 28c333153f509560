package org.annals.archive.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch of the archive on {@code /actuator/prometheus}, read from
 * {@code archive_snapshot} at each scrape: the snapshots whose last fixity check failed.
 */
@Component
class ArchiveMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	ArchiveMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("annals.snapshots.failed", this::failedSnapshots)
			.description("snapshots whose last fixity check failed")
			.register(registry);
	}

	private double failedSnapshots() {
		try {
			return this.jdbc.sql("select count(*) from archive_snapshot where last_outcome = 'failed'")
				.query(Long.class)
				.single();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
