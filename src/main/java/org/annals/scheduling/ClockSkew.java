package org.annals.scheduling;

import java.time.Duration;
import java.time.Instant;

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
			super(String.format("本机时钟比数据库%s %.1f 秒（最多允许 %d 秒），本节点不加入调度集群。请用 NTP 校准时钟（如 chrony）后重新启动。%n"
					+ "This machine's clock is %.1f s %s the database's (at most %d s tolerated); this node does not "
					+ "join the scheduling cluster. Synchronise the clock (NTP, e.g. chrony) and start it again.",
					skew.isNegative() ? "慢" : "快", skew.abs().toMillis() / 1000.0, tolerated.toSeconds(),
					skew.abs().toMillis() / 1000.0, skew.isNegative() ? "behind" : "ahead of", tolerated.toSeconds()));
		}

	}

}
