package org.annals.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.annals.support.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.annals.tables.internal.TableXlsxStyles;

/**
 * Writes a compiled table as an XLSX page in Chinese yearbook style: the title over the
 * table, the unit line at the right, one or two header rows (group headers merged over
 * their columns), the regions down the left, figures with the column's fixed decimals
 * (provisional ones in italic, missing ones as {@code …}), then the notes and the source.
 * Every text goes in as a string, so that nothing a region or a note says can become a
 * formula. The sheet prints on A4, one page wide, the header on every page.
 */
public final class TableXlsxWriter {

	private final String notePrefix;

	private final String noteMark;

	private final String sourcePrefix;

	private final String regionHeader;

	/** More data columns than this print landscape. */
	private static final int PORTRAIT_COLUMNS = 8;

	// In Excel's units, the width of a digit; a Chinese character takes two.
	private static final int REGION_WIDTH = 14;

	private static final int DATA_WIDTH = 12;

	private static final int MAX_WIDTH = 24;

	private static final double MARGIN_INCHES = 0.75;

	private static final double HEADER_FOOTER_INCHES = 0.3;

	/**
	 * A writer of the Chinese tables.
	 */
	public TableXlsxWriter() {
		this(Messages.CHINESE);
	}

	/**
	 * A writer of the tables of a language: the region header, the note mark and the
	 * source prefix in that language (the English edition's, issue 24).
	 * @param locale the language
	 */
	public TableXlsxWriter(Locale locale) {
		this.notePrefix = Messages.get(locale, "tables.note.prefix");
		this.noteMark = Messages.get(locale, "tables.note.mark");
		this.sourcePrefix = Messages.get(locale, "tables.source.prefix");
		this.regionHeader = CompiledTable.regionHeader(locale);
	}

	/**
	 * Writes the table as a workbook of one sheet.
	 * @param table the table
	 * @param out where to write; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(CompiledTable table, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TableXlsxStyles styles = new TableXlsxStyles(workbook);
			XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			// Widths first: the heights of wrapped rows are estimated from them.
			setWidths(sheet, table);
			int headerStart = writeTitle(sheet, table, styles);
			int bodyStart = writeHeader(sheet, table, headerStart, styles);
			int notesStart = writeBody(sheet, table, bodyStart, styles);
			writeNotes(sheet, table, notesStart, styles);
			sheet.createFreezePane(1, bodyStart);
			setUpPrinting(sheet, table, headerStart, bodyStart);
			workbook.write(out);
		}
	}

	private void setWidths(XSSFSheet sheet, CompiledTable table) {
		int region = REGION_WIDTH;
		for (TableRow row : table.rows()) {
			region = Math.max(region, displayWidth(row.label()) + 2);
		}
		sheet.setColumnWidth(0, Math.min(region, MAX_WIDTH) * 256);
		List<TableColumn> columns = table.columns();
		for (int i = 0; i < columns.size(); i++) {
			// Headers wrap, so a long one widens its column only so far.
			int width = Math.max(DATA_WIDTH, displayWidth(columns.get(i).header()) + 2);
			sheet.setColumnWidth(i + 1, Math.min(width, MAX_WIDTH) * 256);
		}
	}

	private int writeTitle(XSSFSheet sheet, CompiledTable table, TableXlsxStyles styles) {
		int last = table.columns().size();
		Row title = sheet.createRow(0);
		title.setHeightInPoints(28);
		text(title, 0, table.title(), styles.title());
		merge(sheet, 0, 0, 0, last);
		if (table.unitLine() == null) {
			return 1;
		}
		// Yearbooks print the unit line at the right, over the last columns.
		int first = Math.max(Math.min(1, last), last - 2);
		text(sheet.createRow(1), first, table.unitLine(), styles.unit());
		merge(sheet, 1, 1, first, last);
		return 2;
	}

	private int writeHeader(XSSFSheet sheet, CompiledTable table, int start, TableXlsxStyles styles) {
		boolean two = table.twoHeaderRows();
		int end = start + (two ? 1 : 0);
		List<TableColumn> columns = table.columns();
		for (int r = start; r <= end; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c <= columns.size(); c++) {
				// Every cell of a merged header is styled, or its borders break.
				row.createCell(c).setCellStyle(styles.header());
			}
		}
		header(sheet, start, end, 0, 0, this.regionHeader);
		for (int i = 0; i < columns.size(); i++) {
			TableColumn column = columns.get(i);
			if (two && column.group() != null) {
				i = group(sheet, columns, i, start);
			}
			else {
				header(sheet, start, end, i + 1, i + 1, column.header());
			}
		}
		return end + 1;
	}

	/**
	 * Writes the group that starts at a column over its run of columns, their headers
	 * under it, and returns the index of the run's last column.
	 */
	private int group(XSSFSheet sheet, List<TableColumn> columns, int first, int row) {
		String group = columns.get(first).group();
		int last = first;
		while (last + 1 < columns.size() && Objects.equals(columns.get(last + 1).group(), group)) {
			last++;
		}
		header(sheet, row, row, first + 1, last + 1, group);
		for (int i = first; i <= last; i++) {
			header(sheet, row + 1, row + 1, i + 1, i + 1, columns.get(i).header());
		}
		return last;
	}

