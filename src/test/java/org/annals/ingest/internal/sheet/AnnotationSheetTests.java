package org.annals.ingest.internal.sheet;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: the {@code 说明} sheet Annals puts in an annotated workbook is passed over when
 * the workbook comes back, by its defined name, wherever it stands and however it is
 * named; a department's own sheet called {@code 说明} is read.
 */
class AnnotationSheetTests {

	@TempDir
	Path temp;

	@Test
	void theSheetAnnalsMarkedIsPassedOverUnread() throws Exception {
		assertThat(sheetsRead(workbook("说明", true))).containsExactly("数据");
	}

	@Test
	void aRenamedMarkedSheetIsPassedOverToo() throws Exception {
		assertThat(sheetsRead(workbook("It's notes", true))).containsExactly("数据");
	}

	@Test
	void aDepartmentsOwnSheetCalled说明IsRead() throws Exception {
		assertThat(sheetsRead(workbook("说明", false))).containsExactly("说明", "数据");
	}

	@Test
	void theMarksFormulaNamesItsSheet() {
		assertThat(AnnotationMark.sheetOf("'说明'!$A$1")).isEqualTo("说明");
		assertThat(AnnotationMark.sheetOf("'It''s'!$A$1")).isEqualTo("It's");
		assertThat(AnnotationMark.sheetOf("Notes!A1")).isEqualTo("Notes");
		assertThat(AnnotationMark.sheetOf("42")).isNull();
	}

	private Path workbook(String notes, boolean marked) throws Exception {
		Path file = this.temp.resolve(notes.length() + "-" + marked + ".xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			book.createSheet(notes).createRow(0).createCell(0).setCellValue("共 2 个问题");
			book.createSheet("数据").createRow(0).createCell(0).setCellValue("地区");
			if (marked) {
				Name name = book.createName();
				name.setNameName(AnnotationMark.DEFINED_NAME);
				name.setRefersToFormula("'" + notes.replace("'", "''") + "'!$A$1");
			}
			book.write(out);
		}
		return file;
	}

	private static List<String> sheetsRead(Path file) throws Exception {
		List<String> names = new ArrayList<>();
		try (SheetCursor cursor = FileFormat.XLSX.open(file)) {
			while (cursor.nextSheet()) {
				names.add(cursor.sheetName());
				assertThat(cursor.nextRow()).isNotNull();
			}
			assertThat(cursor.hiddenSheets()).isEmpty();
		}
		return names;
	}

}
