package org.annals.web.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals.web.*} and {@code annals.admin-password} as users set them, the password
 * also as the environment variable of {@code ops/annals.service}.
 */
class WebPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void defaultsWhenNothingIsSet() {
		this.runner.run((context) -> {
			WebProperties properties = context.getBean(WebProperties.class);
			assertThat(properties.web().maxUploadSize()).isEqualTo(DataSize.ofMegabytes(200));
			assertThat(properties.web().signIn().accountFailures()).isEqualTo(5);
			assertThat(properties.web().signIn().addressFailures()).isEqualTo(20);
			assertThat(properties.web().signIn().window()).isEqualTo(Duration.ofMinutes(15));
			assertThat(properties.adminPassword()).isNull();
		});
	}

	@Test
	void bindsWhatIsSet() {
		this.runner
			.withPropertyValues("annals.web.max-upload-size=2KB", "annals.web.sign-in.account-failures=3",
					"annals.admin-password=admin-secret")
			.run((context) -> {
				WebProperties properties = context.getBean(WebProperties.class);
				assertThat(properties.web().maxUploadSize()).isEqualTo(DataSize.ofKilobytes(2));
				assertThat(properties.web().signIn().accountFailures()).isEqualTo(3);
				assertThat(properties.web().signIn().addressFailures()).isEqualTo(20);
				assertThat(properties.adminPassword()).isEqualTo("admin-secret");
			});
	}

	@Test
	void theAdminPasswordFromTheEnvironment() {
		this.runner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment",
						Map.of("ANNALS_ADMIN_PASSWORD", "from-the-environment"))))
			.run((context) -> assertThat(context.getBean(WebProperties.class).adminPassword())
				.isEqualTo("from-the-environment"));
	}

	@Test
	void aThrottleThatIsNotPositiveStopsTheStart() {
		this.runner.withPropertyValues("annals.web.sign-in.window=0s")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("annals.web.sign-in"));
	}

	@EnableConfigurationProperties(WebProperties.class)
	static class Settings {

	}

}
