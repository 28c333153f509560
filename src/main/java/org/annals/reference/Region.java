package org.annals.reference;

import java.util.List;

/**
 * An administrative division of China with its GB/T 2260 code, as it stood over the years
 * its code and name were in use. A division renamed or recoded (双流县 510122 → 双流区 510116)
 * is two regions, the first naming the second among its successors.
 *
 * @param code six-digit code, e.g. {@code 510100}
 * @param name full official name, e.g. 成都市
 * @param shortName the short form offices write, e.g. 成都
 * @param level province, prefecture or county
 * @param parentCode the code of the division above, or null for a province
 * @param validFrom the first year whose year-end list holds it, or null when it is older
 * than the gazetteer's records
 * @param validTo the first year whose year-end list no longer holds it, or null while in
 * use
 * @param successors the codes that took its area over, as the gazetteer writes them; on a
 * division in use, {@code CODE[YEAR]} says part of its area went to CODE in YEAR
 * @param nameEn the English name of {@code jobs/reference/regions-en.csv}, e.g. Shuangliu
 * District, or null when it has none
 */
public record Region(String code, String name, String shortName, Level level, String parentCode, Integer validFrom,
		Integer validTo, List<String> successors, String nameEn) {

	public Region {
		successors = (successors != null) ? List.copyOf(successors) : List.of();
	}

	/**
	 * A division with its history and no English name.
	 * @param code six-digit code
	 * @param name full official name
	 * @param shortName the short form
	 * @param level the level
	 * @param parentCode the code of the division above, or null
	 * @param validFrom the first year it stood, or null
	 * @param validTo the first year it no longer stood, or null
	 * @param successors the codes that took its area over
	 */
	public Region(String code, String name, String shortName, Level level, String parentCode, Integer validFrom,
			Integer validTo, List<String> successors) {
		this(code, name, shortName, level, parentCode, validFrom, validTo, successors, null);
	}

	/**
	 * The English form a table prints: the English name, an autonomous prefecture by its
	 * place name (Garzê Prefecture), as the Chinese tables print 甘孜州.
	 * @return the English label, or null when the division has no English name
	 */
	public String englishLabel() {
		if (this.nameEn == null || !this.nameEn.endsWith(" Autonomous Prefecture")) {
			return this.nameEn;
		}
		return this.nameEn.substring(0, this.nameEn.indexOf(' ')) + " Prefecture";
	}

	/**
	 * A division in use, with no history.
	 * @param code six-digit code
	 * @param name full official name
	 * @param shortName the short form
	 * @param level the level
	 * @param parentCode the code of the division above, or null
	 */
	public Region(String code, String name, String shortName, Level level, String parentCode) {
		this(code, name, shortName, level, parentCode, null, null, List.of(), null);
	}

	/**
	 * Whether the division stood at the end of a year.
	 * @param year the year, or 0 for today
	 * @return true when valid that year
	 */
	public boolean isValidIn(int year) {
		if (year == 0) {
			return this.validTo == null;
		}
		return (this.validFrom == null || this.validFrom <= year) && (this.validTo == null || year < this.validTo);
	}

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
