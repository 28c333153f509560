package org.annals.deliverables;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a deliverable is due: on a date of the year after the data year ({@code due:
 * {date: "03-31"}}), or on the Nth working day after such a date ({@code due:
 * {working_days_after: "01-01", n: 15}}) or after the end of the term ({@code due:
 * {working_days_after: period_end, n: 10}}).
 *
 * @param date the due date in the year after the data year, or null
 * @param after the date in the year after the data year that working days are counted
 * from, or null
 * @param afterTermEnd whether working days are counted from the end of the term
 * @param n how many working days, with {@code after} or {@code afterTermEnd}
 */
public record Due(MonthDay date, MonthDay after, boolean afterTermEnd, int n) {

	/**
	 * The day a term of a deliverable is due.
	 * @param term the term
	 * @param days the working-day calendar
	 * @return the last day it may be sent on
	 * @throws UncoveredYearException when working days are counted in a year the calendar
	 * does not cover
	 */
	public LocalDate of(Term term, WorkingDays days) {
		int following = term.year() + 1;
		if (this.date != null) {
			return this.date.atYear(following);
		}
		LocalDate from = this.afterTermEnd ? term.end() : this.after.atYear(following);
		return days.workingDaysAfter(from, this.n);
	}

}
