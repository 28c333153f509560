package org.annals.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.ChronicleExporter;
import org.annals.chronicle.DatePrecision;
import org.annals.tables.CompiledTable;
import org.annals.tables.TableCell;
import org.annals.tables.TableColumn;
import org.annals.tables.TableCsvWriter;
import org.annals.tables.TableRow;
import org.annals.tables.TableXlsxWriter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY #9 and issue 19 point 12 on the exporters themselves, with every trigger a
 * department could send, a leading LF and NUL among them (which no file can bring through
 * ingest, since PostgreSQL stores no NUL): CSV text cells are prefixed with {@code '},
 * NUL is gone, the figure {@code -12.5} stays a number; the XLSX holds no formula. The
 * facts CSV, which needs the database, is in {@code FormulaInjectionIntegrationTests}.
 */
class FormulaInjectionTests {

	static final List<String> TRIGGERS = List.of("=HYPERLINK(\"http://x\",\"点击\")", "+86-28-1234", "-2+3", "@SUM(A1)",
			"\t制表符", "\r回车", "\n=1+1", "\0=1+1", "空\0字符", "-");

	private static TableCell figure(String value) {
		return new TableCell(new BigDecimal(value), value, "", "", List.of(1L));
	}

	private static CompiledTable table() {
		List<TableColumn> columns = new ArrayList<>();
		List<TableRow> rows = new ArrayList<>();
		for (String trigger : TRIGGERS) {
			columns.add(new TableColumn(trigger, trigger, "gdp", "current", 1));
		}
		for (String trigger : TRIGGERS) {
			List<TableCell> cells = new ArrayList<>();
			TRIGGERS.forEach((t) -> cells.add(figure("-12.5")));
			rows.add(new TableRow("510100", trigger, cells));
		}
		return new CompiledTable("t", 2022, "2022年表", "单位：亿元", columns, rows, List.of("=注"), "@来源");
	}

	@Test
	void theTableCsvHasNoCellThatExecutesNoNulAndItsFiguresStayNumbers() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableCsvWriter().write(table(), out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(FormulaCells.in(csv)).isEmpty();
		assertThat(csv).doesNotContain("\0").contains(",-12.5,").contains("'=HYPERLINK").contains("\"'\n=1+1");
		assertThat(csv).contains("\r\n'=1+1,").contains("\r\n空字符,").contains("\r\n'-,");
	}

	@Test
	void theChronicleCsvHasNoCellThatExecutesAndNoNul() throws Exception {
		List<ChronicleEntry> entries = new ArrayList<>();
		for (String trigger : TRIGGERS) {
			entries.add(new ChronicleEntry(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1), DatePrecision.DAY,
					trigger, List.of(trigger, "省应急管理厅"), trigger, trigger, List.of(trigger + ".xlsx"), List.of()));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ChronicleExporter().write("2022年大事记", entries, ChronicleExporter.Format.CSV, out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(FormulaCells.in(csv)).isEmpty();
		assertThat(csv).doesNotContain("\0").contains("'=HYPERLINK").contains("\"'\n=1+1");
	}

	@Test
	void theTableXlsxHoldsNoFormulaAndItsFiguresAreNumbers() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableXlsxWriter().write(table(), out);
		byte[] bytes = out.toByteArray();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("xl/worksheets/")) {
					assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).contains("<sheetData>")
						.doesNotContain("<f>")
						.doesNotContain("<f ");
				}
			}
		}
		List<CellType> types = new ArrayList<>();
		List<Double> numbers = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> {
				types.add(cell.getCellType());
				if (cell.getCellType() == CellType.NUMERIC) {
					numbers.add(cell.getNumericCellValue());
				}
			}));
		}
		assertThat(types).doesNotContain(CellType.FORMULA);
		assertThat(numbers).hasSize(TRIGGERS.size() * TRIGGERS.size()).containsOnly(-12.5);
	}

}
