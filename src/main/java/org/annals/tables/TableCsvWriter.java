package org.annals.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.support.CsvText;
import org.annals.support.Messages;

/**
 * Writes a compiled table as CSV (UTF-8, RFC 4180): one header row (a grouped column's
 * header is {@code group header}, e.g. {@code 地区生产总值 2022年}), then one row per region
 * with the figures as printed ({@code …} when missing). Every cell goes through
 * {@link CsvText}: text is neutralised for spreadsheets, plain decimals stay numbers.
 */
public final class TableCsvWriter {

	private final String regionHeader;

	/**
	 * A writer of the Chinese tables.
	 */
	public TableCsvWriter() {
		this(Messages.CHINESE);
	}

	/**
	 * A writer of the tables of a language (the region column's header).
	 * @param locale the language
	 */
	public TableCsvWriter(Locale locale) {
		this.regionHeader = CompiledTable.regionHeader(locale);
	}

	/**
	 * Writes a table.
	 * @param table the table
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	public void write(CompiledTable table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		List<String> header = new ArrayList<>();
		header.add(CsvText.neutralise(this.regionHeader));
		for (TableColumn column : table.columns()) {
			header.add(CsvText
				.neutralise((column.group() != null) ? column.group() + " " + column.header() : column.header()));
		}
		csv.writeRecord(header);
		for (TableRow row : table.rows()) {
			List<String> record = new ArrayList<>();
			record.add(CsvText.neutralise(row.label()));
			// a figure is a plain decimal and stays one; any other text is neutralised
			row.cells().forEach((cell) -> record.add(CsvText.figure(cell.display())));
			csv.writeRecord(record);
		}
		csv.flush();
		writer.flush();
	}

}
