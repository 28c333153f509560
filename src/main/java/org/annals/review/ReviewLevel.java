package org.annals.review;

/**
 * A level of review, from the first an item meets to the last.
 */
public enum ReviewLevel {

	/** 县级: a county's office reviews its county's items. */
	COUNTY,
	/** 市级: a city's (prefecture's) office reviews its own and its counties' items. */
	CITY,
	/** 省级: the province reviews everything and signs off (审定). */
	PROVINCE;

	/**
	 * The code used in the database, the API and the CSV.
	 * @return e.g. {@code county}
	 */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The level of a code.
	 * @param code e.g. {@code city}
	 * @return the level
	 */
	public static ReviewLevel ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
