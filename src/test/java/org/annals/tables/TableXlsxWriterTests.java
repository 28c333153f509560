package org.annals.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The XLSX page of a compiled table: yearbook layout, figures as numbers with the
 * column's decimals, and no text that could become a formula.
 */
class TableXlsxWriterTests {

	private static final String FORMULA_LABEL = "=HYPERLINK(\"x\")";

	private static TableCell figure(String value) {
		return new TableCell(new BigDecimal(value), value, "", "", List.of(1L));
	}

	private static TableRow row(String code, String label, TableCell... cells) {
		return new TableRow(code, label, List.of(cells));
	}

	private static CompiledTable economy() {
		List<TableColumn> columns = List.of(new TableColumn("地区生产总值", "2022年", "gdp", "current", 1),
				new TableColumn("地区生产总值", "2021年", "gdp", "previous", 1),
				new TableColumn("地区生产总值", "比上年增长（%）", "gdp", "growth", 1),
				new TableColumn("一般公共预算收入", "2022年", "revenue", "current", 2),
				new TableColumn("社会消费品零售总额", "2022年", "retail", "current", 1),
				new TableColumn(null, "常住人口（万人）", "population", "current", 0));
		List<TableRow> rows = List.of(
				row("510000", "全省", figure("56749.8"), figure("53850.8"), figure("2.9"), figure("4882.20"),
						figure("24104.6"), figure("8374")),
				row("510100", "成都市", figure("20817.5"), figure("19917.0"), figure("2.8"), figure("1722.35"),
						figure("9096.5"), figure("2127")),
				row("513200", "阿坝州", figure("449.6"), figure("412.8"),
						new TableCell(null, "…", "missing", "", List.of()), figure("38.61"), figure("133.4"),
						new TableCell(new BigDecimal("82"), "82", "provisional", "", List.of(2L))),
				row("519999", FORMULA_LABEL, figure("1.0"), figure("1.0"), figure("0.0"), figure("0.10"), figure("1.0"),
						figure("1")));
		return new CompiledTable("economy", 2022, "2022年各市（州）主要经济指标", "单位：亿元", columns, rows,
				List.of("全省数据不等于各市（州）之和。", "增长速度按可比价格计算。"), "四川省统计局");
	}

	private static CompiledTable plain(int columnCount, String title) {
		List<TableColumn> columns = new ArrayList<>();
		List<TableCell> cells = new ArrayList<>();
		for (int i = 0; i < columnCount; i++) {
			columns.add(new TableColumn(null, "指标" + (i + 1), "i" + i, "current", 0));
			cells.add(figure(String.valueOf(i)));
		}
		return new CompiledTable("plain", 2022, title, null, columns, List.of(new TableRow("510000", "全省", cells)),
				List.of("注：本表为快报数。"), "资料来源：四川省财政厅");
	}

