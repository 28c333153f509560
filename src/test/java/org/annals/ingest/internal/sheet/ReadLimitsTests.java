package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.annals.ingest.internal.sheet.SheetTestFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every reader's memory bound (issue 19 point 4): each limit of {@link ReadLimits} is
 * refused by each reader it applies to with its own issue, naming where, never an
 * OutOfMemoryError; the defaults let the committed fixtures through.
 */
class ReadLimitsTests {

	@TempDir
	Path dir;

	private static ReadLimits limits(Long fileBytes, Integer cellChars, Integer rowChars, Integer rowCells,
			Integer sharedStrings, Long sharedStringsChars, Long documentBytes) {
		return new ReadLimits(fileBytes, cellChars, rowChars, rowCells, sharedStrings, sharedStringsChars,
				documentBytes);
	}

	@Test
	void refusesAnXlsxWhoseSheetUnzipsToMoreThanTheFileMayGive() throws IOException {
		Path file = SheetTestFiles.xlsx(this.dir.resolve("big.xlsx"), sheetOfRows(2000),
				SheetTestFiles.NO_SHARED_STRINGS);

		assertRefused(file, limits(50_000L, null, null, null, null, null, null), "FILE_TOO_LARGE", 50_000L);
		assertThat(read(file, ReadLimits.DEFAULTS)).isEqualTo(2000);
	}

