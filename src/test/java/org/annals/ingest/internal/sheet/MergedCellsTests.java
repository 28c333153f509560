package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annals.ingest.internal.sheet.SheetTestFiles.ReadSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.annals.ingest.internal.sheet.SheetTestFiles.number;
import static org.annals.ingest.internal.sheet.SheetTestFiles.readAll;
import static org.annals.ingest.internal.sheet.SheetTestFiles.row;
import static org.annals.ingest.internal.sheet.SheetTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers of xlsx ({@code <mergeCells>}) and xls ({@code MERGEDCELLS} records) apply
 * a sheet's merged ranges as a person reads them (issue 20): a label merged over rows or
 * columns stands in each of its cells; a title or a note alone on its line stays one
 * text; a figure is never copied.
 */
class MergedCellsTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void spreadsMergedLabelsOverTheirCellsButNotATitleNorAFigure(String format) throws IOException {
		Path file = write(format, (sheet) -> {
			sheet.createRow(0).createCell(0).setCellValue("2022年主要指标");
			Row header = sheet.createRow(2);
			header.createCell(0).setCellValue("地区");
			header.createCell(1).setCellValue("地区生产总值");
			Row sub = sheet.createRow(3);
			sub.createCell(1).setCellValue("2022年");
			sub.createCell(2).setCellValue("2021年");
			Row chengdu = sheet.createRow(4);
			chengdu.createCell(0).setCellValue("成都市");
			chengdu.createCell(1).setCellValue(20817.5);
			chengdu.createCell(2).setCellValue(19917.2);
			sheet.createRow(5).createCell(1).setCellValue(1.5);
			sheet.getRow(5).createCell(3).setCellValue(7.5);
			for (String range : new String[] { "A1:C1", "A3:A4", "B3:C3", "A5:A6", "B6:C6" }) {
				sheet.addMergedRegion(CellRangeAddress.valueOf(range));
			}
		});

		List<ReadSheet> sheets = readAll(file);

		assertThat(sheets.get(0).rows()).containsExactly(row(0, text(0, "2022年主要指标")),
				row(2, text(0, "地区"), text(1, "地区生产总值"), text(2, "地区生产总值")),
				row(3, text(0, "地区"), text(1, "2022年"), text(2, "2021年")),
				row(4, text(0, "成都市"), number(1, "20817.5"), number(2, "19917.2")),
				row(5, text(0, "成都市"), number(1, "1.5"), number(3, "7.5")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void appliesTheMergesOfEachSheetToItsOwnRows(String format) throws IOException {
		Path file = write(format, (sheet) -> {
			Workbook wb = sheet.getWorkbook();
			Sheet second = wb.createSheet("第二");
			for (Sheet s : List.of(sheet, second)) {
				Row top = s.createRow(0);
				top.createCell(0).setCellValue("甲");
				top.createCell(2).setCellValue("乙");
				s.createRow(1).createCell(2).setCellValue("丙");
			}
			second.addMergedRegion(CellRangeAddress.valueOf("A1:A2"));
		});

		List<ReadSheet> sheets = readAll(file);

		assertThat(sheets.get(0).rows().get(1)).isEqualTo(row(1, text(2, "丙")));
		assertThat(sheets.get(1).rows().get(1)).isEqualTo(row(1, text(0, "甲"), text(2, "丙")));
	}

	private interface Filler {

		void fill(Sheet sheet);

	}

	private Path write(String format, Filler filler) throws IOException {
		Path file = this.dir.resolve("merged." + format);
		try (Workbook wb = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			filler.fill(wb.createSheet("第一"));
			wb.write(out);
		}
		return file;
	}

}
