package org.annals.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annals.AnnalsProcess;
import org.annals.cli.internal.ExitCodes;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: {@code annals check FILE --annotate OUT.xlsx} writes the file back with its
 * problems marked, from the built jar; with several files, {@code OUT} is a folder.
 */
class AnnotateCommandFunctionalTests {

	private static final String BAD = "sample-input/成都市地方志办公室/错误示例_数值有误.xlsx";

	@TempDir
	Path work;

	@Test
	void checkWritesTheBadWorkbookBackWithItsCellsMarked() throws Exception {
		Path out = this.work.resolve("退回.xlsx");
		AnnalsProcess.Result check = AnnalsProcess.onH2(this.work.resolve("home"))
			.run("check", BAD, "--annotate", out.toString());
		assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCodes.REJECTED);
		assertThat(check.out()).contains("退回批注已写入 " + out, "标注单元格 2 个");
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("说明");
			XSSFSheet data = book.getSheet("Sheet1");
			assertThat(data.getRow(4).getCell(1).getStringCellValue()).isEqualTo("约3.5");
			assertThat(data.getRow(4).getCell(1).getCellComment().getString().getString()).contains("数值须是数字",
					"“约3.5”不是数字");
		}
	}

	@Test
	void severalFilesAreWrittenIntoAFolderAndAMissingFolderIsAUsageError() throws Exception {
		AnnalsProcess annals = AnnalsProcess.onH2(this.work.resolve("home"));
		AnnalsProcess.Result refused = annals.run("check", BAD, "sample-input/省统计局/人口主要指标.csv", "--annotate",
				this.work.resolve("none").toString());
		assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
		Path folder = Files.createDirectories(this.work.resolve("out"));
		AnnalsProcess.Result check = annals.run("check", "--lang", "en", BAD, "sample-input/省统计局/人口主要指标.csv",
				"--annotate", folder.toString());
		assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCodes.REJECTED);
		assertThat(folder.resolve("错误示例_数值有误-annotated.xlsx")).isNotEmptyFile();
		assertThat(folder.resolve("人口主要指标-annotated.xlsx")).isNotEmptyFile();
		assertThat(check.out()).contains("annotated workbook written to");
		Path copy = Files.copy(Path.of(BAD), this.work.resolve("copy.xlsx"));
		byte[] before = Files.readAllBytes(copy);
		AnnalsProcess.Result over = annals.run("check", copy.toString(), "--annotate", copy.toString());
		assertThat(over.exitCode()).as("the file checked is never written over").isEqualTo(ExitCodes.USAGE);
		assertThat(Files.readAllBytes(copy)).isEqualTo(before);
	}

}
