package org.annals.reference;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the office-edited descriptors are, bound to {@code annals}.
 *
 * @param jobs the directory of office-edited descriptors ({@code schedule.yml},
 * {@code departments.yml}, {@code indicators.yml}, ...): {@code jobs} in the working
 * directory when not set; when it does not exist, the copy packaged in the jar is used
 */
@ConfigurationProperties("annals")
public record ReferenceProperties(Path jobs) {

	public ReferenceProperties {
		// not a @DefaultValue: binding converts "jobs" to a Path as a resource first,
		// and the classpath has a jobs folder, the jar's own copy
		jobs = (jobs != null) ? jobs : Path.of("jobs");
	}

}
