package org.annals.reference.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads {@code jobs/reference/regions-en.csv} ({@code code,name,name_en}, made by
 * {@code ops/reference/make-regions-en.py}): the English name of each division by its
 * code and Chinese name, so that a code renamed over the years keeps one English name per
 * name.
 */
public final class RegionEnglishNames {

	private RegionEnglishNames() {
	}

	/**
	 * Reads the English names.
	 * @param csv the CSV
	 * @return the English name by {@link #key}
	 * @throws IOException when it cannot be read
	 */
	public static Map<String, String> read(InputStream csv) throws IOException {
		Map<String, String> names = new HashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
				CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(in)) {
			for (CsvRecord record : reader) {
				if (record.getStartingLineNumber() == 1) {
					continue;
				}
				if (record.getFieldCount() != 3 || record.getField(2).isBlank()) {
					throw new IllegalArgumentException("regions-en.csv line " + record.getStartingLineNumber()
							+ ": code,name,name_en expected in " + record);
				}
				names.put(key(record.getField(0), record.getField(1)), record.getField(2).strip());
			}
		}
		return names;
	}

	/**
	 * The key of a division.
	 * @param code its code
	 * @param name its Chinese name
	 * @return the key
	 */
	public static String key(String code, String name) {
		return code + '|' + name;
	}

}
