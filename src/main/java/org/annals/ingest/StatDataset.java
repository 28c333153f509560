package org.annals.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * Figures ready for the open statistical formats (JSON-stat 2.0, SDMX-CSV 1.0): one
 * observation per region, indicator and year, with its status, flags, note, unit and
 * source. The facts of a year and a compiled table are both turned into one.
 *
 * @param flow the SDMX dataflow id, e.g. {@code FACTS} (agency {@code ANNALS}, version
 * 1.0)
 * @param label the dataset's name, e.g. 2022年各市（州）主要经济指标
 * @param source where the figures come from (the departments, or a table's source line)
 * @param updated when the figures last changed (ISO 8601), or null
 * @param notes footnotes of the whole dataset
 * @param observations the figures
 */
public record StatDataset(String flow, String label, String source, String updated, List<String> notes,
		List<Observation> observations) {

	public StatDataset {
		notes = List.copyOf(notes);
		observations = List.copyOf(observations);
	}

	/**
	 * One figure.
	 *
	 * @param regionCode the GB/T 2260 code
	 * @param regionName the region's Chinese name
	 * @param indicatorCode the indicator's code
	 * @param indicatorName the indicator's Chinese name
	 * @param unit the unit of the value (canonical unit of the indicator), or empty
	 * @param decimals the decimals the figure is printed with, or null when not fixed
	 * @param year the year
	 * @param value the exact value, or null when not available or missing
	 * @param status empty, {@code na}, {@code provisional}, {@code confidential} or
	 * {@code missing} (a table's cell without a fact)
	 * @param flags {@code revised}, {@code alternative}, {@code conflict}, in that order
	 * @param note a note on this figure (a table cell's note), or empty
	 * @param department the department the figure came from, or empty
	 * @param file the file it came from, or empty
	 * @param sheet the sheet, or empty
	 * @param cell the cell, or empty
	 */
	public record Observation(String regionCode, String regionName, String indicatorCode, String indicatorName,
			String unit, Integer decimals, int year, BigDecimal value, String status, List<String> flags, String note,
			String department, String file, String sheet, String cell) {

		/** The flags an observation may carry, in the order they are written. */
		public static final List<String> FLAGS = List.of("revised", "alternative", "conflict");

		public Observation {
			flags = FLAGS.stream().filter(flags::contains).toList();
			unit = (unit != null) ? unit : "";
			status = (status != null) ? status : "";
			note = (note != null) ? note : "";
			department = (department != null) ? department : "";
			file = (file != null) ? file : "";
			sheet = (sheet != null) ? sheet : "";
			cell = (cell != null) ? cell : "";
		}

		/**
		 * The value as a plain decimal without trailing zeros, never in E notation.
		 * @return the value, or null
		 */
		public BigDecimal plainValue() {
			if (this.value == null) {
				return null;
			}
			BigDecimal stripped = this.value.stripTrailingZeros();
			return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
		}

	}

}
