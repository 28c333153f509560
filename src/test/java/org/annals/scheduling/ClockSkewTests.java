package org.annals.scheduling;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * RELIABILITY #29: a node whose clock is 30 s ahead of the database's (as under
 * {@code faketime '+30s'}) refuses to join, and says why and what to do.
 */
class ClockSkewTests {

	private static final Instant DATABASE = Instant.parse("2026-11-25T05:00:00Z");

	private static final Duration TOLERATED = Duration.ofSeconds(5);

	@Test
	void aClockThirtySecondsAheadRefusesToJoin() {
		assertThatExceptionOfType(ClockSkew.SkewedClockException.class)
			.isThrownBy(() -> ClockSkew.check(DATABASE.plusSeconds(30), DATABASE, TOLERATED))
			.withMessageContaining("本机时钟比数据库快 30.0 秒")
			.withMessageContaining("does not join the scheduling cluster")
			.withMessageContaining("NTP");
	}

	@Test
	void aClockBehindRefusesToo() {
		assertThatExceptionOfType(ClockSkew.SkewedClockException.class)
			.isThrownBy(() -> ClockSkew.check(DATABASE.minusSeconds(8), DATABASE, TOLERATED))
			.withMessageContaining("慢 8.0 秒")
			.withMessageContaining("behind");
	}

	@Test
	void aClockWithinToleranceJoins() {
		assertThatNoException().isThrownBy(() -> ClockSkew.check(DATABASE.plusMillis(4900), DATABASE, TOLERATED));
		assertThatNoException().isThrownBy(() -> ClockSkew.check(DATABASE.minusMillis(4900), DATABASE, TOLERATED));
	}

}
