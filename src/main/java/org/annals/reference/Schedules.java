package org.annals.reference;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The schedules of {@code jobs/schedule.yml}: when each job fires under
 * {@code annals serve}.
 *
 * @param zone the time zone of every cron, e.g. Asia/Shanghai
 * @param schedules the schedules by name ({@code nightly}, {@code archive},
 * {@code fixity})
 */
public record Schedules(String zone, Map<String, Schedule> schedules) {

	static final String FILE = "schedule.yml";

	static final Set<String> NAMES = Set.of("nightly", "archive", "fixity");

	/** No schedules. */
	static final Schedules NONE = new Schedules("Asia/Shanghai", Map.of());

	public Schedules {
		zone = (zone != null) ? zone : "Asia/Shanghai";
		schedules = (schedules != null) ? new LinkedHashMap<>(schedules) : Map.of();
	}

	/**
	 * One schedule.
	 *
	 * @param description what it does, for operators
	 * @param cron the Quartz cron
	 * @param misfire {@code fire-once} or {@code skip}
	 */
	public record Schedule(String description, String cron, String misfire) {

		public Schedule {
			misfire = (misfire != null) ? misfire : "fire-once";
		}

	}

	void check() {
		try {
			ZoneId.of(this.zone);
		}
		catch (RuntimeException ex) {
			throw new InvalidDescriptorException(FILE, "unknown zone " + this.zone);
		}
		this.schedules.forEach((name, schedule) -> {
			if (!NAMES.contains(name)) {
				throw new InvalidDescriptorException(FILE, "unknown schedule " + name + "; known: " + NAMES);
			}
			if (schedule.cron() == null || !org.quartz.CronExpression.isValidExpression(schedule.cron())) {
				throw new InvalidDescriptorException(FILE, name + " has an invalid Quartz cron: " + schedule.cron());
			}
			if (!Set.of("fire-once", "skip").contains(schedule.misfire())) {
				throw new InvalidDescriptorException(FILE,
						name + ": misfire is fire-once or skip, not " + schedule.misfire());
			}
		});
	}

}
