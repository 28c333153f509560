package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.annals.ingest.internal.sheet.SheetTestFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileFormatTests {

	@TempDir
	Path dir;

	@Test
	void judgesAWorkbookByItsBytesNotItsName() throws IOException {
		Path xlsx = workbook(new XSSFWorkbook(), "data.csv");
		Path xls = workbook(new HSSFWorkbook(), "data.xlsx");

		assertThat(FileFormat.sniff(xlsx, "data.csv")).isEqualTo(FileFormat.XLSX);
		assertThat(FileFormat.sniff(xls, "data.xlsx")).isEqualTo(FileFormat.XLS);
	}

	@Test
	void judgesTextUnderAnyNameButAWorkbooksAsCsv() throws IOException {
		assertThat(FileFormat.sniff(fixture("csv-utf8.csv"), "2023年人口.csv")).isEqualTo(FileFormat.CSV);
		assertThat(FileFormat.sniff(fixture("csv-gbk.csv"), "2023年人口.txt")).isEqualTo(FileFormat.CSV);
		assertThat(FileFormat.sniff(fixture("tab-separated.tsv"), "2023年人口")).isEqualTo(FileFormat.CSV);
	}

	@Test
	void judgesAWordDocumentAsDocxAndRefusesABrokenOne() throws IOException {
		// a zip with a word/document.xml but no package relationships is no Word document
		Path docx = zip("report.docx", "word/document.xml");

		assertThat(FileFormat.sniff(docx, "report.docx")).isEqualTo(FileFormat.DOCX);
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> FileFormat.DOCX.open(docx))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
	}

	@Test
	void readsAWordDocumentParagraphByParagraph() throws IOException {
		Path docx = Path.of("sample-input/省委办公厅/2022年大事记.docx");
		try (SheetCursor cursor = FileFormat.sniff(docx, "2022年大事记.docx").open(docx)) {
			assertThat(cursor.nextSheet()).isTrue();
			assertThat(cursor.sheetName()).isEqualTo("docx");
			assertThat(cursor.nextRow().text(0)).isEqualTo("中共四川省委办公厅2022年大事记");
			assertThat(cursor.nextRow().text(0)).isEqualTo("一月");
			assertThat(cursor.nextRow().text(0)).startsWith("1月10日\u3000");
			assertThat(cursor.nextSheet()).isFalse();
		}
	}

	@Test
	void rejectsAZipWithoutAWorkbookAsUnsupported() throws IOException {
		Path other = zip("photos.xlsx", "photo.jpg");

		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> FileFormat.sniff(other, "photos.xlsx"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("UNSUPPORTED_FORMAT"));
	}

	@Test
	void rejectsAnEmptyFile() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.sniff(fixture("empty.xlsx"), "empty.xlsx"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("EMPTY_FILE"));
	}

	@Test
	void rejectsPlainTextNamedAsAWorkbookNamingTheFile() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.sniff(fixture("text-named.xlsx"), "2023年人口.XLSX"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("NOT_A_WORKBOOK"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("2023年人口.XLSX"));
	}

	@Test
	void rejectsAnHtmlTableSavedAsXls() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.sniff(fixture("html-table.xls"), "2023年人口.xls"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("HTML_TABLE"));
	}

	@Test
	void rejectsTheFirstHalfOfAnXlsxAsCorrupt() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.sniff(fixture("truncated.xlsx"), "2023年人口.xlsx"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
	}

	@Test
	void rejectsBinaryGarbageNamedXlsAsNotAWorkbook() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.sniff(fixture("garbage.xls"), "2023年人口.xls"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("NOT_A_WORKBOOK"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("2023年人口.xls"));
	}

	@Test
	void rejectsAnEncryptedXlsxWhenJudgingIt() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.sniff(fixture("encrypted.xlsx"), "2023年人口.xlsx"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ENCRYPTED"));
	}

	@Test
	void rejectsAnEncryptedXlsWhenOpeningIt() throws IOException {
		Path file = fixture("encrypted.xls");

		assertThat(FileFormat.sniff(file, "2023年人口.xls")).isEqualTo(FileFormat.XLS);
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> FileFormat.XLS.open(file))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ENCRYPTED"));
	}

	@Test
	void rejectsABiff5WorkbookAsAnOldFormat() {
		assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> FileFormat.sniff(fixture("biff5.xls"), "1998年人口.xls"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("OLD_FORMAT"));
	}

	@Test
	void judgesAZipWithTwoEntriesOfTheSameNameAsXlsxAndRejectsItWhenOpening() throws IOException {
		Path file = fixture("duplicate-entry.xlsx");

		assertThat(FileFormat.sniff(file, "2023年人口.xlsx")).isEqualTo(FileFormat.XLSX);
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> FileFormat.XLSX.open(file))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
	}

	private Path workbook(Workbook wb, String name) throws IOException {
		Path file = this.dir.resolve(name);
		try (wb; OutputStream out = Files.newOutputStream(file)) {
			wb.createSheet("表1").createRow(0).createCell(0).setCellValue("成都市");
			wb.write(out);
		}
		return file;
	}

	private Path zip(String name, String entry) throws IOException {
		Path file = this.dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(SheetTestFiles.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

}
