package org.annals.ingest.internal.normalize;

/**
 * How finely an event-log date names its period: a day (or a run of days), a ten-day
 * period (旬), a month, a quarter, a half-year or a year. The code is what is stored, so
 * it never changes when a constant is renamed.
 */
public enum DatePrecision {

	/** A day, or a range of whole days. */
	DAY("day"),
	/** A ten-day period: 上旬 1–10, 中旬 11–20, 下旬 21 to the month's end. */
	XUN("xun"),
	/** A calendar month. */
	MONTH("month"),
	/** A calendar quarter. */
	QUARTER("quarter"),
	/** 上半年 or 下半年. */
	HALF("half"),
	/** A calendar year. */
	YEAR("year");

	private final String code;

	DatePrecision(String code) {
		this.code = code;
	}

	/**
	 * The stored code.
	 * @return e.g. {@code xun}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The precision stored under a code.
	 * @param code the code, e.g. {@code quarter}
	 * @return its precision
	 * @throws IllegalArgumentException when no precision has that code
	 */
	public static DatePrecision ofCode(String code) {
		for (DatePrecision precision : values()) {
			if (precision.code.equals(code)) {
				return precision;
			}
		}
		throw new IllegalArgumentException("No date precision has the code '" + code + "'");
	}

}
