package org.annals.chronicle.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annals.chronicle.ChronicleCorrection;
import org.annals.chronicle.ChronicleCorrection.Kind;
import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.DatePrecision;
import org.annals.reference.ChronicleMerges;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' corrections as the compiler applies them (issue 24): wording and date on any
 * of an entry's events, merges, splits, the latest one winning; and the dates an editor
 * gives, labelled as a yearbook prints them.
 */
class CorrectionRulesTests {

	private final List<ChronicleEvent> events = new ArrayList<>();

	private final List<ChronicleCorrection> corrections = new ArrayList<>();

	private void event(String department, String day, String title) {
		this.events.add(new ChronicleEvent(this.events.size() + 1, department, department + ".xlsx",
				LocalDate.parse(day), LocalDate.parse(day), DatePrecision.DAY,
				DateLabels.label(LocalDate.parse(day), LocalDate.parse(day), DatePrecision.DAY), title, "内容"));
	}

	private void correct(Kind kind, String department, String title, String otherDepartment, String otherTitle,
			String newTitle, LocalDate start, LocalDate end, DatePrecision precision) {
		this.corrections.add(new ChronicleCorrection(this.corrections.size() + 1, 2022, kind, department, title,
				otherDepartment, otherTitle, newTitle, (newTitle != null) ? "新内容" : null, start, end, precision,
				(start != null) ? DateLabels.label(start, end, precision) : null, "理由", "editor", Instant.now()));
	}

	private List<ChronicleEntry> compile() {
		return new ChronicleCompiler(ChronicleMerges.NONE, new CorrectionRules(this.corrections)).compile(this.events);
	}

	@Test
	void aWordingOfAnyOfItsEventsIsPrintedTheLatestWinning() {
		event("省应急管理厅", "2022-06-01", "雅安市芦山县发生6.1级地震");
		event("雅安市地方志办公室", "2022-06-01", "芦山县发生6.1级地震");
		correct(Kind.WORDING, "雅安市地方志办公室", "芦山县发生6.1级地震", null, null, "芦山发生地震", null, null, null);
		correct(Kind.WORDING, "省应急管理厅", "雅安市芦山县发生6.1级地震", null, null, "雅安市芦山县发生6.1级地震（修订）", null, null, null);
		assertThat(compile()).singleElement().satisfies((entry) -> {
			assertThat(entry.title()).isEqualTo("雅安市芦山县发生6.1级地震（修订）");
			assertThat(entry.content()).isEqualTo("新内容");
			assertThat(entry.events()).extracting(ChronicleEvent::title)
				.containsExactly("雅安市芦山县发生6.1级地震", "芦山县发生6.1级地震");
		});
	}

	@Test
	void aCorrectedDateMovesTheEntryToItsPlace() {
		event("省委办公厅", "2022-01-10", "召开全省党委秘书长会议");
		event("省委办公厅", "2022-03-01", "召开机关党建会议");
		correct(Kind.DATE, "省委办公厅", "召开全省党委秘书长会议", null, null, null, LocalDate.of(2022, 6, 11),
				LocalDate.of(2022, 6, 20), DatePrecision.XUN);
		List<ChronicleEntry> entries = compile();
		assertThat(entries).extracting(ChronicleEntry::title).containsExactly("召开机关党建会议", "召开全省党委秘书长会议");
		assertThat(entries.get(1).label()).isEqualTo("6月中旬");
	}

	@Test
	void aSplitEventStandsAloneAndALaterMergeJoinsWhatItNames() {
		event("省应急管理厅", "2022-06-01", "雅安市芦山县发生6.1级地震");
		event("雅安市地方志办公室", "2022-06-01", "芦山县发生6.1级地震");
		event("雅安市地方志办公室", "2022-11-02", "举办全市地方志业务培训班");
		correct(Kind.SPLIT, "雅安市地方志办公室", "芦山县发生6.1级地震", "省应急管理厅", "雅安市芦山县发生6.1级地震", null, null, null, null);
		assertThat(compile()).hasSize(3);
		correct(Kind.MERGE, "雅安市地方志办公室", "举办全市地方志业务培训班", "雅安市地方志办公室", "芦山县发生6.1级地震", null, null, null, null);
		assertThat(compile()).extracting(ChronicleEntry::title).containsExactly("雅安市芦山县发生6.1级地震", "芦山县发生6.1级地震");
	}

	@Test
	void anEditorsDateIsBoundedAndLabelledAsAYearbookPrintsIt() {
		LocalDate day = LocalDate.of(2022, 6, 15);
		assertThat(DateLabels.period(day, null, DatePrecision.XUN)).containsExactly(LocalDate.of(2022, 6, 11),
				LocalDate.of(2022, 6, 20));
		assertThat(DateLabels.period(LocalDate.of(2022, 2, 25), null, DatePrecision.XUN))
			.containsExactly(LocalDate.of(2022, 2, 21), LocalDate.of(2022, 2, 28));
		assertThat(DateLabels.period(day, null, DatePrecision.QUARTER)).containsExactly(LocalDate.of(2022, 4, 1),
				LocalDate.of(2022, 6, 30));
		assertThat(DateLabels.label(day, day, DatePrecision.DAY)).isEqualTo("6月15日");
		assertThat(DateLabels.label(LocalDate.of(2022, 6, 8), LocalDate.of(2022, 6, 9), DatePrecision.DAY))
			.isEqualTo("6月8日至9日");
		assertThat(DateLabels.label(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 2), DatePrecision.DAY))
			.isEqualTo("6月30日至7月2日");
		assertThat(DateLabels.label(day, day, DatePrecision.MONTH)).isEqualTo("6月");
		assertThat(DateLabels.label(day, day, DatePrecision.QUARTER)).isEqualTo("第二季度");
		assertThat(DateLabels.label(day, day, DatePrecision.HALF)).isEqualTo("上半年");
		assertThat(DateLabels.label(day, day, DatePrecision.YEAR)).isEqualTo("全年");
	}

}