	private void header(XSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
		Row row = sheet.getRow(firstRow);
		row.getCell(firstColumn).setCellValue(text);
		merge(sheet, firstRow, lastRow, firstColumn, lastColumn);
		if (firstRow == lastRow) {
			fitHeight(row, text, width(sheet, firstColumn, lastColumn), 15);
		}
	}

	private int writeBody(XSSFSheet sheet, CompiledTable table, int start, TableXlsxStyles styles) {
		int size = table.columns().size();
		int r = start;
		for (TableRow tableRow : table.rows()) {
			if (tableRow.cells().size() != size) {
				throw new IllegalArgumentException("Row '" + tableRow.label() + "' of table '" + table.id() + "' has "
						+ tableRow.cells().size() + " cells for " + size + " columns");
			}
			Row row = sheet.createRow(r++);
			text(row, 0, tableRow.label(), styles.label());
			for (int i = 0; i < size; i++) {
				figure(row.createCell(i + 1), tableRow.cells().get(i), table.columns().get(i), styles);
			}
		}
		return r;
	}

	private void figure(Cell cell, TableCell figure, TableColumn column, TableXlsxStyles styles) {
		if (figure.value() == null) {
			cell.setCellValue(TableCell.MISSING);
			cell.setCellStyle(styles.missing(figure.provisional()));
			return;
		}
		cell.setCellValue(figure.value().doubleValue());
		cell.setCellStyle(styles.number(column.decimals(), figure.provisional()));
	}

	private void writeNotes(XSSFSheet sheet, CompiledTable table, int start, TableXlsxStyles styles) {
		int last = table.columns().size();
		int r = start;
		for (int i = 0; i < table.footnotes().size(); i++) {
			String note = table.footnotes().get(i);
			note(sheet, r++, (i == 0) ? prefixed(note, this.noteMark, this.notePrefix) : note, last, styles);
		}
		if (table.source() != null) {
			note(sheet, r, prefixed(table.source(), this.sourcePrefix, this.sourcePrefix), last, styles);
		}
	}

	private void note(XSSFSheet sheet, int r, String text, int lastColumn, TableXlsxStyles styles) {
		Row row = sheet.createRow(r);
		text(row, 0, text, styles.note());
		merge(sheet, r, r, 0, lastColumn);
		// Excel does not grow a merged row to fit its wrapped text.
		fitHeight(row, text, width(sheet, 0, lastColumn), 12);
	}

	private static String prefixed(String text, String startsWith, String prefix) {
		return text.startsWith(startsWith) ? text : prefix + text;
	}

	private void setUpPrinting(XSSFSheet sheet, CompiledTable table, int headerStart, int bodyStart) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(table.columns().size() > PORTRAIT_COLUMNS);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		// Zero: as many pages down as the rows need.
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(headerStart, bodyStart - 1, -1, -1));
		sheet.setHorizontallyCenter(true);
		for (PageMargin margin : List.of(PageMargin.LEFT, PageMargin.RIGHT, PageMargin.TOP, PageMargin.BOTTOM)) {
			sheet.setMargin(margin, MARGIN_INCHES);
		}
		sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_INCHES);
		sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_INCHES);
	}

	private static void text(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}

	private static void merge(XSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
		if (firstRow != lastRow || firstColumn != lastColumn) {
			sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
		}
	}

	private static int width(XSSFSheet sheet, int firstColumn, int lastColumn) {
		int width = 0;
		for (int c = firstColumn; c <= lastColumn; c++) {
			width += sheet.getColumnWidth(c) / 256;
		}
		return Math.max(1, width - 1);
	}

	private static void fitHeight(Row row, String text, int width, float lineHeight) {
		int lines = Math.max(1, (displayWidth(text) + width - 1) / width);
		row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * lineHeight));
	}

	private static int displayWidth(String text) {
		return (text != null) ? text.codePoints().map((c) -> (c < 0x1100) ? 1 : 2).sum() : 0;
	}

}
