package org.annals.chronicle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chronicle's exports: CSV neutralised for spreadsheets, Markdown and Word in
 * yearbook form.
 */
class ChronicleExporterTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private final ChronicleExporter exporter = new ChronicleExporter();

	private static ChronicleEntry entry(String department, String title, String content) {
		return new ChronicleEntry(LocalDate.parse("2022-06-08"), LocalDate.parse("2022-06-09"), DatePrecision.DAY,
				"6月8日至9日", List.of(department), title, content, List.of("大事记（2022年）.csv"), List.of());
	}

	private static ChronicleEntry entry(String start, String end, DatePrecision precision, String label, String title,
			String content) {
		return new ChronicleEntry(LocalDate.parse(start), LocalDate.parse(end), precision, label, List.of("省应急管理厅"),
				title, content, List.of("2022年大事记.xlsx"), List.of());
	}

	private String export(List<ChronicleEntry> entries, ChronicleExporter.Format format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exporter.write("2022年大事记", entries, format, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void csvNeutralisesEveryTriggerCharacterAndKeepsTheRest() throws Exception {
		List<ChronicleEntry> entries = List.of(
				entry("2022-01-05", "2022-01-05", DatePrecision.DAY, "1月5日", "=SUM(A1)", "+1"),
				entry("2022-01-06", "2022-01-06", DatePrecision.DAY, "1月6日", "-2", "@me"),
				entry("2022-01-07", "2022-01-07", DatePrecision.DAY, "1月7日", "\tTAB", "\rCR"),
				entry("2022-01-08", "2022-01-08", DatePrecision.DAY, "1月8日", "召开会议", "内容"));
		String csv = export(entries, ChronicleExporter.Format.CSV);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("start,end,precision,label,departments,title,content,sources");
		assertThat(lines.get(1)).isEqualTo("2022-01-05,2022-01-05,day,1月5日,省应急管理厅,'=SUM(A1),'+1,2022年大事记.xlsx");
		assertThat(lines.get(2)).isEqualTo("2022-01-06,2022-01-06,day,1月6日,省应急管理厅,'-2,'@me,2022年大事记.xlsx");
		assertThat(csv).contains(",'\tTAB,\"'\rCR\",");
		assertThat(lines).contains("2022-01-08,2022-01-08,day,1月8日,省应急管理厅,召开会议,内容,2022年大事记.xlsx");
	}

	@Test
	void markdownHasMonthHeadingsAndLabelLedEntries() throws Exception {
		String md = export(
				List.of(entry("2022-01-05", "2022-01-05", DatePrecision.DAY, "1月5日", "召开会议", ""),
						entry("2022-06-11", "2022-06-20", DatePrecision.XUN, "6月中旬", "开展检查", "覆盖全省"),
						entry("2022-01-01", "2022-12-31", DatePrecision.YEAR, "全年", "编纂书籍", "")),
				ChronicleExporter.Format.MD);
		assertThat(md).isEqualTo("# 2022年大事记\n\n## 一月\n\n**1月5日**\u3000召开会议。\n\n## 六月\n\n"
				+ "**6月中旬**\u3000开展检查。覆盖全省\n\n## 全年\n\n**全年**\u3000编纂书籍。\n\n");
	}

	@Test
	void aCitysEventNamesItsPlaceInTheProvincialChronicleUnlessItsTextDoes() throws Exception {
		ChronicleExporter placed = new ChronicleExporter(REFERENCE);
		List<ChronicleEntry> entries = List.of(entry("雅安市地方志办公室", "举办全市地方志成果评审会", "评审各县（区）地方志编纂成果。"),
				entry("雅安市地方志办公室", "雅安市芦山县发生6.1级地震", ""), entry("雅安市地方志办公室", "召开会议", "雅安全市参加。"),
				entry("省委办公厅", "召开全省会议", ""));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		placed.write("2022年大事记", entries, ChronicleExporter.Format.MD, out);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("雅安市举办全市地方志成果评审会。评审各县（区）地方志编纂成果。")
			.contains("\u3000雅安市芦山县发生6.1级地震。\n")
			.contains("\u3000召开会议。雅安全市参加。")
			.contains("\u3000召开全省会议。");
		out.reset();
		placed.writeOwn("雅安市地方志办公室2022年大事记", entries, ChronicleExporter.Format.MD, out);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\u3000举办全市地方志成果评审会。评审");
	}

	@Test
	void wordIsA4WithChineseFontsAndTheSameOrder() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exporter.write("2022年大事记",
				List.of(entry("2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "雅安市芦山县发生6.1级地震", "")),
				ChronicleExporter.Format.DOCX, out);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts).containsExactly("2022年大事记", "六月", "6月1日\u3000雅安市芦山县发生6.1级地震。");
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
			assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getH()).hasToString("16838");
			assertThat(doc.getParagraphs()
				.get(2)
				.getRuns()
				.get(0)
				.getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
			assertThat(doc.getParagraphs().get(2).getRuns().get(0).isBold()).isTrue();
		}
	}

}
