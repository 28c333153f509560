package org.annals.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads {@code jobs/} once at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

	@Bean
	ReferenceData referenceData(ReferenceProperties properties) {
		return ReferenceData.load(new JobsDirectory(properties.jobs()));
	}

}
