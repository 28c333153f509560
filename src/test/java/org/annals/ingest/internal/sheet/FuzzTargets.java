package org.annals.ingest.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What the reader fuzzers run (RELIABILITY #33, issue 19 point 13): bytes read as a
 * submission is read, judged by {@link FileFormat#sniff}, opened and read to the end of
 * every sheet on the read-ahead thread, or pulled through {@link Utf8SheetXml} as a
 * sheet's XML. A clean rejection is a result; so is reading, as long as no cell hands on
 * a control character. Anything else (an {@link IOException} from a file that reads fine,
 * any other exception, an error) escapes, and is a defect.
 */
final class FuzzTargets {

	/**
	 * Limits small enough that an input cannot take more than a moment, and large enough
	 * not to stand in the way of what fuzzing reaches.
	 */
	static final ReadLimits LIMITS = new ReadLimits(64L << 20, 4096, 65_536, 1024, 10_000, 1L << 20, 4L << 20);

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private FuzzTargets() {
	}

	/**
	 * Reads bytes as a file sent under a name.
	 * @param bytes the file
	 * @param name the name it was sent under (its extension matters only for text)
	 * @return the cells read, or -1 when the file was rejected
	 */
	static int readFile(byte[] bytes, String name) {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("annals-fuzz");
			String outcome = outcome(Files.write(dir.resolve(name), bytes), LIMITS);
			return outcome.startsWith("READ ") ? Integer.parseInt(outcome.substring(5)) : -1;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(dir);
		}
	}

	/**
	 * Reads a file as ingest reads it.
	 * @param file the file
	 * @param limits the limits
	 * @return {@code READ <cells>}, or {@code REJECTED <code>}
	 */
	static String outcome(Path file, ReadLimits limits) {
		try {
			FileFormat format = FileFormat.sniff(file, file.getFileName().toString());
			int cells = 0;
			try (SheetCursor cursor = new ReadAheadCursor(format.open(file, limits), "fuzz")) {
				while (cursor.nextSheet()) {
					SheetRow row;
					while ((row = cursor.nextRow()) != null) {
						cells += check(row);
					}
				}
				cursor.hiddenSheets();
			}
			return "READ " + cells;
		}
		catch (RejectedFileException ex) {
			return "REJECTED " + ex.code();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("an I/O error reading a readable file is a defect", ex);
		}
	}

	/**
	 * Pulls bytes through the reader of a sheet's XML as the xlsx cursor does.
	 * @param bytes the XML
	 * @return the cells started, or -1 when the XML was refused
	 */
	static int readSheetXml(byte[] bytes) {
		int cells = 0;
		try (SheetXml xml = Utf8SheetXml.open(new ByteArrayInputStream(bytes), "fuzz", LIMITS)) {
			int event;
			while ((event = xml.next()) != SheetXml.DONE) {
				if (event != SheetXml.START) {
					continue;
				}
				switch (xml.element()) {
					case SheetXml.ROW -> xml.rowNumber();
					case SheetXml.CELL -> {
						cells++;
						xml.cellColumn();
						xml.cellType();
						xml.cellStyle();
					}
					case SheetXml.VALUE, SheetXml.FORMULA, SheetXml.TEXT -> noControl(xml.elementText());
					default -> {
						// nothing else is read
					}
				}
			}
			return cells;
		}
		catch (IOException | RejectedFileException ex) {
			// how the reader refuses XML that is not well formed, and its limits
			return -1;
		}
	}

	/**
	 * Reads bytes as the only sheet of a workbook, the bytes after the first NUL, if any,
	 * as its shared strings: the fuzzer's bytes reach the XML readers inside a valid
	 * package rather than breaking the zip.
	 * @param bytes the sheet, then a NUL and the shared strings
	 * @return as {@link #readFile}
	 */
	static int readWorkbookParts(byte[] bytes) {
		int nul = indexOf(bytes, (byte) 0);
		byte[] sheet = (nul < 0) ? bytes : Arrays.copyOf(bytes, nul);
		byte[] strings = (nul < 0) ? ("<sst xmlns=\"" + MAIN + "\"/>").getBytes(StandardCharsets.UTF_8)
				: Arrays.copyOfRange(bytes, nul + 1, bytes.length);
		return readFile(zip("[Content_Types].xml", SheetTestFiles.CONTENT_TYPES, "_rels/.rels",
				SheetTestFiles.ROOT_RELS, "xl/workbook.xml", SheetTestFiles.WORKBOOK, "xl/_rels/workbook.xml.rels",
				SheetTestFiles.WORKBOOK_RELS, "xl/sharedStrings.xml", strings, "xl/worksheets/sheet1.xml", sheet),
				"fuzz.xlsx");
	}

	/**
	 * Reads bytes as the body of a Word document in a valid package.
	 * @param bytes {@code word/document.xml}
	 * @return as {@link #readFile}
	 */
	static int readDocumentBody(byte[] bytes) {
		String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
				+ "</Types>";
		String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
				+ "</Relationships>";
		return readFile(zip("[Content_Types].xml", types, "_rels/.rels", rels, "word/document.xml", bytes),
				"fuzz.docx");
	}

	private static int check(SheetRow row) {
		for (Cell cell : row.cells()) {
			noControl(cell.text());
		}
		return row.cells().size();
	}

	private static void noControl(String text) {
		if (CellText.hasControl(text)) {
			throw new IllegalStateException("a control character handed on in " + text);
		}
	}

	/**
	 * A zip of name and content pairs (a String or bytes), stored so that XML stays as it
	 * is.
	 */
	static byte[] zip(Object... entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < entries.length; i += 2) {
				byte[] content = (entries[i + 1] instanceof String text) ? text.getBytes(StandardCharsets.UTF_8)
						: (byte[]) entries[i + 1];
				ZipEntry entry = new ZipEntry((String) entries[i]);
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(content.length);
				CRC32 crc = new CRC32();
				crc.update(content);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static void delete(Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(dir);
		}
		catch (IOException ex) {
			// a temporary file left behind is no defect of the reader
		}
	}

}
