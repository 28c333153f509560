package org.annals.ingest.internal.intake;

import java.time.Duration;

import org.annals.ingest.internal.sheet.ReadLimits;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals.ingest.*} as users set it: on the command line, in tests, in the
 * benchmark.
 */
class IngestPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void defaultsWhenNothingIsSet() {
		this.runner.run((context) -> {
			IngestProperties properties = context.getBean(IngestProperties.class);
			assertThat(properties.settle()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.chunkSize()).isEqualTo(20_000);
			assertThat(properties.threads()).isEqualTo(2);
			assertThat(properties.maxUnfinishedReads()).isEqualTo(3);
			assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofGigabytes(1));
			assertThat(properties.incompleteGrace()).isEqualTo(Duration.ofMinutes(15));
			assertThat(properties.limits()).isEqualTo(ReadLimits.DEFAULTS);
			assertThat(properties.limits().fileBytes()).isEqualTo(1L << 30);
			assertThat(properties.limits().cellChars()).isEqualTo(131_072);
		});
	}

	@Test
	void bindsWhatIsSetAndKeepsTheRest() {
		this.runner
			.withPropertyValues("annals.ingest.settle=0s", "annals.ingest.chunk-size=500",
					"annals.ingest.max-file-size=64KB", "annals.ingest.limits.cell-chars=1000")
			.run((context) -> {
				IngestProperties properties = context.getBean(IngestProperties.class);
				assertThat(properties.settle()).isZero();
				assertThat(properties.chunkSize()).isEqualTo(500);
				assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofKilobytes(64));
				assertThat(properties.threads()).isEqualTo(2);
				assertThat(properties.limits().cellChars()).isEqualTo(1000);
				assertThat(properties.limits().rowChars()).isEqualTo(ReadLimits.DEFAULTS.rowChars());
			});
	}

	@Test
	void aLimitThatIsNotPositiveStopsTheStart() {
		this.runner.withPropertyValues("annals.ingest.limits.row-cells=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("annals.ingest.limits.row-cells must be positive"));
	}

	@EnableConfigurationProperties(IngestProperties.class)
	static class Settings {

	}

}
