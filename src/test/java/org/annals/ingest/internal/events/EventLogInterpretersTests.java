package org.annals.ingest.internal.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedEvent;
import org.annals.ingest.internal.layout.LayoutDetector;
import org.annals.ingest.internal.layout.SheetContext;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event logs as sheets and as Word paragraphs: which rows become events, what is kept as
 * written, and what is refused.
 */
class EventLogInterpretersTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private final List<StagedEvent> events = new ArrayList<>();

	private final List<Issue> issues = new ArrayList<>();

	private static SheetContext context(String fileName, String sheet) {
		return new SheetContext(REFERENCE, REFERENCE.regions().province(), fileName, sheet, null);
	}

	private static Cell text(int column, String text) {
		return new Cell(column, text, Cell.Kind.TEXT, null);
	}

	private static SheetRow row(int index, Cell... cells) {
		return new SheetRow(index, List.of(cells));
	}

	private void read(List<SheetRow> rows, SheetContext context, boolean document) {
		LayoutDetector.Detection detection = EventLayouts.detect(rows, context, document);
		this.issues.addAll(detection.issues());
		for (SheetRow row : rows.subList(detection.firstDataRow(), rows.size())) {
			RowOutcome outcome = detection.interpreter().interpret(row);
			this.events.addAll(outcome.events());
			this.issues.addAll(outcome.issues());
		}
	}

	@Test
	void aHeaderWithADateAndATitleOrContentColumnIsAnEventLog() {
		assertThat(EventLayouts.looksLikeEventLog(List.of(row(0, text(0, "2022年大事记")),
				row(1, text(0, "日期"), text(1, "报送单位"), text(2, "事项"), text(3, "内容")))))
			.isTrue();
		assertThat(EventLayouts.looksLikeEventLog(List.of(row(0, text(0, "地区"), text(1, "地区生产总值"))))).isFalse();
	}

	@Test
	void rowsBecomeEventsWithTheirDepartmentAndVerbatimText() {
		read(List.of(row(0, text(0, "四川省应急管理厅2022年大事记")),
				row(1, text(0, "日期"), text(1, "报送单位"), text(2, "事项"), text(3, "内容")),
				row(2, text(0, "6月15日"), text(1, " 省应急管理厅 "), text(2, "  召开会议  "), text(3, "部署工作")),
				row(3, text(0, "同日"), text(2, "=开展检查"))), context("x.xlsx", "大事记"), false);
		assertThat(this.events).hasSize(2);
		assertThat(this.events.get(0)).satisfies((e) -> {
			assertThat(e.date().start()).hasToString("2022-06-15");
			assertThat(e.department()).isEqualTo("省应急管理厅");
			assertThat(e.title()).isEqualTo("  召开会议  ");
			assertThat(e.content()).isEqualTo("部署工作");
			assertThat(e.cell()).isEqualTo("A3");
		});
		assertThat(this.events.get(1)).satisfies((e) -> {
			assertThat(e.date().start()).hasToString("2022-06-15");
			assertThat(e.date().written()).isEqualTo("同日");
			assertThat(e.title()).isEqualTo("=开展检查");
			assertThat(e.department()).isEmpty();
		});
	}

	@Test
	void aFormulaKeepsItsFormulaTextAndIsNeverEvaluated() {
		read(List.of(row(0, text(0, "日期"), text(1, "事项")),
				row(1, text(0, "2022年3月1日"), new Cell(1, "42", Cell.Kind.NUMBER, "SUM(A1:A3)"))),
				context("x.xlsx", "大事记"), false);
		assertThat(this.events).singleElement().satisfies((e) -> assertThat(e.title()).isEqualTo("=SUM(A1:A3)"));
	}

	@Test
	void aFormulaWithoutItsTextRefusesTheRow() {
		read(List.of(row(0, text(0, "日期"), text(1, "事项")),
				row(1, text(0, "2022年3月1日"), new Cell(1, "42", Cell.Kind.NUMBER, ""))), context("x.xls", "大事记"), false);
		assertThat(this.events).isEmpty();
		assertThat(this.issues).extracting(Issue::code).contains("FORMULA_TEXT");
	}

	@Test
	void anUnreadableOrMissingDateRefusesOnlyItsRow() {
		read(List.of(row(0, text(0, "日期"), text(1, "事项")), row(1, text(0, "不详"), text(1, "收集资料")),
				row(2, text(1, "没有日期的事")), row(3, text(0, "2022年5月1日"), text(1, "正常的事"))), context("2022年.csv", "csv"),
				false);
		assertThat(this.events).extracting(StagedEvent::title).containsExactly("正常的事");
		assertThat(this.issues).filteredOn((i) -> i.code().equals("BAD_DATE"))
			.extracting(Issue::cell, Issue::chinese)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A2", "日期“不详”无法识别，该行未导入。"),
					org.assertj.core.groups.Tuple.tuple("A3", "日期“（空）”无法识别，该行未导入。"));
	}

	@Test
	void paragraphsLedByDatesAreEventsAndHeadingsAreNot() {
		read(List.of(row(0, text(0, "中共四川省委办公厅2022年大事记")), row(1, text(0, "一月")), row(2, text(0, "1月10日\u3000召开会议。")),
				row(3, text(0, "会议由某某主持。")), row(4, text(0, "六月份")), row(5, text(0, "同日\u3000印发通知。"))),
				context("大事记.docx", "docx"), true);
		assertThat(this.events).extracting(StagedEvent::title).containsExactly("召开会议。", "印发通知。");
		assertThat(this.events).extracting((e) -> e.date().start().toString())
			.containsExactly("2022-01-10", "2022-01-10");
		assertThat(this.issues).filteredOn((i) -> i.code().equals("NO_DATE_PARAGRAPH"))
			.singleElement()
			.satisfies((i) -> {
				assertThat(i.cell()).isEqualTo("P4");
				assertThat(i.chinese()).isEqualTo("段落不以日期开头，未导入：会议由某某主持。");
			});
	}

}
