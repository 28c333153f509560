package org.annals.deliverables;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.annals.PostgresTestSupport;
import org.annals.deliverables.DeliverableStatus.State;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: each deliverable's status for a data year, from what the departments sent.
 */
class DeliverablesIntegrationTests extends PostgresTestSupport {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	Deliverables deliverables;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	DeliverableStatuses statuses;

	@Test
	void aDepartmentThatSentNothingOwesUntilItsDueDateAndIsOverdueAfter() {
		// 地方政府债务 of 2025 is due 2026-04-30
		assertThat(status(on(2026, 4, 30), "省财政厅", "地方政府债务", 1).state()).isEqualTo(State.OWED);
		DeliverableStatus overdue = status(on(2026, 5, 6), "省财政厅", "地方政府债务", 1);
		assertThat(overdue.state()).isEqualTo(State.OVERDUE);
		assertThat(overdue.due()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(overdue.latest()).isNull();
		assertThat(overdue.stateLabel(Locale.CHINESE)).isEqualTo("逾期");
	}

	@Test
	void aLoadedFileThatGivesAFigureOfTheYearIsSubmitted() {
		long id = submission("省统计局", "2025年主要经济指标.xlsx", "loaded", "statistics", at(2026, 3, 2));
		coverage(id, "gdp", 2025);
		DeliverableStatus status = status(on(2026, 5, 6), "省统计局", "国民经济主要指标", 1);
		assertThat(status.state()).isEqualTo(State.SUBMITTED);
		assertThat(status.latest().id()).isEqualTo(id);
		assertThat(status.latestLabel(Locale.CHINESE)).startsWith("2025年主要经济指标.xlsx（#" + id + "，已导入，");
		// a figure of another year is not this year's deliverable
		assertThat(status(on(2027, 5, 6), "省统计局", "国民经济主要指标", 1).state()).isEqualTo(State.OVERDUE);
	}

	@Test
	void aRejectedFileWithNoCorrectionSinceIsRejectedUntilACorrectedOneIsLoaded() {
		long rejected = submission("省农业农村厅", "农业指标.xlsx", "rejected", "statistics", at(2026, 3, 10));
		coverage(rejected, "primary_industry_va", 2025);
		DeliverableStatus status = status(on(2026, 3, 20), "省农业农村厅", "农业农村主要指标", 1);
		assertThat(status.state()).isEqualTo(State.REJECTED_UNCORRECTED);
		assertThat(status.latest().status()).isEqualTo("rejected");
		assertThat(status.stateLabel(Locale.CHINESE)).isEqualTo("退回未改");
		long corrected = submission("省农业农村厅", "农业指标（修改）.xlsx", "loaded", "statistics", at(2026, 3, 25));
		coverage(corrected, "primary_industry_va_growth", 2025);
		DeliverableStatus after = status(on(2026, 4, 2), "省农业农村厅", "农业农村主要指标", 1);
		assertThat(after.state()).isEqualTo(State.SUBMITTED);
		assertThat(after.latest().id()).isEqualTo(corrected);
	}

	@Test
	void anEventLogCountsForTheQuarterItsEventsAreIn() {
		long id = submission("省委办公厅", "2025年第二季度大事记.docx", "loaded", "events", at(2025, 7, 8));
		event(id, LocalDate.of(2025, 5, 12));
		List<DeliverableStatus> quarters = statusesOn(on(2025, 7, 10), 2025).stream()
			.filter((s) -> s.deliverable().name().equals("全省大事记"))
			.toList();
		assertThat(quarters).extracting(DeliverableStatus::state)
			.containsExactly(State.OVERDUE, State.SUBMITTED, State.OWED, State.OWED);
		// the first quarter was due on the 15th working day after 03-31 (04-04 off)
		assertThat(quarters.get(0).due()).isEqualTo(LocalDate.of(2025, 4, 22));
	}

	@Test
	void theListSpeaksChineseAndEnglishAndTheBeanCountsToday() {
		StringWriter zh = new StringWriter();
		DeliverableStatuses fixed = new DeliverableStatuses(this.jdbcClient, this.deliverables, this.workingDays,
				on(2026, 5, 6));
		DeliverableReport.write(2025, fixed.today(), fixed.of(2025), Locale.CHINESE, new PrintWriter(zh, true));
		assertThat(zh.toString()).startsWith("2025 年度应报资料（今天是 2026-05-06）")
			.contains("省财政厅\t地方政府债务\t2025年\t2026-04-30\t逾期\t—");
		StringWriter en = new StringWriter();
		DeliverableReport.write(2025, fixed.today(), fixed.of(2025), Locale.ENGLISH, new PrintWriter(en, true));
		assertThat(en.toString()).contains("省财政厅\t地方政府债务\t2025\t2026-04-30\toverdue\t-");
		assertThat(this.statuses.currentDataYear()).isEqualTo(LocalDate.now(SHANGHAI).getYear() - 1);
	}

	private DeliverableStatus status(Clock clock, String department, String name, int term) {
		return statusesOn(clock, LocalDate.now(clock).getYear() - 1).stream()
			.filter((s) -> s.deliverable().department().equals(department) && s.deliverable().name().equals(name)
					&& s.term().index() == term)
			.findFirst()
			.orElseThrow();
	}

	private List<DeliverableStatus> statusesOn(Clock clock, int year) {
		return new DeliverableStatuses(this.jdbcClient, this.deliverables, this.workingDays, clock).of(year);
	}

	private static Clock on(int year, int month, int day) {
		return Clock.fixed(LocalDate.of(year, month, day).atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
	}

	private static LocalDateTime at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(9, 30);
	}

	private long submission(String department, String name, String status, String kind, LocalDateTime received) {
		String sha = String.format("%064x", (long) (name + department + status).hashCode() & 0xffffffffL);
		return this.jdbcClient
			.sql("insert into ingest_submission (sha256, department, original_name, size_bytes, status, kind, "
					+ "received_at, finished_at) values (?, ?, ?, 100, ?, ?, ?, ?) returning id")
			.params(sha, department, name, status, kind, received, received.plusMinutes(5))
			.query(Long.class)
			.single();
	}

	private void coverage(long submission, String indicator, int year) {
		this.jdbcClient
			.sql("insert into ingest_coverage (submission_id, indicator_code, fact_year, facts) values (?, ?, ?, 1)")
			.params(submission, indicator, year)
			.update();
	}

	private void event(long submission, LocalDate day) {
		this.jdbcClient
			.sql("insert into ingest_event (submission_id, department, sheet, cell, row_index, start_date, end_date, "
					+ "date_precision, label, date_written, title, content, state) "
					+ "values (?, '省委办公厅', '大事记', 'A2', 2, ?, ?, 'day', '5月12日', '5月12日', '标题', '内容', 'current')")
			.params(submission, day, day)
			.update();
	}

}
