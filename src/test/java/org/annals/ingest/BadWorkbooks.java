package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A department's bad long table, as xlsx, xls and CSV: a title merged over the columns,
 * the header, one good row, a value that is no number ({@code 两万}, row 4 of the
 * workbooks) and a region the gazetteer does not know ({@code 火星市}, row 5). The
 * workbooks' values carry a number format.
 */
final class BadWorkbooks {

	static final String SHEET = "主要指标";

	static final String TITLE = "2022年主要经济指标";

	static final String[] HEADER = { "地区", "指标", "计量单位", "年份", "数值" };

	static final String NUMBER_FORMAT = "#,##0.00";

	private BadWorkbooks() {
	}

	static byte[] xlsx() throws IOException {
		return workbook(new XSSFWorkbook());
	}

	static byte[] xls() throws IOException {
		return workbook(new HSSFWorkbook());
	}

	/** The same rows as CSV: no title, so the bad cells are one row up (E3, A4). */
	static byte[] csv() {
		return String
			.join("\n", String.join(",", HEADER), "全省,地区生产总值,亿元,2022,56749.8", "成都市,地区生产总值,亿元,2022,两万",
					"火星市,地区生产总值,亿元,2022,100", "")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] workbook(Workbook book) throws IOException {
		try (book) {
			Sheet sheet = book.createSheet(SHEET);
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			sheet.createRow(0).createCell(0).setCellValue(TITLE);
			sheet.getRow(0).getCell(0).setCellStyle(bold);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
			Row header = sheet.createRow(1);
			for (int c = 0; c < HEADER.length; c++) {
				header.createCell(c).setCellValue(HEADER[c]);
			}
			CellStyle number = book.createCellStyle();
			number.setDataFormat(book.createDataFormat().getFormat(NUMBER_FORMAT));
			row(sheet, 2, "全省", 56749.8, number);
			row(sheet, 3, "成都市", "两万", number);
			row(sheet, 4, "火星市", 100, number);
			sheet.setColumnWidth(1, 20 * 256);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void row(Sheet sheet, int index, String region, Object value, CellStyle number) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(region);
		row.createCell(1).setCellValue("地区生产总值");
		row.createCell(2).setCellValue("亿元");
		row.createCell(3).setCellValue(2022);
		if (value instanceof Number n) {
			row.createCell(4).setCellValue(n.doubleValue());
		}
		else {
			row.createCell(4).setCellValue(String.valueOf(value));
		}
		row.getCell(4).setCellStyle(number);
	}

}
