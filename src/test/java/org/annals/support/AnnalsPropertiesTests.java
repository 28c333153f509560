package org.annals.support;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals.home}, {@code annals.lang} and {@code annals.progress} as users set them.
 */
class AnnalsPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void defaultsWhenNothingIsSet() {
		this.runner.run((context) -> {
			AnnalsProperties properties = context.getBean(AnnalsProperties.class);
			assertThat(properties.home()).isEqualTo(Path.of("data"));
			assertThat(properties.lang()).isEqualTo("zh");
			assertThat(properties.english()).isFalse();
			assertThat(properties.progress()).isFalse();
		});
	}

	@Test
	void bindsWhatIsSet() {
		this.runner.withPropertyValues("annals.home=/srv/annals", "annals.lang=en", "annals.progress=true")
			.run((context) -> {
				AnnalsProperties properties = context.getBean(AnnalsProperties.class);
				assertThat(properties.home()).isEqualTo(Path.of("/srv/annals"));
				assertThat(properties.english()).isTrue();
				assertThat(properties.progress()).isTrue();
			});
	}

	@EnableConfigurationProperties(AnnalsProperties.class)
	static class Settings {

	}

}
