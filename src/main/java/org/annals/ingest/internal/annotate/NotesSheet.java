package org.annals.ingest.internal.annotate;

import java.util.List;
import java.util.function.Predicate;

import org.annals.ingest.Severity;
import org.annals.ingest.internal.sheet.AnnotationMark;
import org.annals.support.Messages;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The {@code 说明} sheet of an annotated workbook: a title, how many problems there are,
 * then one row per problem (number, severity, sheet, cell, rule, message, what to do),
 * each located one linked to its cell. It is marked with {@link AnnotationMark}'s defined
 * name, so that ingest passes it over when the corrected workbook comes back.
 */
final class NotesSheet {

	/** The row of the column headings; the title and the summary are above it. */
	static final int HEADER_ROW = 3;

	private static final String[] COLUMNS = { "number", "severity", "sheet", "cell", "rule", "message", "advice" };

	/** Column widths in characters: a Chinese character is two wide. */
	private static final int[] WIDTHS = { 6, 8, 16, 10, 24, 60, 50 };

	private final boolean english;

	NotesSheet(boolean english) {
		this.english = english;
	}

	/**
	 * The name of the sheet: {@code 说明}, or another when the workbook has a sheet so
	 * named.
	 * @param workbook the workbook
	 * @return the name
	 */
	String name(Workbook workbook) {
		String name = text("annotate.sheet");
		return (workbook.getSheet(name) == null) ? name : text("annotate.sheet.other");
	}

	/**
	 * Writes the sheet, created last in the workbook; the caller moves it first.
	 * @param workbook the workbook
	 * @param name the sheet's name
	 * @param file the file's name
	 * @param problems the problems
	 * @param note a paragraph above the list (why cells are not marked), or null
	 * @param linked whether a problem's cell is in the workbook, to be linked to
	 * @return the sheet
	 */
	Sheet write(Workbook workbook, String name, String file, List<Problem> problems, String note,
			Predicate<Problem> linked) {
		Sheet sheet = workbook.createSheet(name);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		CellStyle wrap = workbook.createCellStyle();
		wrap.setWrapText(true);
		CellStyle link = workbook.createCellStyle();
		Font blue = workbook.createFont();
		blue.setUnderline(Font.U_SINGLE);
		blue.setColor(IndexedColors.BLUE.getIndex());
		link.setFont(blue);
		set(sheet.createRow(0), 0, text("annotate.title", file), bold);
		long errors = problems.stream().filter((p) -> p.severity() == Severity.ERROR).count();
		String summary = problems.isEmpty() ? text("annotate.none")
				: text("annotate.summary", problems.size(), errors, problems.size() - errors);
		set(sheet.createRow(1), 0, summary, null);
		if (note != null) {
			set(sheet.createRow(2), 0, note, null);
		}
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < COLUMNS.length; c++) {
			set(header, c, text("annotate.col." + COLUMNS[c]), bold);
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		int r = HEADER_ROW;
		for (Problem problem : problems) {
			Row row = sheet.createRow(++r);
			row.createCell(0).setCellValue(r - HEADER_ROW);
			set(row, 1, text("annotate.severity." + problem.severity()), null);
			set(row, 2, (problem.sheet() != null) ? problem.sheet() : text("annotate.wholeFile"), null);
			Cell where = set(row, 3, (problem.cell() != null) ? problem.cell().formatAsString(false) : "", null);
			set(row, 4, problem.rule(), wrap);
			set(row, 5, problem.message(), wrap);
			set(row, 6, problem.advice(), wrap);
			if (problem.located() && linked.test(problem)) {
				Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				hyperlink.setAddress(address(problem.sheet(), problem.cell(), false));
				where.setHyperlink(hyperlink);
				where.setCellStyle(link);
			}
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		mark(workbook, name);
		return sheet;
	}

	/** The defined name ingest knows the sheet by. */
	private static void mark(Workbook workbook, String name) {
		Name defined = workbook.createName();
		defined.setNameName(AnnotationMark.DEFINED_NAME);
		defined.setRefersToFormula(address(name, new CellReference(0, 0), true));
	}

	/** A reference to a cell of a sheet, the sheet's name quoted: {@code '表 1'!B12}. */
	static String address(String sheet, CellReference cell, boolean absolute) {
		return "'" + sheet.replace("'", "''") + "'!"
				+ new CellReference(cell.getRow(), cell.getCol(), absolute, absolute).formatAsString(false);
	}

	private static Cell set(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
		return cell;
	}

	private String text(String key, Object... args) {
		return Messages.get(this.english, key, args);
	}

}
