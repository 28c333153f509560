package org.annals.deliverables;

import java.time.LocalDate;
import java.util.Locale;

import org.annals.deliverables.internal.DeliverablesMessages;

/**
 * One term of a data year that a deliverable covers: the year, a half year or a quarter.
 *
 * @param period the deliverable's period
 * @param year the data year
 * @param index the term's number in the year, from 1
 * @param start its first day
 * @param end its last day
 */
public record Term(Period period, int year, int index, LocalDate start, LocalDate end) {

	/**
	 * The term as a yearbook writes it: 2025年, 2025年上半年, 2025年第三季度.
	 * @param locale the language
	 * @return the label
	 */
	public String label(Locale locale) {
		return DeliverablesMessages.text(locale, "deliverables.term." + this.period.name().toLowerCase(Locale.ROOT),
				this.year, this.index);
	}

}
