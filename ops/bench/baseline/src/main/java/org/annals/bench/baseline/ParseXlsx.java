package org.annals.bench.baseline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The parse-only floor for xlsx: fastexcel-reader streams every row of every sheet and
 * touches every cell's raw text; a checksum over the texts keeps the JIT from skipping
 * the work. Prints {@code cells=N rows=N checksum=N}.
 */
final class ParseXlsx {

	private ParseXlsx() {
	}

	static void main(String[] args) throws IOException {
		long cells = 0;
		long rows = 0;
		long checksum = 0;
		for (Path file : Inputs.of(args, ".xlsx")) {
			try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
				Iterator<Sheet> sheets = workbook.getSheets().iterator();
				while (sheets.hasNext()) {
					try (Stream<Row> stream = sheets.next().openStream()) {
						Iterator<Row> it = stream.iterator();
						while (it.hasNext()) {
							Row row = it.next();
							rows++;
							for (int i = 0; i < row.getCellCount(); i++) {
								Cell cell = row.getCell(i);
								String text = (cell != null) ? cell.getRawValue() : null;
								if (text != null && !text.isEmpty()) {
									cells++;
									checksum = checksum * 31 + text.hashCode();
								}
							}
						}
					}
				}
			}
		}
		System.out.println("cells=" + cells + " rows=" + rows + " checksum=" + checksum);
	}

}
