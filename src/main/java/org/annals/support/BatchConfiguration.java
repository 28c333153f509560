package org.annals.support;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.batch.core.configuration.support.ScopeConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * How Spring Batch runs here. Its step and job scopes are imported here too, not only
 * through Spring Boot's batch configuration: with the command line's lean set of
 * auto-configuration ({@code CommandLineAutoConfigurationFilter}) the only class
 * importing them was one whose conditions left it out, which took the scopes with it ("No
 * Scope registered for scope name 'step'").
 * <p>
 * Spring Batch observes jobs, steps and chunks, which operators see on
 * {@code /actuator/prometheus}, and also every item read and processed: for a file of a
 * million rows that was two million observations, each registering and looking up its
 * timer, a third of the read step's time. Items are not observed; chunks still are.
 */
@Configuration(proxyBeanMethods = false)
@Import(ScopeConfiguration.class)
class BatchConfiguration {

	@Bean
	ObservationPredicate noObservationPerItem() {
		return (name, context) -> !name.startsWith("spring.batch.item.");
	}

}
