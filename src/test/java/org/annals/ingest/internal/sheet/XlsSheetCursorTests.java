package org.annals.ingest.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.UnixOperatingSystemMXBean;
import org.annals.ingest.internal.sheet.SheetTestFiles.ReadSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.annals.ingest.internal.sheet.SheetTestFiles.fixture;
import static org.annals.ingest.internal.sheet.SheetTestFiles.number;
import static org.annals.ingest.internal.sheet.SheetTestFiles.readAll;
import static org.annals.ingest.internal.sheet.SheetTestFiles.row;
import static org.annals.ingest.internal.sheet.SheetTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class XlsSheetCursorTests {

	private static final int NUMBER_SID = 0x0203;

	private static final int RK_SID = 0x027E;

	private static final int MULRK_SID = 0x00BD;

	@TempDir
	Path dir;

	@Test
	void readsTextFromTheSharedStringTable() throws IOException {
		Path file = write((wb) -> {
			Row header = wb.createSheet("主要指标").createRow(0);
			header.createCell(0).setCellValue("地区");
			header.createCell(1).setCellValue("常住人口（万人）");
			wb.getSheetAt(0).createRow(1).createCell(0).setCellValue("凉山彝族自治州");
		});

		assertThat(readAll(file)).containsExactly(
				new ReadSheet("主要指标", List.of(row(0, text(0, "地区"), text(1, "常住人口（万人）")), row(1, text(0, "凉山彝族自治州")))));
	}

	@Test
	void readsNumbersAsExcelShowsThemToFifteenSignificantDigits() throws IOException {
		Path file = write((wb) -> {
			Row row = wb.createSheet("数").createRow(0);
			row.createCell(0).setCellValue(2140.3);
			row.createCell(1).setCellValue(0.1 + 0.2);
			row.createCell(2).setCellValue(100);
			row.createCell(3).setCellValue(-0.001);
			row.createCell(4).setCellValue(12345678901.0);
			row.createCell(5).setCellValue(1234567.1234567891);
		});

		assertThat(readAll(file).get(0).rows()).containsExactly(row(0, number(0, "2140.3"), number(1, "0.3"),
				number(2, "100"), number(3, "-0.001"), number(4, "12345678901"), number(5, "1234567.12345679")));
	}

	@Test
	void readsRkAndMulRkNumbers() throws IOException {
		Path file = write((wb) -> {
			Row first = wb.createSheet("RK").createRow(0);
			first.createCell(0).setCellValue(2024);
			first.createCell(2).setCellValue(12.34);
			first.createCell(4).setCellValue(-7);
			Row second = wb.getSheetAt(0).createRow(1);
			second.createCell(0).setCellValue("成都市");
			second.createCell(1).setCellValue(1);
			second.createCell(2).setCellValue(2.5);
			second.createCell(3).setCellValue(300000);
		});
		List<Integer> sids = rewriteNumbersAsRk(file);
		assertThat(sids).containsExactly(RK_SID, RK_SID, RK_SID, MULRK_SID);

		assertThat(readAll(file).get(0).rows()).containsExactly(
				row(0, number(0, "2024"), number(2, "12.34"), number(4, "-7")),
				row(1, text(0, "成都市"), number(1, "1"), number(2, "2.5"), number(3, "300000")));
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

		assertThat(readAll(file).get(0).rows()).containsExactly(row(0, new Cell(0, "45366", Cell.Kind.DATE, null),
				new Cell(1, "45366", Cell.Kind.DATE, null), number(2, "45366")));
	}

	@Test
	void readsTheCachedStringAndNumberResultsOfFormulas() throws IOException {
		Path file = write((wb) -> {
			Row first = wb.createSheet("公式").createRow(0);
			first.createCell(0).setCellValue(2140.3);
			first.createCell(1).setCellValue("成都");
			first.createCell(2).setCellFormula("A1*2");
			first.createCell(3).setCellFormula("B1&\"市\"");
			Row second = wb.getSheetAt(0).createRow(1);
			second.createCell(0).setCellFormula("B1&\"平原\"");
			second.createCell(1).setCellFormula("0.1+0.2");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});

		assertThat(readAll(file).get(0).rows()).containsExactly(
				row(0, number(0, "2140.3"), text(1, "成都"), new Cell(2, "4280.6", Cell.Kind.NUMBER, ""),
						new Cell(3, "成都市", Cell.Kind.TEXT, "")),
				row(1, new Cell(0, "成都平原", Cell.Kind.TEXT, ""), new Cell(1, "0.3", Cell.Kind.NUMBER, "")));
	}

	@Test
	void skipsAHiddenSheetAndReadsTheVisibleOnesInOrder() throws IOException {
		Path file = write((wb) -> {
			for (String name : List.of("2023年主要指标", "隐藏", "说明")) {
				wb.createSheet(name).createRow(0).createCell(0).setCellValue(name);
			}
			wb.setSheetHidden(1, true);
		});

		try (SheetCursor cursor = FileFormat.XLS.open(file)) {
			assertThat(readAll(cursor)).containsExactly(
					new ReadSheet("2023年主要指标", List.of(row(0, text(0, "2023年主要指标")))),
					new ReadSheet("说明", List.of(row(0, text(0, "说明")))));
			assertThat(cursor.hiddenSheets()).containsExactly("隐藏");
		}
	}

	@Test
	void readsTwoVisibleSheetsInOrderKeepingRowIndexesAfterGaps() throws IOException {
		Path file = write((wb) -> {
			wb.createSheet("表1 人口").createRow(0).createCell(0).setCellValue("人口");
			wb.getSheetAt(0).createRow(4).createCell(2).setCellValue(2140.3);
			wb.createSheet("表2 经济").createRow(2).createCell(1).setCellValue("经济");
		});

		assertThat(readAll(file)).containsExactly(
				new ReadSheet("表1 人口", List.of(row(0, text(0, "人口")), row(4, number(2, "2140.3")))),
				new ReadSheet("表2 经济", List.of(row(2, text(1, "经济")))));
	}

	@Test
	void closesTheFileWhenItRejectsAnEncryptedWorkbook() throws IOException {
		Path encrypted = fixture("encrypted.xls");
		UnixOperatingSystemMXBean os = (UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		rejectAsEncrypted(encrypted);
		long before = os.getOpenFileDescriptorCount();

		for (int i = 0; i < 10; i++) {
			rejectAsEncrypted(encrypted);
		}

		assertThat(os.getOpenFileDescriptorCount()).isEqualTo(before);
	}

	private static void rejectAsEncrypted(Path file) {
		assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> FileFormat.XLS.open(file))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ENCRYPTED"));
	}

	private Path write(WorkbookContent content) throws IOException {
		Path file = this.dir.resolve("book.xls");
		try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.fill(wb);
			wb.write(out);
		}
		return file;
	}

	/**
	 * Rewrites the NUMBER records POI writes as the RK records Excel writes: a run of
	 * numbers in adjacent columns of one row becomes one MULRK record, a lone number an
	 * RK record. Every number written must be an integer or have at most two decimals.
	 * @param file the workbook, rewritten in place
	 * @return the record types of the numbers, in order
	 */
	private static List<Integer> rewriteNumbersAsRk(Path file) throws IOException {
		byte[] stream;
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				InputStream in = fs.createDocumentInputStream("Workbook")) {
			stream = in.readAllBytes();
		}
		ByteBuffer records = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Integer> written = new ArrayList<>();
		List<int[]> run = new ArrayList<>();
		while (records.remaining() >= 4) {
			int sid = Short.toUnsignedInt(records.getShort());
			byte[] body = new byte[Short.toUnsignedInt(records.getShort())];
			records.get(body);
			if (sid == NUMBER_SID) {
				ByteBuffer number = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
				int[] cell = { number.getShort(0), number.getShort(2), number.getShort(4), rk(number.getDouble(6)) };
				int[] last = run.isEmpty() ? null : run.get(run.size() - 1);
				if (last != null && (last[0] != cell[0] || last[1] + 1 != cell[1])) {
					written.add(flushRk(run, out));
				}
				run.add(cell);
				continue;
			}
			if (!run.isEmpty()) {
				written.add(flushRk(run, out));
			}
			out.write(header(sid, body.length));
			out.write(body);
		}
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			fs.createDocument(new ByteArrayInputStream(out.toByteArray()), "Workbook");
			try (OutputStream target = Files.newOutputStream(file)) {
				fs.writeFilesystem(target);
			}
		}
		return written;
	}

	private static int rk(double value) {
		long hundredths = Math.round(value * 100);
		if (value == Math.rint(value) && Math.abs(value) < (1 << 29)) {
			return ((int) value << 2) | 0x2;
		}
		if (hundredths / 100.0 == value && Math.abs(hundredths) < (1 << 29)) {
			return ((int) hundredths << 2) | 0x3;
		}
		throw new IllegalArgumentException(value + " is not an RK integer");
	}

	private static int flushRk(List<int[]> run, ByteArrayOutputStream out) throws IOException {
		int[] first = run.get(0);
		ByteBuffer body;
		int sid;
		if (run.size() == 1) {
			sid = RK_SID;
			body = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
			body.putShort((short) first[0]).putShort((short) first[1]).putShort((short) first[2]).putInt(first[3]);
		}
		else {
			sid = MULRK_SID;
			body = ByteBuffer.allocate(6 + 6 * run.size()).order(ByteOrder.LITTLE_ENDIAN);
			body.putShort((short) first[0]).putShort((short) first[1]);
			for (int[] cell : run) {
				body.putShort((short) cell[2]).putInt(cell[3]);
			}
			body.putShort((short) run.get(run.size() - 1)[1]);
		}
		out.write(header(sid, body.capacity()));
		out.write(body.array());
		run.clear();
		return sid;
	}

	private static byte[] header(int sid, int length) {
		return ByteBuffer.allocate(4)
			.order(ByteOrder.LITTLE_ENDIAN)
			.putShort((short) sid)
			.putShort((short) length)
			.array();
	}

	@FunctionalInterface
	interface WorkbookContent {

		void fill(HSSFWorkbook wb);

	}

}