	@Test
	void refusesACsvAndAnXlsLargerThanTheFileMayGiveBeforeReadingThem() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("big.csv"), "地区,数值\n" + "成都市,1\n".repeat(10_000));
		Path xls = xls(this.dir.resolve("big.xls"), 1000, 1);

		assertRefused(csv, limits(10_000L, null, null, null, null, null, null), "FILE_TOO_LARGE", 10_000L);
		assertRefused(xls, limits(10_000L, null, null, null, null, null, null), "FILE_TOO_LARGE", 10_000L);
	}

	@Test
	void refusesACellLongerThanTheLimitInEveryReaderNamingTheCell() throws IOException {
		ReadLimits limits = limits(null, 100, null, null, null, null, null);
		String longText = "成".repeat(101);
		Path csv = Files.writeString(this.dir.resolve("cell.csv"), "地区,数值\n成都市," + longText + "\n");
		Path inline = SheetTestFiles.xlsx(this.dir.resolve("inline.xlsx"),
				SheetTestFiles.SHEET_START + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>" + "成".repeat(60)
						+ "</t></r><r><t>" + "成".repeat(41) + "</t></r></is></c></row>" + SheetTestFiles.SHEET_END,
				SheetTestFiles.NO_SHARED_STRINGS);
		Path shared = SheetTestFiles.xlsx(
				this.dir.resolve("shared.xlsx"), SheetTestFiles.SHEET_START
						+ "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>" + SheetTestFiles.SHEET_END,
				sst("<si><t>" + longText + "</t></si>"));
		Path xls = xls(this.dir.resolve("cell.xls"), 1, 1);
		try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(xls))) {
			wb.getSheetAt(0).getRow(0).createCell(1).setCellValue(longText);
			try (OutputStream out = Files.newOutputStream(xls)) {
				wb.write(out);
			}
		}
		Path docx = docx(this.dir.resolve("long.docx"), "2022年1月1日　短。", longText);

		assertRefused(csv, limits, "CELL_TOO_LONG", "csv", "B2", 100);
		assertRefused(inline, limits, "CELL_TOO_LONG", "表1", "B2", 100);
		assertRefused(shared, limits, "CELL_TOO_LONG", "表1", "B2", 100);
		assertRefused(xls, limits, "CELL_TOO_LONG", "Sheet0", "B1", 100);
		assertRefused(docx, limits, "CELL_TOO_LONG", "docx", "A2", 100);
	}

	@Test
	void refusesARowOfMoreCharactersOrCellsThanTheLimitsNamingIt() throws IOException {
		String fields = "1234567890,".repeat(12);
		Path csv = Files.writeString(this.dir.resolve("row.csv"), "地区,数值\n" + fields + "\n");
		StringBuilder row = new StringBuilder("<row r=\"3\">");
		for (int c = 0; c < 12; c++) {
			row.append("<c r=\"").append(Cell.columnName(c)).append("3\"><v>1234567890</v></c>");
		}
		Path xlsx = SheetTestFiles.xlsx(this.dir.resolve("row.xlsx"),
				SheetTestFiles.SHEET_START + row + "</row>" + SheetTestFiles.SHEET_END,
				SheetTestFiles.NO_SHARED_STRINGS);
		Path xls = xls(this.dir.resolve("row.xls"), 1, 12);

		ReadLimits chars = limits(null, 20, 100, null, null, null, null);
		assertRefused(csv, chars, "ROW_TOO_LONG", "csv", 2, 100);
		assertRefused(xlsx, chars, "ROW_TOO_LONG", "表1", 3, 100);
		ReadLimits cells = limits(null, null, null, 10, null, null, null);
		assertRefused(csv, cells, "ROW_TOO_WIDE", "csv", 2, 10);
		assertRefused(xlsx, cells, "ROW_TOO_WIDE", "表1", 3, 10);
		assertRefused(xls, cells, "ROW_TOO_WIDE", "Sheet0", 1, 10);
	}

	@Test
	void refusesASharedStringsTableOfMoreStringsOrCharactersThanTheLimitsInXlsxAndXls() throws IOException {
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			items.append("<si><t>地区").append(i).append("</t></si>");
		}
		Path xlsx = SheetTestFiles.xlsx(
				this.dir.resolve("sst.xlsx"), SheetTestFiles.SHEET_START
						+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + SheetTestFiles.SHEET_END,
				sst(items.toString()));
		Path xls = xls(this.dir.resolve("sst.xls"), 100, 1);

		ReadLimits strings = limits(null, null, null, null, 50, null, null);
		assertRefused(xlsx, strings, "TOO_MANY_SHARED_STRINGS", 50);
		assertRefused(xls, strings, "TOO_MANY_SHARED_STRINGS", 50);
		ReadLimits chars = limits(null, null, null, null, null, 200L, null);
		assertRefused(xlsx, chars, "SHARED_STRINGS_TOO_LONG", 200L);
		assertRefused(xls, chars, "SHARED_STRINGS_TOO_LONG", 200L);
	}

	@Test
	void refusesAPartThatPoiReadsWholeOverTheLimitBeforePoiReadsIt() throws IOException {
		Path docx = docx(this.dir.resolve("big.docx"), randomText(30_000));
		Path styles = xlsxWith(this.dir.resolve("styles.xlsx"), "xl/styles.xml",
				"<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!-- "
						+ randomText(30_000) + " --></styleSheet>");
		Path types = SheetTestFiles.xlsx(this.dir.resolve("types.xlsx"), sheetOfRows(1),
				SheetTestFiles.NO_SHARED_STRINGS);

		ReadLimits limits = limits(null, null, null, null, null, null, 20_000L);
		assertRefused(docx, limits, "PART_TOO_LARGE", "word/document.xml", 20_000L);
		assertRefused(styles, limits, "PART_TOO_LARGE", "/xl/styles.xml", 20_000L);
		assertRefused(types, limits(null, null, null, null, null, null, 500L), "PART_TOO_LARGE", "[Content_Types].xml",
				500L);
		assertThat(read(styles, ReadLimits.DEFAULTS)).isEqualTo(1);
	}

	@Test
	void yieldsALimitThroughTheParserAsTheFilesOnlyIssueNamingTheCellAndTheSetting() throws IOException {
		// the defaults, as ingest reads a file: a CSV field of 131 073 characters
		String field = randomText(ReadLimits.DEFAULTS.cellChars() + 1);
		Path csv = Files.writeString(this.dir.resolve("长字段.csv"), "地区,备注\n成都市," + field + "\n");
		ReferenceData reference = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

		try (SubmissionParser parser = new SubmissionParser(csv, "长字段.csv", "省统计局", reference)) {
			RowOutcome outcome = parser.next();
			assertThat(outcome.issues()).singleElement().satisfies((issue) -> {
				assertThat(issue.code()).isEqualTo("CELL_TOO_LONG");
				assertThat(issue.chinese())
					.isEqualTo("工作表“csv”的单元格 B2 的文字超过 131072 个字符的上限（annals.ingest.limits.cell-chars），整个文件已拒收。");
				assertThat(issue.english()).contains("Cell B2 of sheet \"csv\"", "annals.ingest.limits.cell-chars");
			});
			assertThat(parser.next()).isNull();
		}
	}

	@ParameterizedTest
	@EnumSource(value = IssueCode.class, names = { "FILE_TOO_LARGE", "PART_TOO_LARGE", "CELL_TOO_LONG", "ROW_TOO_LONG",
			"ROW_TOO_WIDE", "TOO_MANY_SHARED_STRINGS", "SHARED_STRINGS_TOO_LONG" })
	void namesEachLimitsSettingInChineseAndEnglish(IssueCode code) {
		Object[] arguments = { "表1", "B2", 100 };
		assertThat(code.chinese(arguments)).contains("annals.ingest.limits.").contains("上限");
		assertThat(code.english(arguments)).contains("annals.ingest.limits.").contains("limit");
	}

	@Test
	void refusesLimitsThatAreNotPositiveOrARowShorterThanACell() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> limits(0L, null, null, null, null, null, null))
			.withMessageContaining("annals.ingest.limits.file-bytes");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> limits(null, 100, 50, null, null, null, null))
			.withMessageContaining("row-chars");
	}

	private static void assertRefused(Path file, ReadLimits limits, String code, Object... arguments) {
		assertThatExceptionOfType(RejectedFileException.class).as("%s", file.getFileName())
			.isThrownBy(() -> read(file, limits))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(arguments));
	}

	/** Reads every sheet, through the read-ahead thread as ingest does; the rows read. */
	static int read(Path file, ReadLimits limits) throws IOException {
		FileFormat format = FileFormat.sniff(file, file.getFileName().toString());
		try (SheetCursor cursor = new ReadAheadCursor(format.open(file, limits), "limits")) {
			return readAll(cursor).stream().mapToInt((s) -> s.rows().size()).sum();
		}
	}

	private static String sheetOfRows(int rows) {
		StringBuilder sheet = new StringBuilder(SheetTestFiles.SHEET_START);
		Random random = new Random(rows);
		for (int r = 1; r <= rows; r++) {
			sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>");
			sheet.append(random.nextInt()).append("</v></c></row>");
		}
		return sheet.append(SheetTestFiles.SHEET_END).toString();
	}

	private static String sst(String items) {
		return SheetTestFiles.XML_DECLARATION
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items + "</sst>";
	}

	/** Random letters and digits: text that compresses no better than a table's. */
	static String randomText(int length) {
		Random random = new Random(length);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) ((random.nextInt(3) == 0) ? '0' + random.nextInt(10) : 'a' + random.nextInt(26)));
		}
		return text.toString();
	}

	/** An xls of one sheet, {@code Sheet0}, its cells distinct texts. */
	static Path xls(Path file, int rows, int columns) throws IOException {
		try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			HSSFSheet sheet = wb.createSheet();
			for (int r = 0; r < rows; r++) {
				org.apache.poi.hssf.usermodel.HSSFRow row = sheet.createRow(r);
				for (int c = 0; c < columns; c++) {
					row.createCell(c).setCellValue("文字" + r + "-" + c);
				}
			}
			wb.write(out);
		}
		return file;
	}

	/** A Word document of paragraphs. */
	static Path docx(Path file, String... paragraphs) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String paragraph : paragraphs) {
				doc.createParagraph().createRun().setText(paragraph);
			}
			doc.write(out);
		}
		return file;
	}

	/**
	 * The smallest xlsx with one more part, declared by its content type when a styles
	 * part.
	 */
	private static Path xlsxWith(Path file, String name, String content) throws IOException {
		Path base = SheetTestFiles.xlsx(file.resolveSibling("base-" + file.getFileName()), sheetOfRows(1),
				SheetTestFiles.NO_SHARED_STRINGS);
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(base.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("[Content_Types].xml")) {
					bytes = new String(bytes, StandardCharsets.UTF_8).replace("</Types>",
							"<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.write(bytes);
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry(name));
			out.write(content.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return file;
	}

}
