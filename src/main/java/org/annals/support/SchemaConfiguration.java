package org.annals.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the schema is brought up to date at start: by Flyway, which is asked only when the
 * schema history does not already match this build's migrations
 * ({@link MigrateWhenBehind}).
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

	@Bean
	MigrateWhenBehind migrateWhenBehind() {
		return new MigrateWhenBehind();
	}

}
