package org.annals.ingest.internal.annotate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Annotates a workbook held whole: an xlsx as the department sent it, or an xls copied
 * into one. Each problem cell is marked (a cell in a merged range at the range's first
 * cell, the one a person sees), the {@code 说明} sheet goes first and is the one shown when
 * the workbook opens; everything else is left as it was.
 */
final class InMemoryAnnotation {

	private InMemoryAnnotation() {
	}

	/**
	 * Annotates and writes a workbook.
	 * @param book the workbook
	 * @param file the file's name
	 * @param problems the problems
	 * @param english whether in English
	 * @param out where to write it; left open
	 * @return how many cells were marked
	 * @throws IOException when it cannot be written
	 */
	static int write(XSSFWorkbook book, String file, List<Problem> problems, boolean english, OutputStream out)
			throws IOException {
		CellMarks marks = new CellMarks(book, english);
		cellsOf(book, problems).forEach((cell, mine) -> marks.mark(cell, mine));
		NotesSheet notes = new NotesSheet(english);
		String name = notes.name(book);
		notes.write(book, name, file, problems, null, (p) -> book.getSheet(p.sheet()) != null);
		first(book, name);
		book.write(out);
		return marks.marked();
	}

	/**
	 * Puts a sheet first, shown and the only one selected (several selected tabs would
	 * group the sheets, and an edit would change them all).
	 */
	static void first(XSSFWorkbook book, String name) {
		book.setSheetOrder(name, 0);
		for (int i = 0; i < book.getNumberOfSheets(); i++) {
			book.getSheetAt(i).setSelected(i == 0);
		}
		book.setActiveSheet(0);
		book.setFirstVisibleTab(0);
	}

	private static Map<Cell, List<Problem>> cellsOf(XSSFWorkbook book, List<Problem> problems) {
		Map<Cell, List<Problem>> cells = new LinkedHashMap<>();
		Map<Sheet, List<CellRangeAddress>> merges = new LinkedHashMap<>();
		for (Problem problem : problems) {
			Sheet sheet = problem.located() ? book.getSheet(problem.sheet()) : null;
			if (sheet == null) {
				continue;
			}
			int row = problem.cell().getRow();
			int column = problem.cell().getCol();
			for (CellRangeAddress range : merges.computeIfAbsent(sheet, Sheet::getMergedRegions)) {
				if (range.isInRange(row, column)) {
					row = range.getFirstRow();
					column = range.getFirstColumn();
					break;
				}
			}
			Row r = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
			Cell cell = (r.getCell(column) != null) ? r.getCell(column) : r.createCell(column);
			cells.computeIfAbsent(cell, (c) -> new ArrayList<>()).add(problem);
		}
		return cells;
	}

}
