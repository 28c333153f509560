package org.annals.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * RELIABILITY #9's outside check in Java: the cells of a CSV that a spreadsheet would
 * execute. It is the check's Python one-liner cell for cell ({@code c[:1] in
 * '=+@\t\r\n\0'}, or a {@code -} not followed by a plain decimal), except that an empty
 * cell is no finding (in Python {@code '' in '…'} is true, so the one-liner as written
 * counts every empty cell).
 */
public final class FormulaCells {

	private FormulaCells() {
	}

	/**
	 * The cells a spreadsheet would execute.
	 * @param csv the CSV text
	 * @return the offending cells, empty when the file is safe
	 */
	public static List<String> in(String csv) throws IOException {
		List<String> found = new ArrayList<>();
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(text))) {
			for (CsvRecord record : reader) {
				for (String cell : record.getFields()) {
					if (executes(cell)) {
						found.add(cell);
					}
				}
			}
		}
		return found;
	}

	static boolean executes(String cell) {
		if (cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		if ("=+@\t\r\n\0".indexOf(first) >= 0) {
			return true;
		}
		return first == '-' && !cell.substring(1).replaceFirst("\\.", "").matches("[0-9]+");
	}

}
