package org.annals.reference;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals.jobs} as users set it.
 */
class ReferencePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void theJobsFolderBesideTheProcessByDefault() {
		this.runner
			.run((context) -> assertThat(context.getBean(ReferenceProperties.class).jobs()).isEqualTo(Path.of("jobs")));
	}

	@Test
	void bindsTheJobsFolder() {
		this.runner.withPropertyValues("annals.jobs=/etc/annals/jobs")
			.run((context) -> assertThat(context.getBean(ReferenceProperties.class).jobs())
				.isEqualTo(Path.of("/etc/annals/jobs")));
	}

	@EnableConfigurationProperties(ReferenceProperties.class)
	static class Settings {

	}

}
