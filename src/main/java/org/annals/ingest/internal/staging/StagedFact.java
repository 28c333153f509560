package org.annals.ingest.internal.staging;

import java.math.BigDecimal;

/**
 * A fact read from a submission, normalized and in its indicator's canonical unit, before
 * it is published.
 *
 * @param sheet the sheet it came from
 * @param cell the cell it came from, e.g. {@code B12}
 * @param regionCode the GB/T 2260 code
 * @param indicatorCode the indicator code
 * @param indicatorName the indicator name
 * @param unit the canonical unit
 * @param year the year
 * @param value the value, or null when not available
 * @param status empty, {@code na} or {@code provisional}
 * @param flags comma-separated warnings about this fact, or empty
 * @param repeat whether an earlier cell of the same file gave the same region, indicator
 * and year (its value is compared with that cell's when the file is decided)
 */
public record StagedFact(String sheet, String cell, String regionCode, String indicatorCode, String indicatorName,
		String unit, int year, BigDecimal value, String status, String flags, boolean repeat) {

	/**
	 * A fact not (yet) known to repeat an earlier cell.
	 * @param sheet the sheet it came from
	 * @param cell the cell it came from
	 * @param regionCode the GB/T 2260 code
	 * @param indicatorCode the indicator code
	 * @param indicatorName the indicator name
	 * @param unit the canonical unit
	 * @param year the year
	 * @param value the value, or null when not available
	 * @param status empty, {@code na} or {@code provisional}
	 * @param flags comma-separated warnings, or empty
	 */
	public StagedFact(String sheet, String cell, String regionCode, String indicatorCode, String indicatorName,
			String unit, int year, BigDecimal value, String status, String flags) {
		this(sheet, cell, regionCode, indicatorCode, indicatorName, unit, year, value, status, flags, false);
	}

	/**
	 * This fact with one more flag.
	 * @param flag the flag
	 * @return the flagged fact
	 */
	public StagedFact flagged(String flag) {
		return new StagedFact(this.sheet, this.cell, this.regionCode, this.indicatorCode, this.indicatorName, this.unit,
				this.year, this.value, this.status, this.flags.isEmpty() ? flag : this.flags + "," + flag, this.repeat);
	}

	/**
	 * This fact of another region.
	 * @param code the region's GB/T 2260 code
	 * @return the fact
	 */
	public StagedFact inRegion(String code) {
		return new StagedFact(this.sheet, this.cell, code, this.indicatorCode, this.indicatorName, this.unit, this.year,
				this.value, this.status, this.flags, this.repeat);
	}

	/**
	 * This fact, marked as repeating an earlier cell's region, indicator and year.
	 * @return the marked fact
	 */
	public StagedFact asRepeat() {
		return new StagedFact(this.sheet, this.cell, this.regionCode, this.indicatorCode, this.indicatorName, this.unit,
				this.year, this.value, this.status, this.flags, true);
	}

}
