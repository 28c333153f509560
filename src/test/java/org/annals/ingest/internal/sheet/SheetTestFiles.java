package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The committed fixtures under {@code fixtures/ingest/}, and the smallest xlsx packages
 * tests write themselves.
 */
public final class SheetTestFiles {

	static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	static final String CONTENT_TYPES = XML_DECLARATION
			+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
			+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
			+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
			+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
			+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
			+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
			+ "</Types>";

	static final String ROOT_RELS = XML_DECLARATION
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
			+ "</Relationships>";

	static final String WORKBOOK = XML_DECLARATION
			+ "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
			+ " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
			+ "<sheets><sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

	static final String WORKBOOK_RELS = XML_DECLARATION
			+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
			+ "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
			+ "</Relationships>";

	static final String SHEET_START = XML_DECLARATION
			+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

	static final String SHEET_END = "</sheetData></worksheet>";

	static final String NO_SHARED_STRINGS = XML_DECLARATION
			+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"0\" uniqueCount=\"0\"/>";

	private SheetTestFiles() {
	}

	/**
	 * A committed fixture.
	 * @param name its file name under {@code fixtures/ingest/}
	 * @return its path
	 */
	public static Path fixture(String name) {
		URL url = SheetTestFiles.class.getResource("/fixtures/ingest/" + name);
		if (url == null) {
			throw new IllegalArgumentException("no fixture " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes the smallest xlsx package Annals reads: one sheet, {@code 表1}.
	 * @param file where to write it
	 * @param sheetXml the whole of {@code xl/worksheets/sheet1.xml}
	 * @param sharedStringsXml the whole of {@code xl/sharedStrings.xml}
	 * @return the file
	 */
	static Path xlsx(Path file, String sheetXml, String sharedStringsXml) {
		return xlsx(file, sheetXml.getBytes(StandardCharsets.UTF_8), sharedStringsXml);
	}

	/**
	 * Writes the smallest xlsx package Annals reads, with a sheet of any bytes.
	 * @param file where to write it
	 * @param sheetXml the bytes of its only sheet, {@code 表1}
	 * @param sharedStringsXml its shared strings
	 * @return the file
	 */
	static Path xlsx(Path file, byte[] sheetXml, String sharedStringsXml) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			entry(zip, "[Content_Types].xml", CONTENT_TYPES);
			entry(zip, "_rels/.rels", ROOT_RELS);
			entry(zip, "xl/workbook.xml", WORKBOOK);
			entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
			entry(zip, "xl/sharedStrings.xml", sharedStringsXml);
			entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Writes a workbook as Excel would for a column of distinct texts: a shared-strings
	 * table of that many different strings, and a sheet of one row per string. Streams it
	 * out; never holds it.
	 * @param file where to write it
	 * @param strings how many strings (and rows)
	 * @return the file
	 */
	public static Path sharedStringsWorkbook(Path file, int strings) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(1);
			entry(zip, "[Content_Types].xml", CONTENT_TYPES);
			entry(zip, "_rels/.rels", ROOT_RELS);
			entry(zip, "xl/workbook.xml", WORKBOOK);
			entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			java.io.Writer sst = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
			sst.write(XML_DECLARATION + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
					+ " count=\"" + strings + "\" uniqueCount=\"" + strings + "\">");
			java.util.Random random = new java.util.Random(19);
			for (int i = 0; i < strings; i++) {
				sst.write("<si><t>试算指标" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36) + i + "</t></si>");
			}
			sst.write("</sst>");
			sst.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			java.io.Writer sheet = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
			sheet.write(SHEET_START);
			for (int i = 0; i < strings; i++) {
				sheet.write("<row r=\"" + (i + 1) + "\"><c r=\"A" + (i + 1) + "\" t=\"s\"><v>" + i + "</v></c></row>");
			}
			sheet.write(SHEET_END);
			sheet.flush();
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		entry(zip, name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	/**
	 * Writes an xlsx-shaped zip whose only sheet inflates to about 200 MB of empty rows
	 * from about 300 KB, a compression ratio near 0.0015. Streams it out; never holds it.
	 * @param file where to write it
	 * @return the file
	 */
	public static Path zipBomb(Path file) {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			entry(zip, "[Content_Types].xml", CONTENT_TYPES);
			entry(zip, "_rels/.rels", ROOT_RELS);
			entry(zip, "xl/workbook.xml", WORKBOOK);
			entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
			entry(zip, "xl/sharedStrings.xml", NO_SHARED_STRINGS);
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
			byte[] rows = "<row/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
			for (long written = 0; written < 200L * 1024 * 1024; written += rows.length) {
				zip.write(rows);
			}
			zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Copies a zip, one entry's text rewritten.
	 * @param from the zip
	 * @param to where the copy goes
	 * @param name the entry
	 * @param change how its text changes
	 * @return the copy
	 */
	public static Path rewriteEntry(Path from, Path to, String name, java.util.function.UnaryOperator<String> change) {
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(from.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals(name)) {
					bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				entry(out, entry.getName(), bytes);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return to;
	}

	/**
	 * Reads every visible sheet of a file to the end.
	 * @param file the file
	 * @return the sheets in order
	 * @throws IOException when it cannot be read
	 */
	static List<ReadSheet> readAll(Path file) throws IOException {
		FileFormat format = FileFormat.sniff(file, file.getFileName().toString());
		try (SheetCursor cursor = format.open(file)) {
			return readAll(cursor);
		}
	}

	/**
	 * Reads every remaining sheet of a cursor to the end.
	 * @param cursor the cursor
	 * @return the sheets in order
	 * @throws IOException when it cannot be read
	 */
	static List<ReadSheet> readAll(SheetCursor cursor) throws IOException {
		List<ReadSheet> sheets = new ArrayList<>();
		while (cursor.nextSheet()) {
			List<SheetRow> rows = new ArrayList<>();
			SheetRow row;
			while ((row = cursor.nextRow()) != null) {
				rows.add(row);
			}
			sheets.add(new ReadSheet(cursor.sheetName(), rows));
		}
		return sheets;
	}

	/**
	 * One sheet as read.
	 *
	 * @param name the sheet name
	 * @param rows its non-empty rows
	 */
	record ReadSheet(String name, List<SheetRow> rows) {

	}

	/**
	 * A text cell.
	 * @param column 0-based column
	 * @param text the text
	 * @return the cell
	 */
	static Cell text(int column, String text) {
		return new Cell(column, text, Cell.Kind.TEXT, null);
	}

	/**
	 * A number cell.
	 * @param column 0-based column
	 * @param text the stored text
	 * @return the cell
	 */
	static Cell number(int column, String text) {
		return new Cell(column, text, Cell.Kind.NUMBER, null);
	}

	/**
	 * A row.
	 * @param index 0-based row index
	 * @param cells its cells
	 * @return the row
	 */
	static SheetRow row(int index, Cell... cells) {
		return new SheetRow(index, List.of(cells));
	}

}
