package org.annals.reference.internal;

import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceProperties;
import org.annals.reference.ReferenceData;
import org.annals.support.AnnalsProperties;

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
