package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.Kind;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedEvent;
import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A NUL (or another control character) in a cell never reaches the loader (issue 19 point
 * 2: an event log whose content held a NUL failed the events job in PostgreSQL on every
 * run; RELIABILITY #30): every reader either refuses the file or hands the cell on
 * marked, the NUL shown as ␀, and an event log's row with one is reported as
 * BAD_CHARACTER naming its cell while the others load.
 */
class NulCharacterTests {

	private static final String EVENT = "2022年3月1日";

	private static ReferenceData reference;

	@TempDir
	Path dir;

	@BeforeAll
	static void loadReferenceData() {
		reference = ReferenceData.load(new JobsDirectory(Path.of("jobs")));
	}

	@Test
	void everyReaderMarksTheCellAndHandsNoNulOn() throws IOException {
		Path csv = SheetTestFiles.fixture("nul-in-field.csv");
		Path xlsx = SheetTestFiles.xlsx(this.dir.resolve("nul.xlsx"),
				SheetTestFiles.SHEET_START + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"
						+ SheetTestFiles.SHEET_END,
				SheetTestFiles.XML_DECLARATION
						+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
						+ "<si><t>成都_x0000_市</t></si></sst>");
		Path xls = xls(this.dir.resolve("nul.xls"), List.of(List.of("地区", "数值"), List.of("成都\u0000市", "1")));

		for (Path file : List.of(csv, xlsx, xls)) {
			List<Cell> cells = cells(file);
			assertThat(cells).as("%s", file.getFileName())
				.filteredOn((cell) -> cell.kind() == Cell.Kind.CONTROL_CHARACTER)
				.extracting(Cell::column, Cell::text)
				.containsExactly(tuple(0, "成都\u2400市"));
			assertThat(cells).extracting(Cell::text).noneMatch(CellText::hasControl);
		}
	}

	@Test
	void refusesAWordDocumentOrASheetWhoseXmlHoldsANulReference() throws IOException {
		Path sheet = SheetTestFiles.xlsx(this.dir.resolve("ref.xlsx"),
				SheetTestFiles.SHEET_START
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>成都&#0;市</t></is></c></row>"
						+ SheetTestFiles.SHEET_END,
				SheetTestFiles.NO_SHARED_STRINGS);
		Path docx = SheetTestFiles.rewriteEntry(
				ReadLimitsTests.docx(this.dir.resolve("marked.docx"), "2022年3月1日　成都XX市召开会议。"),
				this.dir.resolve("nul.docx"), "word/document.xml", (xml) -> xml.replace("XX", "&#0;"));

		for (Path file : List.of(sheet, docx)) {
			assertThatExceptionOfType(RejectedFileException.class).as("%s", file.getFileName())
				.isThrownBy(() -> cells(file))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CORRUPT"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "csv", "xls" })
	void reportsTheEventLogRowHoldingANulAndLoadsTheOthers(String format) throws IOException {
		List<List<String>> rows = List.of(List.of("日期", "事项", "内容"), List.of(EVENT, "召开会议", "会议内容。"),
				List.of(EVENT, "印发通知", "通知\u0000内容。"), List.of("2022年3月2日", "开展检查", "检查内容。"));
		Path file = "csv".equals(format) ? csv(this.dir.resolve("大事记.csv"), rows)
				: xls(this.dir.resolve("大事记.xls"), rows);

		List<StagedEvent> events = new ArrayList<>();
		List<Issue> issues = new ArrayList<>();
		parseEvents(file, events, issues);

		assertThat(events).extracting(StagedEvent::title).containsExactly("召开会议", "开展检查");
		assertThat(issues).filteredOn((issue) -> issue.code().equals("BAD_CHARACTER"))
			.extracting(Issue::cell)
			.containsExactly("C3");
		assertThat(events).noneMatch((e) -> (e.title() + e.content() + e.department()).indexOf('\u0000') >= 0);
	}

	@Test
	void reportsTheStatisticsCellHoldingANulNamingItsLineAndLoadsTheRest() throws IOException {
		// RELIABILITY #30
		Path file = Files.writeString(this.dir.resolve("2022年主要指标.csv"),
				"地区,地区生产总值（亿元）\n成都市,22074\u0000.7\n绵阳市,3350.3\n");

		List<Issue> issues = new ArrayList<>();
		List<String> facts = new ArrayList<>();
		try (SubmissionParser parser = new SubmissionParser(file, file.getFileName().toString(), "省统计局", reference)) {
			RowOutcome outcome;
			while ((outcome = parser.next()) != null) {
				issues.addAll(outcome.issues());
				outcome.facts().forEach((fact) -> facts.add(fact.cell() + " " + fact.value()));
			}
		}

		assertThat(issues).filteredOn((issue) -> issue.code().equals("BAD_CHARACTER"))
			.extracting(Issue::sheet, Issue::cell)
			.containsExactly(tuple("csv", "B2"));
		assertThat(facts).containsExactly("B3 3350.3");
	}

	@Test
	void reportsTheWordParagraphHoldingAControlCharacterAndLoadsTheOthers() throws IOException {
		// XML 1.0 has no NUL at all; an XML 1.1 document may refer to other controls
		Path docx = ReadLimitsTests.docx(this.dir.resolve("大事记.docx"), "2022年3月1日　召开会议。", "2022年3月2日　印发XX通知。",
				"2022年3月3日　开展检查。");
		Path withControl = this.dir.resolve("大事记-控制字符.docx");
		SheetTestFiles.rewriteEntry(docx, withControl, "word/document.xml",
				(xml) -> xml.replace("version=\"1.0\"", "version=\"1.1\"").replace("XX", "&#1;"));

		List<StagedEvent> events = new ArrayList<>();
		List<Issue> issues = new ArrayList<>();
		parseEvents(withControl, events, issues);

		assertThat(events).extracting(StagedEvent::title).containsExactly("召开会议。", "开展检查。");
		assertThat(issues).filteredOn((issue) -> issue.code().equals("BAD_CHARACTER"))
			.extracting(Issue::sheet, Issue::cell)
			.containsExactly(tuple("docx", "P2"));
	}

	private static void parseEvents(Path file, List<StagedEvent> events, List<Issue> issues) throws IOException {
		try (SubmissionParser parser = new SubmissionParser(file, file.getFileName().toString(), "省委办公厅", reference,
				Kind.EVENTS)) {
			RowOutcome outcome;
			while ((outcome = parser.next()) != null) {
				events.addAll(outcome.events());
				issues.addAll(outcome.issues());
			}
		}
	}

	private static List<Cell> cells(Path file) throws IOException {
		List<Cell> cells = new ArrayList<>();
		FileFormat format = FileFormat.sniff(file, file.getFileName().toString());
		try (SheetCursor cursor = new ReadAheadCursor(format.open(file), "nul")) {
			while (cursor.nextSheet()) {
				SheetRow row;
				while ((row = cursor.nextRow()) != null) {
					cells.addAll(row.cells());
				}
			}
		}
		return cells;
	}

	private static Path csv(Path file, List<List<String>> rows) throws IOException {
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			text.append(String.join(",", row)).append('\n');
		}
		return Files.writeString(file, text);
	}

	private static Path xls(Path file, List<List<String>> rows) throws IOException {
		try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			HSSFSheet sheet = wb.createSheet("大事记");
			for (int r = 0; r < rows.size(); r++) {
				org.apache.poi.hssf.usermodel.HSSFRow row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			wb.write(out);
		}
		return file;
	}

}
