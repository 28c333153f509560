package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.annals.ingest.internal.sheet.SheetTestFiles.ReadSheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.annals.ingest.internal.sheet.SheetTestFiles.fixture;
import static org.annals.ingest.internal.sheet.SheetTestFiles.number;
import static org.annals.ingest.internal.sheet.SheetTestFiles.readAll;
import static org.annals.ingest.internal.sheet.SheetTestFiles.row;
import static org.annals.ingest.internal.sheet.SheetTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class XlsxSheetCursorTests {

	@TempDir
	Path dir;

	@Test
	void readsSharedStringsAsText() throws IOException {
		Path file = write((wb) -> {
			Sheet sheet = wb.createSheet("主要指标");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("地区");
			header.createCell(1).setCellValue("常住人口（万人）");
			sheet.createRow(1).createCell(0).setCellValue("成都市");
			sheet.createRow(2).createCell(0).setCellValue("成都市");
		});

		assertThat(readAll(file)).containsExactly(new ReadSheet("主要指标",
				List.of(row(0, text(0, "地区"), text(1, "常住人口（万人）")), row(1, text(0, "成都市")), row(2, text(0, "成都市")))));
	}

	@Test
	void readsInlineStringsIncludingRichTextRunsAndPreservedSpaces() throws IOException {
		assertThat(readAll(fixture("inline-strings.xlsx"))).containsExactly(new ReadSheet("表1",
				List.of(row(0, text(0, "地区"), text(1, "常住人口（万人）")), row(1, text(0, " 成都市 "), number(1, "2140.3")))));
	}

	@Test
	void readsTextsWithEntitiesCdataCommentsAndMoreThanTheParserGivesAtOnceExactlyAndSkipsEmptyOnes()
			throws IOException {
		String long1 = "长".repeat(20_000) + "&";
		Path file = SheetTestFiles.xlsx(this.dir.resolve("texts.xlsx"), SheetTestFiles.SHEET_START
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>R&amp;D 经费</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[<亿元>]]></t></is></c>"
				+ "<c r=\"C1\" t=\"inlineStr\"><is><t>成都<!-- 注 -->市</t></is></c>"
				+ "<c r=\"D1\" t=\"inlineStr\"><is><t>" + long1.replace("&", "&amp;") + "</t></is></c>"
				+ "<c r=\"E1\" t=\"inlineStr\"><is><t></t></is></c><c r=\"F1\" t=\"str\"><v>R&amp;D 经费</v></c></row>"
				+ SheetTestFiles.SHEET_END, SheetTestFiles.NO_SHARED_STRINGS);

		assertThat(readAll(file).get(0).rows()).containsExactly(
				row(0, text(0, "R&D 经费"), text(1, "<亿元>"), text(2, "成都市"), text(3, long1), text(5, "R&D 经费")));
	}

	@Test
	void leavesOutThePhoneticRunsOfInlineStringsAsOfSharedStrings() throws IOException {
		String reading = "<rPh sb=\"0\" eb=\"2\"><t>chóngqìng</t></rPh><phoneticPr fontId=\"1\"/>";
		Path file = SheetTestFiles.xlsx(this.dir.resolve("phonetic.xlsx"),
				SheetTestFiles.SHEET_START
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>重</t></r><r><t>庆</t></r>" + reading
						+ "</is></c><c r=\"B1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>万</t><rPh/>"
						+ "</is></c></row>" + SheetTestFiles.SHEET_END,
				SheetTestFiles.XML_DECLARATION
						+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
						+ "<si><t>重庆</t>" + reading + "</si></sst>");

		assertThat(readAll(file).get(0).rows()).containsExactly(row(0, text(0, "重庆"), text(1, "重庆"), text(2, "万")));
	}

	@Test
	void keepsTheStoredTextOfNumbers() throws IOException {
		Path file = SheetTestFiles.xlsx(this.dir.resolve("numbers.xlsx"),
				SheetTestFiles.SHEET_START
						+ "<row r=\"1\"><c r=\"A1\"><v>2140.3</v></c><c r=\"B1\"><v>0.30000000000000004</v></c>"
						+ "<c r=\"C1\"><v>100</v></c><c r=\"D1\"><v>1E-3</v></c><c r=\"E1\"><v>12345678901</v></c>"
						+ "<c r=\"F1\" t=\"n\"><v>-5.0</v></c></row>" + SheetTestFiles.SHEET_END,
				SheetTestFiles.NO_SHARED_STRINGS);

		assertThat(readAll(file).get(0).rows())
			.containsExactly(row(0, number(0, "2140.3"), number(1, "0.30000000000000004"), number(2, "100"),
					number(3, "1E-3"), number(4, "12345678901"), number(5, "-5.0")));
	}

	@Test
	void keepsTheTextPoiStoresForNumbers() throws IOException {
		Path file = write((wb) -> {
			Row row = wb.createSheet("数").createRow(0);
			row.createCell(0).setCellValue(2140.3);
			row.createCell(1).setCellValue(0.1 + 0.2);
			row.createCell(2).setCellValue(100);
			row.createCell(3).setCellValue(12345678901.0);
		});

		assertThat(readAll(file).get(0).rows()).containsExactly(row(0, number(0, "2140.3"),
				number(1, "0.30000000000000004"), number(2, "100.0"), number(3, "1.2345678901E10")));
	}

	@Test
	void readsADateFormattedNumberAsADateCellHoldingItsSerialNumber() throws IOException {
		Path file = write((wb) -> {
			CellStyle chineseDate = wb.createCellStyle();
			chineseDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			CellStyle builtinDate = wb.createCellStyle();
			builtinDate.setDataFormat((short) 14);
			CellStyle decimals = wb.createCellStyle();
			decimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
			Row row = wb.createSheet("日期").createRow(0);
			row.createCell(0).setCellValue(LocalDate.of(2024, 3, 15));
			row.getCell(0).setCellStyle(chineseDate);
			row.createCell(1).setCellValue(LocalDate.of(2024, 3, 15));
			row.getCell(1).setCellStyle(builtinDate);
			row.createCell(2).setCellValue(45366);
			row.getCell(2).setCellStyle(decimals);
		});

		assertThat(readAll(file).get(0).rows()).containsExactly(row(0, new Cell(0, "45366.0", Cell.Kind.DATE, null),
				new Cell(1, "45366.0", Cell.Kind.DATE, null), number(2, "45366.0")));
	}

	@Test
	void readsTheCachedValueAndTheFormulaOfAFormulaCell() throws IOException {
		Path file = write((wb) -> {
			Row row = wb.createSheet("公式").createRow(0);
			row.createCell(0).setCellValue(2140.3);
			row.createCell(1).setCellValue("成都");
			row.createCell(2).setCellFormula("A1*2");
			row.createCell(3).setCellFormula("B1&\"市\"");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		assertThat(readAll(file).get(0).rows()).containsExactly(row(0, number(0, "2140.3"), text(1, "成都"),
				new Cell(2, "4280.6", Cell.Kind.NUMBER, "A1*2"), new Cell(3, "成都市", Cell.Kind.TEXT, "B1&\"市\"")));
	}

	@Test
	void skipsHiddenAndVeryHiddenSheetsAndNamesThem() throws IOException {
		Path file = write((wb) -> {
			for (String name : List.of("2023年主要指标", "隐藏", "说明", "极隐藏")) {
				wb.createSheet(name).createRow(0).createCell(0).setCellValue(name);
			}
			wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
			wb.setSheetVisibility(3, SheetVisibility.VERY_HIDDEN);
		});

		try (SheetCursor cursor = FileFormat.XLSX.open(file)) {
			assertThat(readAll(cursor)).containsExactly(
					new ReadSheet("2023年主要指标", List.of(row(0, text(0, "2023年主要指标")))),
					new ReadSheet("说明", List.of(row(0, text(0, "说明")))));
			assertThat(cursor.hiddenSheets()).containsExactly("隐藏", "极隐藏");
		}
	}

	@Test
	void readsSheetsInWorkbookOrderUnderTheirChineseNames() throws IOException {
		Path file = write((wb) -> {
			for (String name : List.of("表3 财政", "表1 人口", "表2 经济")) {
				wb.createSheet(name).createRow(0).createCell(0).setCellValue(name);
			}
		});

		assertThat(readAll(file)).extracting(ReadSheet::name).containsExactly("表3 财政", "表1 人口", "表2 经济");
	}

	@Test
	void keepsTheZeroBasedIndexOfRowsAfterGapsAndSkipsEmptyRows() throws IOException {
		Path file = write((wb) -> {
			Sheet sheet = wb.createSheet("间隔");
			sheet.createRow(0).createCell(0).setCellValue("标题");
			sheet.createRow(3).createCell(2).setCellValue("成都市");
			sheet.createRow(5);
			sheet.createRow(6).createCell(0).setCellValue("");
			sheet.createRow(9).createCell(27).setCellValue(1);
		});

		assertThat(readAll(file).get(0).rows()).containsExactly(row(0, text(0, "标题")), row(3, text(2, "成都市")),
				row(9, number(27, "1.0")));
	}

	@Test
	void placesCellsAndRowsWithoutReferencesAfterTheOnesBefore() throws IOException {
		assertThat(readAll(fixture("cells-without-refs.xlsx"))).containsExactly(new ReadSheet("表1", List.of(
				row(0, text(0, "地区"), text(1, "2023"), text(2, "2024")), row(1, text(0, "成都市"), number(2, "22074.7")),
				row(4, text(0, "绵阳市"), number(1, "3350.3"), number(4, "1"), number(5, "2")), row(5, text(0, "德阳市")))));
	}

	@Test
	void refusesAZipBombWhileReadingItsSheet() throws IOException {
		Path bomb = SheetTestFiles.zipBomb(this.dir.resolve("bomb.xlsx"));
		assertThat(Files.size(bomb)).isLessThan(2L * 1024 * 1024);

		assertThat(FileFormat.sniff(bomb, "bomb.xlsx")).isEqualTo(FileFormat.XLSX);
		try (SheetCursor cursor = FileFormat.XLSX.open(bomb)) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> {
				while (cursor.nextRow() != null) {
					// an empty row is never returned; reading stops at the limit
				}
			}).satisfies((ex) -> assertThat(ex.code()).isEqualTo("ZIP_BOMB"));
		}
	}

	@Test
	void neverResolvesAnExternalEntityInASheet() throws IOException {
		try (SheetCursor cursor = FileFormat.XLSX.open(fixture("xxe-entity.xlsx"))) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThatExceptionOfType(RejectedFileException.class).isThrownBy(cursor::nextRow)
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
		}
	}

	@Test
	void neverLeaksAnExternalEntitysFileIntoACellOrAMessage() throws IOException {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "CANARY-7f3a", StandardCharsets.UTF_8);
		String doctype = "<!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n";
		Path inSheet = SheetTestFiles.xlsx(this.dir.resolve("in-sheet.xlsx"),
				SheetTestFiles.XML_DECLARATION + doctype
						+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x&leak;</t></is></c></row>"
						+ SheetTestFiles.SHEET_END,
				SheetTestFiles.NO_SHARED_STRINGS);
		Path inStrings = SheetTestFiles.xlsx(this.dir.resolve("in-strings.xlsx"),
				SheetTestFiles.SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
						+ SheetTestFiles.SHEET_END,
				SheetTestFiles.XML_DECLARATION + doctype.replace("worksheet", "sst")
						+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
						+ "<si><t>x&leak;</t></si></sst>");

		for (Path file : List.of(inSheet, inStrings)) {
			assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> readAll(file))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"))
				.satisfies((ex) -> assertThat(ex.getMessage() + List.of(ex.arguments())).doesNotContain("CANARY"));
		}
	}

	@Test
	void rejectsAZipWithTwoEntriesOfTheSameNameAsCorrupt() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.XLSX.open(fixture("duplicate-entry.xlsx")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
	}

	@Test
	void namesADuplicateEntryWithoutTheStoredFilesPath() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.XLSX.open(fixture("duplicate-entry.xlsx")))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("zip 中有重复的条目 / duplicate zip entry"));
	}

	private Path write(WorkbookContent content) throws IOException {
		Path file = this.dir.resolve("book.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.fill(wb);
			wb.write(out);
		}
		return file;
	}

	@FunctionalInterface
	interface WorkbookContent {

		void fill(XSSFWorkbook wb);

	}

}
