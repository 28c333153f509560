package org.annals.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the schema is brought up to date at start: by Flyway, which is asked only when the
 * schema history does not already match this build's migrations
 * ({@link MigrateWhenBehind}), or, with {@code annals.quick-schema-check=false}, always
 * (Spring Boot's own way, with no strategy of ours).
 */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "annals.quick-schema-check", matchIfMissing = true)
	MigrateWhenBehind migrateWhenBehind() {
		return new MigrateWhenBehind();
	}

}
