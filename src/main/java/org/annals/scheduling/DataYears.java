package org.annals.scheduling;

import java.util.Optional;

import org.annals.ingest.PublishedCoverage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The years the database holds data of (published facts and event-log entries), so that a
 * command or a request for a year outside them is refused with the range, instead of
 * compiling tables of {@code …} or freezing an empty snapshot. A year before 1949 is
 * never one of a yearbook's.
 */
@Component
public class DataYears {

	/** The first year a yearbook can be of. */
	public static final int FIRST = 1949;

	private final JdbcClient jdbc;

	DataYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The years the database holds data of.
	 * @return the first and last, or empty when it holds none
	 */
	public Optional<Range> range() {
		int[] years = PublishedCoverage.dataYears(this.jdbc);
		return (years != null) ? Optional.of(new Range(years[0], years[1])) : Optional.empty();
	}

	/**
	 * Why a year cannot be worked on.
	 * @param year the year
	 * @return the refusal, or empty when the year is within the data's range
	 */
	public Optional<OutOfRange> check(int year) {
		Optional<Range> range = range();
		if (year >= FIRST && range.isPresent() && year >= range.get().first() && year <= range.get().last()) {
			return Optional.empty();
		}
		return Optional.of(new OutOfRange(year, range.orElse(null)));
	}

	/**
	 * The years with data.
	 *
	 * @param first the first
	 * @param last the last
	 */
	public record Range(int first, int last) {
	}

	/**
	 * A year outside the data's range.
	 *
	 * @param year the year asked for
	 * @param range the years with data, or null when there are none
	 */
	public record OutOfRange(int year, Range range) {

		/**
		 * The last part of the message's key: {@code outside} (the data's range is
		 * named), {@code empty} (no data yet) or {@code early} (before 1949).
		 * @return the key's last part
		 */
		public String reason() {
			if (this.year < FIRST && (this.range == null || this.range.first() < FIRST)) {
				return "early";
			}
			return (this.range != null) ? "outside" : "empty";
		}

		/**
		 * The message's arguments, as text (a year is never printed with a separator).
		 * @return the year, the first and last year with data, 1949
		 */
		public Object[] arguments() {
			return new Object[] { String.valueOf(this.year), first(), last(), String.valueOf(FIRST) };
		}

		private String first() {
			return (this.range != null) ? String.valueOf(this.range.first()) : "";
		}

		private String last() {
			return (this.range != null) ? String.valueOf(this.range.last()) : "";
		}

	}

	/**
	 * A flow asked to work on a year outside the data ({@link ScheduledWork}); nothing of
	 * the year was started.
	 */
	public static class OutsideException extends IllegalArgumentException {

		private final transient OutOfRange outside;

		OutsideException(OutOfRange outside) {
			super("year " + outside.year() + " is outside the data" + ((outside.range() != null)
					? " (" + outside.range().first() + "–" + outside.range().last() + ")" : " (none yet)"));
			this.outside = outside;
		}

		/**
		 * The year and the data's range.
		 * @return them
		 */
		public OutOfRange outside() {
			return this.outside;
		}

	}

}
