package org.annals.deliverables.internal;

import java.util.List;

/**
 * {@code jobs/deliverables.yml} as written, before it is checked.
 *
 * @param deliverables one entry per department
 */
record DeliverablesFile(List<DepartmentEntry> deliverables) {

	/**
	 * A department and what it owes.
	 *
	 * @param department its inbox folder
	 * @param owes what it owes each data year
	 */
	record DepartmentEntry(String department, List<OwedEntry> owes) {
	}

	/**
	 * One deliverable as written: {@code statistics} or {@code chronicle}, not both.
	 *
	 * @param name what the office calls it
	 * @param statistics the indicators or tables that make a file count for it
	 * @param chronicle {@code quarter}, {@code half} or {@code year}
	 * @param due when it is due
	 */
	record OwedEntry(String name, StatisticsEntry statistics, String chronicle, DueEntry due) {
	}

	/**
	 * What statistics count.
	 *
	 * @param indicators indicator codes of {@code indicators.yml}
	 * @param tables table names of {@code jobs/tables/}
	 */
	record StatisticsEntry(List<String> indicators, List<String> tables) {
	}

	/**
	 * When it is due, as written.
	 *
	 * @param date {@code MM-DD} of the year after the data year
	 * @param workingDaysAfter {@code MM-DD} of the year after the data year, or
	 * {@code period_end}
	 * @param n how many working days after it
	 */
	record DueEntry(String date, String workingDaysAfter, Integer n) {
	}

}
