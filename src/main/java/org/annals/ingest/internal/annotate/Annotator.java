package org.annals.ingest.internal.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.annals.ingest.Issue;
import org.annals.ingest.internal.sheet.FileFormat;
import org.annals.support.Messages;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the annotated workbook of a file (退回批注): an xlsx marked in place, an xls copied
 * into an xlsx and marked, a CSV streamed into an xlsx and marked. An xlsx or xls larger
 * than {@link AnnotateProperties#maxBytes()} (which would have to be held whole), and a
 * file that cannot be opened as a workbook at all, come back as the {@code 说明} sheet
 * alone, which says why and lists every problem. The original is only ever read.
 */
public final class Annotator {

	private final long maxBytes;

	/**
	 * Creates the annotator.
	 * @param properties its settings
	 */
	public Annotator(AnnotateProperties properties) {
		this.maxBytes = properties.maxBytes().toBytes();
	}

	/**
	 * What was written.
	 *
	 * @param problems the problems listed on the {@code 说明} sheet
	 * @param marked the cells marked
	 * @param note why the cells are not marked (too large, unreadable), or null
	 */
	public record Outcome(int problems, int marked, String note) {
	}

	/**
	 * Writes the annotated workbook of a file.
	 * @param original the file, only read
	 * @param name the name it was sent under
	 * @param issues its issues
	 * @param english whether the department reads English
	 * @param out where to write the xlsx; left open
	 * @return what was written
	 * @throws IOException when it cannot be written
	 */
	public Outcome write(Path original, String name, List<Issue> issues, boolean english, OutputStream out)
			throws IOException {
		List<Problem> problems = Problem.of(issues, english);
		FileFormat format;
		try {
			format = FileFormat.sniff(original, name);
		}
		catch (RuntimeException ex) {
			return listOnly(name, problems, english, Messages.get(english, "annotate.unreadable"), out);
		}
		if (format == FileFormat.CSV) {
			try {
				return new Outcome(problems.size(), CsvAnnotation.write(original, name, problems, english, out), null);
			}
			catch (RuntimeException ex) {
				// a text the reader refuses (its encoding, a limit): nothing was written
				// yet
				return listOnly(name, problems, english, Messages.get(english, "annotate.unreadable"), out);
			}
		}
		if (format != FileFormat.XLSX && format != FileFormat.XLS) {
			return listOnly(name, problems, english, Messages.get(english, "annotate.unreadable"), out);
		}
		long size = (format == FileFormat.XLSX) ? unpacked(original) : Files.size(original);
		if (size > this.maxBytes) {
			return listOnly(name, problems, english, Messages.get(english, "annotate.tooLarge", size, this.maxBytes),
					out);
		}
		XSSFWorkbook book = open(original, format);
		if (book == null) {
			return listOnly(name, problems, english, Messages.get(english, "annotate.unreadable"), out);
		}
		try (book) {
			return new Outcome(problems.size(), InMemoryAnnotation.write(book, name, problems, english, out), null);
		}
	}

	private static XSSFWorkbook open(Path original, FileFormat format) throws IOException {
		try (InputStream in = Files.newInputStream(original)) {
			if (format == FileFormat.XLSX) {
				return new XSSFWorkbook(in);
			}
			try (HSSFWorkbook xls = new HSSFWorkbook(in)) {
				return XlsCopy.of(xls);
			}
		}
		catch (IOException | RuntimeException ex) {
			// encrypted, damaged, not what its bytes looked like: the problems are listed
			return null;
		}
	}

	/**
	 * The bytes an xlsx unpacks to, from its zip directory; an unreadable directory
	 * counts as too large, never as small.
	 */
	private static long unpacked(Path xlsx) {
		long total = 0;
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				long size = entries.nextElement().getSize();
				total += (size >= 0) ? size : Long.MAX_VALUE / 4;
			}
			return total;
		}
		catch (IOException | RuntimeException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static Outcome listOnly(String name, List<Problem> problems, boolean english, String note, OutputStream out)
			throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			NotesSheet notes = new NotesSheet(english);
			notes.write(book, notes.name(book), name, problems, note, (p) -> false);
			book.write(out);
		}
		return new Outcome(problems.size(), 0, note);
	}

}
