package org.annals.chronicle.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.DatePrecision;
import org.annals.reference.ChronicleMerges;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging the same event reported by several departments, the editor's overrides, and the
 * order a yearbook prints entries in.
 */
class ChronicleCompilerTests {

	private final List<ChronicleEvent> events = new ArrayList<>();

	private ChronicleEvent event(String department, String start, String end, DatePrecision precision, String label,
			String title) {
		ChronicleEvent event = new ChronicleEvent(this.events.size() + 1, department, department + ".xlsx",
				LocalDate.parse(start), LocalDate.parse(end), precision, label, title, "");
		this.events.add(event);
		return event;
	}

	private List<ChronicleEntry> compile() {
		return new ChronicleCompiler(ChronicleMerges.NONE).compile(this.events);
	}

	private static List<String> titles(List<ChronicleEntry> entries) {
		return entries.stream().map(ChronicleEntry::title).toList();
	}

	@Test
	void theSameEventFromTwoDepartmentsIsOneEntryWithBoth() {
		event("省应急管理厅", "2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "雅安市芦山县发生6.1级地震");
		event("雅安市地方志办公室", "2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "芦山县发生6.1级地震");
		List<ChronicleEntry> entries = compile();
		assertThat(entries).singleElement().satisfies((entry) -> {
			assertThat(entry.title()).isEqualTo("雅安市芦山县发生6.1级地震");
			assertThat(entry.departments()).containsExactly("省应急管理厅", "雅安市地方志办公室");
			assertThat(entry.sources()).containsExactly("省应急管理厅.xlsx", "雅安市地方志办公室.xlsx");
			assertThat(entry.events()).extracting(ChronicleEvent::title)
				.containsExactly("雅安市芦山县发生6.1级地震", "芦山县发生6.1级地震");
		});
	}

	@Test
	void aCompatibleLessPreciseDateMergesAndTheMorePreciseDateIsKept() {
		event("雅安市地方志办公室", "2022-06-01", "2022-06-30", DatePrecision.MONTH, "6月", "芦山县发生6.1级地震");
		event("省应急管理厅", "2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "雅安市芦山县发生6.1级地震");
		assertThat(compile()).singleElement().satisfies((entry) -> {
			assertThat(entry.label()).isEqualTo("6月1日");
			assertThat(entry.precision()).isEqualTo(DatePrecision.DAY);
			assertThat(entry.title()).isEqualTo("芦山县发生6.1级地震");
		});
	}

	@Test
	void alikeTitlesOnDatesThatDoNotOverlapStayApart() {
		event("省应急管理厅", "2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "召开全省防汛减灾工作视频会议");
		event("省应急管理厅", "2022-07-01", "2022-07-01", DatePrecision.DAY, "7月1日", "召开全省防汛减灾工作视频会议");
		assertThat(compile()).hasSize(2);
	}

	@Test
	void differentEventsOnTheSameDayStayApart() {
		event("省应急管理厅", "2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "派出工作组督导芦山地震灾区过渡安置");
		event("雅安市地方志办公室", "2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "举办全市地方志成果评审会");
		assertThat(compile()).hasSize(2);
	}

	@Test
	void anEditorCanSplitAWrongMerge() {
		event("省应急管理厅", "2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "雅安市芦山县发生6.1级地震");
		event("雅安市地方志办公室", "2022-06-01", "2022-06-01", DatePrecision.DAY, "6月1日", "芦山县发生6.1级地震");
		ChronicleMerges merges = new ChronicleMerges(List.of(), List.of(List.of("雅安市芦山县发生6.1级地震", "芦山县发生6.1级地震")));
		assertThat(new ChronicleCompiler(merges).compile(this.events)).hasSize(2);
	}

	@Test
	void anEditorCanForceAMerge() {
		event("省委办公厅", "2022-03-01", "2022-03-01", DatePrecision.DAY, "3月1日", "省委常委会召开会议");
		event("省政府办公厅", "2022-03-02", "2022-03-02", DatePrecision.DAY, "3月2日", "研究部署春耕生产");
		ChronicleMerges merges = new ChronicleMerges(List.of(List.of("省委常委会召开会议", "研究部署春耕生产")), List.of());
		assertThat(new ChronicleCompiler(merges).compile(this.events)).singleElement()
			.satisfies((entry) -> assertThat(entry.departments()).containsExactly("省委办公厅", "省政府办公厅"));
	}

	@Test
	void entriesFollowTheYearbookOrder() {
		event("A", "2022-01-01", "2022-12-31", DatePrecision.YEAR, "全年", "全年");
		event("A", "2022-07-01", "2022-12-31", DatePrecision.HALF, "下半年", "下半年");
		event("A", "2022-06-01", "2022-06-30", DatePrecision.MONTH, "6月", "六月整月");
		event("A", "2022-04-01", "2022-06-30", DatePrecision.QUARTER, "第二季度", "第二季度");
		event("A", "2022-01-01", "2022-06-30", DatePrecision.HALF, "上半年", "上半年");
		event("A", "2022-06-21", "2022-06-30", DatePrecision.XUN, "6月下旬", "六月下旬");
		event("A", "2022-06-30", "2022-06-30", DatePrecision.DAY, "6月30日", "六月三十日");
		event("A", "2022-06-01", "2022-06-10", DatePrecision.XUN, "6月上旬", "六月上旬");
		event("A", "2022-06-10", "2022-06-10", DatePrecision.DAY, "6月10日", "六月十日");
		event("A", "2022-06-08", "2022-06-09", DatePrecision.DAY, "6月8日至9日", "八日至九日");
		event("A", "2022-06-29", "2022-07-02", DatePrecision.DAY, "6月29日至7月2日", "跨月");
		event("A", "2022-07-01", "2022-07-01", DatePrecision.DAY, "7月1日", "七月一日");
		assertThat(titles(compile())).containsExactly("八日至九日", "六月十日", "六月上旬", "跨月", "六月三十日", "六月下旬", "六月整月", "第二季度",
				"上半年", "七月一日", "下半年", "全年");
	}

	@Test
	void entriesWithEqualKeysKeepTheOrderOfSubmission() {
		event("A", "2022-05-20", "2022-05-20", DatePrecision.DAY, "5月20日", "先报的会议");
		event("B", "2022-05-20", "2022-05-20", DatePrecision.DAY, "5月20日", "后报的检查");
		event("A", "2022-05-20", "2022-05-20", DatePrecision.DAY, "5月20日", "同日的第三件事");
		assertThat(titles(compile())).containsExactly("先报的会议", "后报的检查", "同日的第三件事");
	}

	@Test
	void titlesAreAlikeByContainmentOrSharedCharacterPairs() {
		assertThat(Similarity.alike("雅安市芦山县发生6.1级地震", "芦山县发生6.1级地震。")).isTrue();
		assertThat(Similarity.alike("召开全省应急管理工作会议", "召开2022年全省应急管理工作会议")).isTrue();
		assertThat(Similarity.alike("召开全省防汛减灾工作视频会议", "召开全省应急救援队伍汛前拉练动员会")).isFalse();
		assertThat(Similarity.alike("地震", "雅安地震")).isFalse();
	}

}
