package org.annals.web.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failed sign-ins are counted per account and per address, successes cost nothing, and a
 * spent allowance comes back over the window (issue 19, point 11).
 */
class SignInThrottleTests {

	private final AtomicLong nanos = new AtomicLong();

	private final SignInThrottle throttle = new SignInThrottle(new WebProperties.SignIn(3, 5, Duration.ofMinutes(15)),
			new TimeMeter() {
				@Override
				public long currentTimeNanos() {
					return SignInThrottleTests.this.nanos.get();
				}

				@Override
				public boolean isWallClockBased() {
					return false;
				}
			});

	@Test
	void anAccountIsRefusedAfterItsFailuresFromAnyAddressUntilTheyComeBack() {
		for (int i = 0; i < 2; i++) {
			this.throttle.check("alice", "10.0.0." + i);
			assertThat(this.throttle.failed("alice", "10.0.0." + i)).isEmpty();
		}
		assertThat(this.throttle.failed("alice", "10.0.0.2")).contains(SignInThrottledException.Scope.ACCOUNT);
		assertThatThrownBy(() -> this.throttle.check("alice", "10.0.0.9"))
			.isInstanceOfSatisfying(SignInThrottledException.class, (ex) -> {
				assertThat(ex.scope()).isEqualTo(SignInThrottledException.Scope.ACCOUNT);
				assertThat(ex.minutes()).isEqualTo(5);
			});
		this.throttle.check("bob", "10.0.0.9");
		this.nanos.addAndGet(Duration.ofMinutes(5).toNanos());
		this.throttle.check("alice", "10.0.0.9");
	}

	@Test
	void anAddressIsRefusedAfterItsFailuresForAnyAccounts() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("user" + i, "10.0.0.1");
		}
		assertThatThrownBy(() -> this.throttle.check("carol", "10.0.0.1")).isInstanceOfSatisfying(
				SignInThrottledException.class,
				(ex) -> assertThat(ex.scope()).isEqualTo(SignInThrottledException.Scope.ADDRESS));
		this.throttle.check("carol", "10.0.0.2");
	}

	@Test
	void guessesSentAtOnceLockTheAccountTheLongerAndSuccessesCostNothing() {
		for (int i = 0; i < 100; i++) {
			this.throttle.check("alice", "10.0.0.1");
		}
		// ten guesses were checked at once, and all failed
		for (int i = 0; i < 10; i++) {
			this.throttle.failed("alice", "10.0.0." + i);
		}
		this.nanos.addAndGet(Duration.ofMinutes(15).toNanos());
		assertThatThrownBy(() -> this.throttle.check("alice", "10.0.0.1"))
			.as("a window later, still paying for the burst")
			.isInstanceOf(SignInThrottledException.class);
		this.nanos.addAndGet(Duration.ofMinutes(25).toNanos());
		this.throttle.check("alice", "10.0.0.1");
	}

}
