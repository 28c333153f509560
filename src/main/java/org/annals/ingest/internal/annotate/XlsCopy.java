package org.annals.ingest.internal.annotate;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An xls workbook copied into an xlsx one, as the annotated workbook of an xls comes
 * back: every sheet under its name and visibility, every value as the department sees it
 * (a formula's last result, never evaluated here), number formats, alignment, wrapping,
 * column widths, row heights and merged ranges.
 */
final class XlsCopy {

	private final HSSFWorkbook source;

	private final XSSFWorkbook target = new XSSFWorkbook();

	private final Map<Short, CellStyle> styles = new HashMap<>();

	private XlsCopy(HSSFWorkbook source) {
		this.source = source;
	}

	/**
	 * Copies a workbook.
	 * @param source the xls workbook
	 * @return the xlsx workbook
	 */
	static XSSFWorkbook of(HSSFWorkbook source) {
		XlsCopy copy = new XlsCopy(source);
		for (int i = 0; i < source.getNumberOfSheets(); i++) {
			copy.sheet(source.getSheetAt(i), i);
		}
		return copy.target;
	}

	private void sheet(HSSFSheet from, int index) {
		XSSFSheet to = this.target.createSheet(from.getSheetName());
		SheetVisibility visibility = this.source.getSheetVisibility(index);
		if (visibility != SheetVisibility.VISIBLE) {
			this.target.setSheetVisibility(index, visibility);
		}
		int columns = 0;
		for (int r = from.getFirstRowNum(); r <= from.getLastRowNum(); r++) {
			HSSFRow row = from.getRow(r);
			if (row == null) {
				continue;
			}
			XSSFRow copy = to.createRow(r);
			if (row.getZeroHeight() || row.isFormatted()) {
				copy.setHeight(row.getHeight());
			}
			for (int c = Math.max(row.getFirstCellNum(), 0); c < row.getLastCellNum(); c++) {
				HSSFCell cell = row.getCell(c);
				if (cell != null) {
					cell(cell, copy.createCell(c));
					columns = Math.max(columns, c + 1);
				}
			}
		}
		for (int c = 0; c < columns; c++) {
			to.setColumnWidth(c, from.getColumnWidth(c));
		}
		from.getMergedRegions().forEach(to::addMergedRegionUnsafe);
	}

	private void cell(HSSFCell from, XSSFCell to) {
		to.setCellStyle(style(from.getCellStyle()));
		CellType type = (from.getCellType() == CellType.FORMULA) ? from.getCachedFormulaResultType()
				: from.getCellType();
		switch (type) {
			case NUMERIC -> to.setCellValue(from.getNumericCellValue());
			case STRING -> to.setCellValue(from.getRichStringCellValue().getString());
			case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
			case ERROR -> to.setCellErrorValue(FormulaError.forInt(from.getErrorCellValue()));
			default -> {
				// a blank cell keeps only its style
			}
		}
	}

	private CellStyle style(HSSFCellStyle from) {
		return this.styles.computeIfAbsent(from.getIndex(), (index) -> {
			CellStyle style = this.target.createCellStyle();
			String format = from.getDataFormatString();
			if (format != null) {
				style.setDataFormat(this.target.createDataFormat().getFormat(format));
			}
			style.setAlignment(from.getAlignment());
			style.setVerticalAlignment(from.getVerticalAlignment());
			style.setWrapText(from.getWrapText());
			style.setBorderTop(from.getBorderTop());
			style.setBorderBottom(from.getBorderBottom());
			style.setBorderLeft(from.getBorderLeft());
			style.setBorderRight(from.getBorderRight());
			return style;
		});
	}

}
