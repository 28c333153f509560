package org.annals.cli.internal;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's lean set of auto-configuration.
 */
class CommandLineAutoConfigurationFilterTests {

	private static final String[] CANDIDATES = {
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
			"org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
			"org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
			"org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration", null };

	@Test
	void aCommandKeepsTheDatabaseFlywayAndBatchOnly() {
		assertThat(filter(true).match(CANDIDATES, null)).containsExactly(true, true, true, false, false, false, true);
	}

	@Test
	void theServerKeepsEverything() {
		assertThat(filter(false).match(CANDIDATES, null)).containsOnly(true);
	}

	private static CommandLineAutoConfigurationFilter filter(boolean commandLine) {
		CommandLineAutoConfigurationFilter filter = new CommandLineAutoConfigurationFilter();
		filter.setEnvironment(new MockEnvironment().withProperty("annals.command-line", String.valueOf(commandLine)));
		return filter;
	}

}
