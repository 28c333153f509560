package org.annals.chronicle;

import java.util.Locale;

/**
 * How precisely an entry is dated, in the order a yearbook prints entries that end on the
 * same day: a day before its xun (旬), a xun before its month, then quarter, half, year.
 */
public enum DatePrecision {

	/** A day, or a range of days. */
	DAY,
	/** 上旬, 中旬 or 下旬. */
	XUN,
	/** A month. */
	MONTH,
	/** A quarter. */
	QUARTER,
	/** 上半年 or 下半年. */
	HALF,
	/** The whole year. */
	YEAR;

	/**
	 * The precision of a stored code.
	 * @param code {@code day}, {@code xun}, …
	 * @return the precision
	 */
	public static DatePrecision ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * The code of the chronicle CSV.
	 * @return {@code day}, {@code xun}, …
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
