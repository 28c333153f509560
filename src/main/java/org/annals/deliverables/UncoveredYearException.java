package org.annals.deliverables;

import java.util.Locale;

import org.annals.deliverables.internal.DeliverablesMessages;

/**
 * A working day was asked of a year whose holiday arrangement (节假日安排) the calendar does
 * not have: the State Council has not published it yet, or it is older than the calendar.
 * Annals says so rather than count weekdays only.
 */
public class UncoveredYearException extends RuntimeException {

	private final int year;

	private final int firstYear;

	private final int lastYear;

	/**
	 * Creates the exception.
	 * @param year the year asked of
	 * @param firstYear the calendar's first year
	 * @param lastYear the calendar's last year
	 */
	public UncoveredYearException(int year, int firstYear, int lastYear) {
		super(DeliverablesMessages.text(Locale.CHINESE, "deliverables.calendar.uncovered", year, firstYear, lastYear));
		this.year = year;
		this.firstYear = firstYear;
		this.lastYear = lastYear;
	}

	/**
	 * The year the calendar does not cover.
	 * @return the year
	 */
	public int year() {
		return this.year;
	}

	/**
	 * The message in a language.
	 * @param locale the language
	 * @return the message
	 */
	public String message(Locale locale) {
		return DeliverablesMessages.text(locale, "deliverables.calendar.uncovered", this.year, this.firstYear,
				this.lastYear);
	}

}
