package org.annals.cli;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals.command-line}, which the launcher sets for every command but serve.
 */
class CliPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void aServerUnlessTheLauncherSaysOtherwise() {
		this.runner.run((context) -> assertThat(context.getBean(CliProperties.class).commandLine()).isFalse());
	}

	@Test
	void bindsTheLaunchersFlag() {
		this.runner.withPropertyValues("annals.command-line=true")
			.run((context) -> assertThat(context.getBean(CliProperties.class).commandLine()).isTrue());
	}

	@EnableConfigurationProperties(CliProperties.class)
	static class Settings {

	}

}
