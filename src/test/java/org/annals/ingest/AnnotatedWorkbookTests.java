package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annals.ingest.internal.annotate.AnnotateProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: the annotated workbook where it cannot mark cells (a workbook past
 * {@code annals.annotate.max-bytes}, a file that is no workbook) comes back as the
 * {@code 说明} sheet alone, saying why and listing every problem; what is merely noted is
 * not listed; a problem of the whole file is listed without a link.
 */
class AnnotatedWorkbookTests {

	private static final List<Issue> ISSUES = List.of(Issue.of(IssueCode.BAD_NUMBER, BadWorkbooks.SHEET, "E4", "两万"),
			Issue.of(IssueCode.UNKNOWN_REGION, BadWorkbooks.SHEET, "A5", "火星市"),
			Issue.of(IssueCode.LAYOUT_USED, BadWorkbooks.SHEET, null, BadWorkbooks.SHEET, "长表"),
			Issue.of(IssueCode.ENCODING, null, null));

	@TempDir
	Path temp;

	@Test
	void aWorkbookPastTheLimitComesBackAsTheListAloneSayingWhy() throws Exception {
		Path xlsx = Files.write(this.temp.resolve("bad.xlsx"), BadWorkbooks.xlsx());
		XSSFWorkbook book = annotate(DataSize.ofBytes(1000), xlsx);
		assertThat(book.getNumberOfSheets()).isEqualTo(1);
		XSSFSheet notes = book.getSheetAt(0);
		assertThat(notes.getSheetName()).isEqualTo("说明");
		assertThat(notes.getRow(2).getCell(0).getStringCellValue()).contains("超过逐格标注的上限 1000 字节",
				"annals.annotate.max-bytes");
		assertThat(listed(notes)).containsExactly("主要指标 E4 数值须是数字", "主要指标 A5 地区须是行政区划中的名称",
				"（整个文件）  CSV 须是 UTF-8 或 GBK 编码");
		assertThat(links(notes)).isZero();
	}

	@Test
	void withinTheLimitTheCellsAreMarkedAndAWholeFileProblemIsListedWithoutALink() throws Exception {
		Path xlsx = Files.write(this.temp.resolve("bad.xlsx"), BadWorkbooks.xlsx());
		XSSFWorkbook book = annotate(DataSize.ofMegabytes(32), xlsx);
		assertThat(book.getNumberOfSheets()).isEqualTo(2);
		assertThat(listed(book.getSheetAt(0))).hasSize(3);
		assertThat(links(book.getSheetAt(0))).isEqualTo(2);
	}

	@Test
	void aFileThatIsNoWorkbookComesBackAsTheList() throws Exception {
		Path html = Files.write(this.temp.resolve("bad.xls"),
				"<html><table><tr><td>1</td></tr></table></html>".getBytes(StandardCharsets.UTF_8));
		XSSFWorkbook book = annotate(DataSize.ofMegabytes(32), html);
		assertThat(book.getNumberOfSheets()).isEqualTo(1);
		assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).contains("无法作为工作簿打开");
	}

	private static XSSFWorkbook annotate(DataSize limit, Path file) throws Exception {
		AnnotatedWorkbook annotated = new AnnotatedWorkbook(new AnnotateProperties(limit), null, null, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		annotated.write(file, file.getFileName().toString(), ISSUES, false, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	/** Each problem row: sheet, cell and rule. */
	private static List<String> listed(XSSFSheet notes) {
		return java.util.stream.StreamSupport.stream(notes.spliterator(), false)
			.filter((row) -> row.getRowNum() > 3)
			.map((row) -> text(row, 2) + " " + text(row, 3) + " " + text(row, 4))
			.toList();
	}

	private static long links(XSSFSheet notes) {
		long links = 0;
		for (Row row : notes) {
			for (Cell cell : row) {
				links += (cell.getHyperlink() != null) ? 1 : 0;
			}
		}
		return links;
	}

	private static String text(Row row, int column) {
		return (row.getCell(column) != null) ? row.getCell(column).getStringCellValue() : "";
	}

}