	private byte[] bytes(CompiledTable table) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableXlsxWriter().write(table, out);
		return out.toByteArray();
	}

	private XSSFWorkbook write(CompiledTable table) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes(table)));
	}

	private static Cell cell(XSSFSheet sheet, String reference) {
		CellReference ref = new CellReference(reference);
		return sheet.getRow(ref.getRow()).getCell(ref.getCol());
	}

	private static XSSFFont font(XSSFSheet sheet, String reference) {
		return sheet.getWorkbook().getFontAt(cell(sheet, reference).getCellStyle().getFontIndex());
	}

	private static List<String> merges(XSSFSheet sheet) {
		return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
	}

	@Test
	void sheetNameFollowsExcelsRules() throws IOException {
		String title = "表1:地区/产值[初稿]*?\\各市（州）主要经济指标及其增长速度汇总表";
		try (XSSFWorkbook workbook = write(plain(2, title))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("表1 地区 产值 初稿    各市（州）主要经济指标及其增长速").hasSize(31);
			assertThat(cell(workbook.getSheetAt(0), "A1").getStringCellValue()).isEqualTo(title);
		}
	}

	@Test
	void titleAndUnitLineStandOverTheTable() throws IOException {
		try (XSSFWorkbook workbook = write(economy())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			assertThat(workbook.getSheetName(0)).isEqualTo("2022年各市（州）主要经济指标");
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(cell(sheet, "A1").getStringCellValue()).isEqualTo("2022年各市（州）主要经济指标");
			assertThat(cell(sheet, "A1").getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
			assertThat(font(sheet, "A1").getFontName()).isEqualTo("黑体");
			assertThat(font(sheet, "A1").getBold()).isTrue();
			assertThat(font(sheet, "A1").getFontHeightInPoints()).isEqualTo((short) 16);
			assertThat(cell(sheet, "E2").getStringCellValue()).isEqualTo("单位：亿元");
			assertThat(cell(sheet, "E2").getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
			assertThat(font(sheet, "E2").getFontName()).isEqualTo("宋体");
			assertThat(font(sheet, "E2").getFontHeightInPoints()).isEqualTo((short) 10);
		}
	}

	@Test
	void mergesTitleUnitHeadersAndNotesExactly() throws IOException {
		try (XSSFWorkbook workbook = write(economy())) {
			assertThat(merges(workbook.getSheetAt(0))).containsExactlyInAnyOrder("A1:G1", "E2:G2", "A3:A4", "B3:D3",
					"G3:G4", "A9:G9", "A10:G10", "A11:G11");
		}
	}

	@Test
	void twoHeaderRowsCarryGroupsOverColumnHeaders() throws IOException {
		try (XSSFWorkbook workbook = write(economy())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(2))).containsExactly("地区", "地区生产总值", "", "", "一般公共预算收入", "社会消费品零售总额",
					"常住人口（万人）");
			assertThat(texts(sheet.getRow(3))).containsExactly("", "2022年", "2021年", "比上年增长（%）", "2022年", "2022年", "");
			for (String reference : List.of("A3", "A4", "C3", "D4", "G3", "G4")) {
				CellStyle style = cell(sheet, reference).getCellStyle();
				assertThat(style.getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
				assertThat(style.getWrapText()).isTrue();
				assertThat(List.of(style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(),
						style.getBorderRight()))
					.containsOnly(BorderStyle.THIN);
				assertThat(font(sheet, reference).getBold()).isTrue();
			}
		}
	}

	@Test
	void figuresAreNumbersWithTheColumnsDecimals() throws IOException {
		CompiledTable table = economy();
		try (XSSFWorkbook workbook = write(table)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(cell(sheet, "B5").getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(cell(sheet, "B5").getNumericCellValue()).isEqualTo(56749.8);
			List<String> formats = new ArrayList<>();
			for (char column = 'B'; column <= 'G'; column++) {
				formats.add(cell(sheet, column + "5").getCellStyle().getDataFormatString());
				assertThat(cell(sheet, column + "5").getCellStyle().getAlignment())
					.isEqualTo(HorizontalAlignment.RIGHT);
			}
			assertThat(formats).containsExactly("0.0", "0.0", "0.0", "0.00", "0.0", "0");
			for (int r = 0; r < table.rows().size(); r++) {
				List<String> printed = table.rows().get(r).cells().stream().map(TableCell::display).toList();
				assertThat(texts(sheet.getRow(4 + r)).subList(1, 7)).isEqualTo(printed);
			}
		}
	}

	@Test
	void missingFiguresAreEllipsesAndProvisionalOnesItalic() throws IOException {
		try (XSSFWorkbook workbook = write(economy())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(cell(sheet, "D7").getStringCellValue()).isEqualTo("…");
			assertThat(cell(sheet, "D7").getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
			assertThat(cell(sheet, "G7").getNumericCellValue()).isEqualTo(82.0);
			assertThat(font(sheet, "G7").getItalic()).isTrue();
			assertThat(font(sheet, "G6").getItalic()).isFalse();
			assertThat(font(sheet, "D7").getItalic()).isFalse();
		}
	}

	@Test
	void labelsThatLookLikeFormulasStayText() throws IOException {
		byte[] bytes = bytes(economy());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(cell(sheet, "A8").getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell(sheet, "A8").getStringCellValue()).isEqualTo(FORMULA_LABEL);
			assertThat(cell(sheet, "A8").getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
			assertThat(cell(sheet, "A8").getCellStyle().getDataFormatString()).isEqualTo("@");
			List<CellType> types = new ArrayList<>();
			sheet.forEach((row) -> row.forEach((cell) -> types.add(cell.getCellType())));
			assertThat(types).isNotEmpty().doesNotContain(CellType.FORMULA);
		}
		String xml = entry(bytes, "xl/worksheets/sheet1.xml");
		assertThat(xml).contains("<sheetData>").doesNotContain("<f>").doesNotContain("<f ");
	}

	@Test
	void notesAndSourceFollowTheTableAcrossItsWidth() throws IOException {
		try (XSSFWorkbook workbook = write(economy())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(10);
			assertThat(cell(sheet, "A9").getStringCellValue()).isEqualTo("注：全省数据不等于各市（州）之和。");
			assertThat(cell(sheet, "A10").getStringCellValue()).isEqualTo("增长速度按可比价格计算。");
			assertThat(cell(sheet, "A11").getStringCellValue()).isEqualTo("资料来源：四川省统计局");
			CellStyle style = cell(sheet, "A11").getCellStyle();
			assertThat(style.getAlignment()).isEqualTo(HorizontalAlignment.LEFT);
			assertThat(style.getWrapText()).isTrue();
			assertThat(font(sheet, "A9").getFontName()).isEqualTo("宋体");
			assertThat(font(sheet, "A9").getFontHeightInPoints()).isEqualTo((short) 9);
		}
	}

	@Test
	void headerStaysInViewOnScreenAndOnEveryPrintedA4Page() throws IOException {
		try (XSSFWorkbook workbook = write(economy())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
			assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 4);
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).isFalse();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(List.of(print.getFitWidth(), print.getFitHeight())).containsExactly((short) 1, (short) 0);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:4");
			assertThat(sheet.getMargin(PageMargin.LEFT)).isEqualTo(0.75);
			// The longest label, =HYPERLINK("x"), widens the region column past 14.
			assertThat(sheet.getColumnWidth(0)).isEqualTo(17 * 256);
			assertThat(sheet.getColumnWidth(1)).isEqualTo(12 * 256);
			assertThat(sheet.getColumnWidth(3)).isEqualTo(17 * 256);
		}
	}

	@Test
	void wideTablesPrintLandscape() throws IOException {
		try (XSSFWorkbook eight = write(plain(8, "八列")); XSSFWorkbook nine = write(plain(9, "九列"))) {
			assertThat(eight.getSheetAt(0).getPrintSetup().getLandscape()).isFalse();
			assertThat(nine.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void ungroupedTableWithoutUnitLineHasOneHeaderRow() throws IOException {
		try (XSSFWorkbook workbook = write(plain(2, "2022年全省财政收入"))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet.getRow(1))).containsExactly("地区", "指标1", "指标2");
			assertThat(texts(sheet.getRow(2))).containsExactly("全省", "0", "1");
			assertThat(cell(sheet, "A4").getStringCellValue()).isEqualTo("注：本表为快报数。");
			assertThat(cell(sheet, "A5").getStringCellValue()).isEqualTo("资料来源：四川省财政厅");
			assertThat(merges(sheet)).containsExactlyInAnyOrder("A1:C1", "A4:C4", "A5:C5");
			assertThat(sheet.getColumnWidth(0)).isEqualTo(14 * 256);
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:2");
		}
	}

	@Test
	void rowWithTheWrongNumberOfCellsIsRefused() {
		CompiledTable broken = new CompiledTable("broken", 2022, "表", null, plain(2, "表").columns(),
				List.of(row("510000", "全省", figure("1"))), List.of(), null);
		assertThatIllegalArgumentException().isThrownBy(() -> bytes(broken))
			.withMessage("Row '全省' of table 'broken' has 1 cells for 2 columns");
	}

	private static List<String> texts(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			texts.add(formatter.formatCellValue(row.getCell(c)));
		}
		return texts;
	}

	private static String entry(byte[] zip, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("No " + name + " in the workbook");
	}

}
