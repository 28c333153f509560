package org.annals.scheduling;

import java.time.Duration;
import java.time.Instant;

import org.annals.support.Messages;

/**
 * Refuses to join the cluster with a clock that differs from the database's. Quartz's
 * nodes judge each other by check-in times written with their own clocks: a node whose
 * clock runs ahead sees the others as dead, takes their work over and fires triggers
 * early. The database's clock is the one every node shares.
 */
public final class ClockSkew {

	private ClockSkew() {
	}

	/**
	 * Checks this machine's clock against the database's.
	 * @param local this machine's time
	 * @param database the database's time, read at the same moment
	 * @param tolerated the largest difference tolerated
	 * @throws SkewedClockException when they differ by more
	 */
	public static void check(Instant local, Instant database, Duration tolerated) {
		Duration skew = Duration.between(database, local);
		if (skew.abs().compareTo(tolerated) > 0) {
			throw new SkewedClockException(skew, tolerated);
		}
	}

	/**
	 * This machine's clock differs from the database's by more than is tolerated.
	 */
	public static class SkewedClockException extends IllegalStateException {

		SkewedClockException(Duration skew, Duration tolerated) {
			super(Messages.get(skew.isNegative() ? "scheduling.clock.behind" : "scheduling.clock.ahead",
					String.format(java.util.Locale.ROOT, "%.1f", skew.abs().toMillis() / 1000.0),
					tolerated.toSeconds()));
		}

	}

}
