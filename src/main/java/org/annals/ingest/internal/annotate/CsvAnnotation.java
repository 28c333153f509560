package org.annals.ingest.internal.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.annals.ingest.internal.sheet.FileFormat;
import org.annals.ingest.internal.sheet.SheetCursor;
import org.annals.ingest.internal.sheet.SheetRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A CSV file back as an xlsx workbook, streamed: its one sheet (named as reports name it,
 * {@code csv}) written row by row from the same reader ingest uses (the encoding and
 * separator detected as ingest detects them), so that a problem's cell is the cell the
 * report names. A plain number is written as a number, any other text as text (never a
 * formula). Each problem cell is marked as its row is written, before the row leaves
 * memory, so a CSV of any size the readers accept is marked in place.
 */
final class CsvAnnotation {

	/** Rows kept in memory while writing. */
	private static final int WINDOW = 200;

	/** A number written plainly: no leading zero that a code would lose, no exponent. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,15})?");

	private CsvAnnotation() {
	}

	/**
	 * Writes the annotated workbook of a CSV file.
	 * @param csv the file
	 * @param file the file's name
	 * @param problems the problems
	 * @param english whether in English
	 * @param out where to write it; left open
	 * @return how many cells were marked
	 * @throws IOException when it cannot be read or written
	 */
	static int write(Path csv, String file, List<Problem> problems, boolean english, OutputStream out)
			throws IOException {
		SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
		try (SheetCursor cursor = FileFormat.CSV.open(csv)) {
			NotesSheet notes = new NotesSheet(english);
			boolean read = cursor.nextSheet();
			String name = read ? cursor.sheetName() : null;
			// the notes first: a streamed workbook writes its sheets in the order made
			notes.write(book, notes.name(book), file, problems, null, (p) -> name != null && name.equals(p.sheet()));
			CellMarks marks = new CellMarks(book, english);
			if (read) {
				Sheet sheet = book.createSheet(name);
				rows(cursor, sheet, byRow(problems, name), marks);
			}
			book.setActiveSheet(0);
			book.write(out);
			return marks.marked();
		}
		finally {
			book.close();
		}
	}

	private static void rows(SheetCursor cursor, Sheet sheet, TreeMap<Integer, List<Problem>> problems, CellMarks marks)
			throws IOException {
		SheetRow row;
		while ((row = cursor.nextRow()) != null) {
			emptyRowsBefore(row.index(), sheet, problems, marks);
			Row copy = sheet.createRow(row.index());
			for (org.annals.ingest.internal.sheet.Cell cell : row.cells()) {
				value(copy.createCell(cell.column()), cell.text());
			}
			mark(copy, problems.remove(row.index()), marks);
		}
		emptyRowsBefore(Integer.MAX_VALUE, sheet, problems, marks);
	}

	/** Problems on rows the reader passed as empty: those rows are made to carry them. */
	private static void emptyRowsBefore(int index, Sheet sheet, TreeMap<Integer, List<Problem>> problems,
			CellMarks marks) {
		while (!problems.isEmpty() && problems.firstKey() < index) {
			Map.Entry<Integer, List<Problem>> first = problems.pollFirstEntry();
			mark(sheet.createRow(first.getKey()), first.getValue(), marks);
		}
	}

	private static void mark(Row row, List<Problem> problems, CellMarks marks) {
		if (problems == null) {
			return;
		}
		Map<Integer, List<Problem>> byColumn = new TreeMap<>();
		problems.forEach((p) -> byColumn.computeIfAbsent((int) p.cell().getCol(), (c) -> new ArrayList<>()).add(p));
		byColumn.forEach((column, mine) -> {
			Cell cell = (row.getCell(column) != null) ? row.getCell(column) : row.createCell(column);
			marks.mark(cell, mine);
		});
	}

	private static void value(Cell cell, String text) {
		if (text != null && PLAIN_NUMBER.matcher(text).matches()) {
			cell.setCellValue(Double.parseDouble(text));
		}
		else {
			cell.setCellValue(text);
		}
	}

	private static TreeMap<Integer, List<Problem>> byRow(List<Problem> problems, String sheet) {
		TreeMap<Integer, List<Problem>> rows = new TreeMap<>();
		for (Problem problem : problems) {
			if (problem.located() && problem.sheet().equals(sheet)) {
				rows.computeIfAbsent(problem.cell().getRow(), (r) -> new ArrayList<>()).add(problem);
			}
		}
		return rows;
	}

}
