package org.annals.scheduling.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals.scheduling.*}, {@code annals.schedules.<name>.cron} and
 * {@code annals.inbox} as users set them.
 */
class SchedulingPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void defaultsWhenNothingIsSet() {
		this.runner.run((context) -> {
			SchedulingProperties properties = context.getBean(SchedulingProperties.class);
			SchedulingProperties.Scheduling scheduling = properties.scheduling();
			assertThat(scheduling.enabled()).isFalse();
			assertThat(scheduling.launchWait()).isEqualTo(Duration.ofSeconds(30));
			assertThat(scheduling.stopWait()).isEqualTo(Duration.ofSeconds(90));
			assertThat(scheduling.recoveryInterval()).isEqualTo(Duration.ofSeconds(30));
			assertThat(scheduling.maxClockSkew()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.schedules()).isEmpty();
			assertThat(properties.cron("nightly", "0 30 1 * * ?")).isEqualTo("0 30 1 * * ?");
			assertThat(properties.inbox()).isNull();
		});
	}

	@Test
	void bindsWhatIsSet() {
		this.runner
			.withPropertyValues("annals.scheduling.enabled=true", "annals.scheduling.max-clock-skew=250ms",
					"annals.scheduling.recovery-interval=2s", "annals.schedules.nightly.cron=0/10 * * * * ?",
					"annals.inbox=/srv/inbox")
			.run((context) -> {
				SchedulingProperties properties = context.getBean(SchedulingProperties.class);
				assertThat(properties.scheduling().enabled()).isTrue();
				assertThat(properties.scheduling().maxClockSkew()).isEqualTo(Duration.ofMillis(250));
				assertThat(properties.scheduling().recoveryInterval()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.scheduling().stopWait()).isEqualTo(Duration.ofSeconds(90));
				assertThat(properties.cron("nightly", "0 30 1 * * ?")).isEqualTo("0/10 * * * * ?");
				assertThat(properties.cron("fixity", "0 0 3 ? * SUN")).isEqualTo("0 0 3 ? * SUN");
				assertThat(properties.inbox()).isEqualTo(Path.of("/srv/inbox"));
			});
	}

	@Test
	void anEmptyInboxIsTheDefault() {
		this.runner.withPropertyValues("annals.inbox=")
			.run((context) -> assertThat(context.getBean(SchedulingProperties.class).inbox()).isNull());
	}

	@EnableConfigurationProperties(SchedulingProperties.class)
	static class Settings {

	}

}
