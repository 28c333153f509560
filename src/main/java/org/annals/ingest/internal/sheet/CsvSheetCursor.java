package org.annals.ingest.internal.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;

/**
 * Streams a CSV file (RFC 4180; comma, tab or semicolon separated) as one sheet named
 * {@code csv}, in the encoding {@link TextEncoding} detects. FastCSV parses it: small,
 * well kept and among the fastest CSV readers for Java. Its own limits hold a field, a
 * record and its fields to {@link ReadLimits}, and what it throws at a limit is refused
 * with that limit's message; a file larger than the bytes a file may give is refused
 * before it is read.
 */
final class CsvSheetCursor implements SheetCursor {

	/** The sheet name reports use for a CSV file. */
	static final String SHEET = "csv";

	/** Characters looked at, at most, to find the separator. */
	private static final long SNIFF_CHARS = 16L << 20;

	private static final Pattern FIELD = Pattern.compile("Field at index (\\d+)");

	private final Path file;

	private final ReadLimits limits;

	private CsvReader<CsvRecord> reader;

	private Iterator<CsvRecord> records;

	private boolean started;

	private int index = -1;

	CsvSheetCursor(Path file) throws IOException {
		this(file, ReadLimits.DEFAULTS);
	}

	CsvSheetCursor(Path file, ReadLimits limits) throws IOException {
		this.file = file;
		this.limits = limits;
		if (Files.size(file) > limits.fileBytes()) {
			throw limits.fileTooLarge();
		}
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
		CsvRecordHandler handler = CsvRecordHandler.builder()
			.maxFieldSize(this.limits.cellChars())
			.maxRecordSize(this.limits.rowChars())
			.maxFields(this.limits.rowCells())
			.build();
		// a quoted field is held in the parser's buffer with its doubled quotes: twice a
		// field's characters at most
		int buffer = (int) Math.min(Integer.MAX_VALUE - 16, 2L * this.limits.cellChars() + 8192);
		this.reader = CsvReader.builder()
			.fieldSeparator(separator)
			.skipEmptyLines(false)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.maxBufferSize(buffer)
			.build(handler, text);
		this.records = this.reader.iterator();
		return true;
	}

	/**
	 * The separator of the first 20 lines: the one used most (a tab or semicolon only
	 * when more than commas). Read in pieces, never a line whole, so that a file without
	 * line breaks cannot fill the memory; at most {@link #SNIFF_CHARS} are looked at.
	 */
	private char separator(TextEncoding.Detected encoding) throws IOException {
		int commas = 0;
		int tabs = 0;
		int semicolons = 0;
		try (Reader in = new InputStreamReader(Files.newInputStream(this.file), encoding.decoder())) {
			char[] buffer = new char[8192];
			int lines = 0;
			long seen = 0;
			boolean cr = false;
			int n;
			while (lines < 20 && seen < SNIFF_CHARS && (n = in.read(buffer)) > 0) {
				seen += n;
				for (int i = 0; i < n && lines < 20; i++) {
					char c = buffer[i];
					boolean crlf = c == '\n' && cr;
					cr = c == '\r';
					lines += ((c == '\n' && !crlf) || c == '\r') ? 1 : 0;
					commas += (c == ',') ? 1 : 0;
					tabs += (c == '\t') ? 1 : 0;
					semicolons += (c == ';') ? 1 : 0;
				}
			}
		}
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return (semicolons > commas) ? ';' : ',';
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
						cells.add(CellText.text(i, field, null));
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
			throw rejection(ex);
		}
	}

	/**
	 * What FastCSV threw, as a rejection: its limits by theirs (the record being read is
	 * the one after the last returned), else a damaged file.
	 */
	private RejectedFileException rejection(CsvParseException ex) {
		int row = this.index + 1;
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("max field size") || message.contains("maximum buffer size")) {
				Matcher field = FIELD.matcher(message);
				int column = field.find() ? Integer.parseInt(field.group(1)) : 0;
				return this.limits.cellTooLong(SHEET, Cell.reference(column, row));
			}
			if (message.contains("max record size")) {
				return this.limits.rowTooLong(SHEET, row + 1);
			}
			if (message.contains("maximum limit of")) {
				return this.limits.rowTooWide(SHEET, row + 1);
			}
		}
		return new RejectedFileException("CORRUPT", String.valueOf(ex.getMessage()), String.valueOf(ex.getMessage()));
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
