package org.annals.bench.baseline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The floor for CSV: decode the file as GBK and split it into fields with FastCSV (the
 * product's CSV library), nothing else. Prints {@code cells=N rows=N checksum=N}, cells
 * being the non-empty fields.
 */
final class SplitCsv {

	private static final Charset GBK = Charset.forName("GBK");

	private SplitCsv() {
	}

	static void main(String[] args) throws IOException {
		long cells = 0;
		long rows = 0;
		long checksum = 0;
		for (Path file : Inputs.of(args, ".csv")) {
			try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, GBK)) {
				for (CsvRecord record : reader) {
					rows++;
					for (int i = 0; i < record.getFieldCount(); i++) {
						String field = record.getField(i);
						if (!field.isEmpty()) {
							cells++;
							checksum = checksum * 31 + field.hashCode();
						}
					}
				}
			}
		}
		System.out.println("cells=" + cells + " rows=" + rows + " checksum=" + checksum);
	}

}
