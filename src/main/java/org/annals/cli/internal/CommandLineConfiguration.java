package org.annals.cli.internal;

import org.annals.reference.ReferenceData;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a command creates at start although its context is lazy ({@link AnnalsCli}): the
 * database, checked against this build's migrations (migrated by Flyway when behind), and
 * the reference data of {@code jobs/}, checked. A database that cannot be reached, or a
 * descriptor that does not parse, stops every command before it begins, with its message
 * and exit code 3, as it did when every bean was made at start.
 */
@Configuration(proxyBeanMethods = false)
class CommandLineConfiguration {

	@Bean
	static LazyInitializationExcludeFilter madeAtStart() {
		return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class, ReferenceData.class);
	}

}
