package org.annals.deliverables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a deliverable is owed within its data year: once, by half year or by quarter
 * (大事记 are often sent by quarter).
 */
public enum Period {

	/** Once a year. */
	YEAR(1),

	/** By half year: 上半年, 下半年. */
	HALF(2),

	/** By quarter: 第一季度 … 第四季度. */
	QUARTER(4);

	private final int terms;

	Period(int terms) {
		this.terms = terms;
	}

	/**
	 * The terms of a data year, in order.
	 * @param year the data year
	 * @return one term for a yearly deliverable, two for a half-yearly, four for a
	 * quarterly one
	 */
	public List<Term> terms(int year) {
		int months = 12 / this.terms;
		List<Term> terms = new ArrayList<>(this.terms);
		for (int i = 1; i <= this.terms; i++) {
			LocalDate start = LocalDate.of(year, (i - 1) * months + 1, 1);
			terms.add(new Term(this, year, i, start, start.plusMonths(months).minusDays(1)));
		}
		return terms;
	}

}
