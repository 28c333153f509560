package org.annals.reference;

/**
 * An administrative division of China with its GB/T 2260 code.
 *
 * @param code six-digit code, e.g. {@code 510100}
 * @param name full official name, e.g. 成都市
 * @param shortName the short form offices write, e.g. 成都
 * @param level province, prefecture or county
 * @param parentCode the code of the division above, or null for a province
 */
public record Region(String code, String name, String shortName, Level level, String parentCode) {

	/**
	 * The level of a division.
	 */
	public enum Level {

		/** 省级. */
		PROVINCE,
		/** 地级 (市、州、盟). */
		PREFECTURE,
		/** 县级. */
		COUNTY

	}

}
