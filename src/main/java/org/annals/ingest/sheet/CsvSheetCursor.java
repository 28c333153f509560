package org.annals.ingest.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Streams a CSV file (RFC 4180; comma, tab or semicolon separated) as one sheet named
 * {@code csv}, in the encoding {@link TextEncoding} detects. FastCSV parses it: small,
 * well kept and among the fastest CSV readers for Java.
 */
final class CsvSheetCursor implements SheetCursor {

	/** The sheet name reports use for a CSV file. */
	static final String SHEET = "csv";

	private final Path file;

	private CsvReader<CsvRecord> reader;

	private Iterator<CsvRecord> records;

	private boolean started;

	private int index = -1;

	CsvSheetCursor(Path file) throws IOException {
		this.file = file;
	}

	@Override
	public boolean nextSheet() throws IOException {
		if (this.started) {
			return false;
		}
		this.started = true;
		TextEncoding.Detected encoding = TextEncoding.detect(this.file);
		char separator = separator(encoding);
		InputStream in = Files.newInputStream(this.file);
		if (encoding.bom()) {
			in.skipNBytes(3);
		}
		BufferedReader text = new BufferedReader(new InputStreamReader(in, encoding.decoder()), 64 * 1024);
		this.reader = CsvReader.builder()
			.fieldSeparator(separator)
			.skipEmptyLines(false)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(text);
		this.records = this.reader.iterator();
		return true;
	}

	private char separator(TextEncoding.Detected encoding) throws IOException {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(Files.newInputStream(this.file), encoding.decoder()))) {
			String line;
			int lines = 0;
			int commas = 0;
			int tabs = 0;
			int semicolons = 0;
			while ((line = in.readLine()) != null && lines++ < 20) {
				for (int i = 0; i < line.length(); i++) {
					char c = line.charAt(i);
					commas += (c == ',') ? 1 : 0;
					tabs += (c == '\t') ? 1 : 0;
					semicolons += (c == ';') ? 1 : 0;
				}
			}
			if (tabs > commas && tabs >= semicolons) {
				return '\t';
			}
			return (semicolons > commas) ? ';' : ',';
		}
	}

	@Override
	public String sheetName() {
		return SHEET;
	}

	@Override
	public SheetRow nextRow() throws IOException {
		try {
			while (this.records != null && this.records.hasNext()) {
				CsvRecord record = this.records.next();
				this.index++;
				List<Cell> cells = new ArrayList<>(record.getFieldCount());
				for (int i = 0; i < record.getFieldCount(); i++) {
					String field = record.getField(i);
					if (!field.isEmpty()) {
						cells.add(new Cell(i, field, Cell.Kind.TEXT, null));
					}
				}
				if (!cells.isEmpty()) {
					return new SheetRow(this.index, cells);
				}
			}
			return null;
		}
		catch (UncheckedIOException ex) {
			throw new RejectedFileException("ENCODING", String.valueOf(ex.getMessage()));
		}
		catch (CsvParseException ex) {
			throw new RejectedFileException("CORRUPT", String.valueOf(ex.getMessage()),
					String.valueOf(ex.getMessage()));
		}
	}

	@Override
	public List<String> hiddenSheets() {
		return List.of();
	}

	@Override
	public void close() throws IOException {
		if (this.reader != null) {
			this.reader.close();
		}
	}

}
