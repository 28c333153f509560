package org.annals.deliverables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.annals.reference.InvalidDescriptorException;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeliverablesTests {

	private static final Path JOBS = Path.of("jobs");

	private static ReferenceData reference;

	private static WorkingDays days;

	@TempDir
	Path temp;

	@BeforeAll
	static void readTheShippedJobs() throws IOException {
		reference = ReferenceData.load(new JobsDirectory(JOBS));
		try (InputStream in = Files.newInputStream(JOBS.resolve(WorkingDays.FILE))) {
			days = WorkingDays.read(in);
		}
	}

	@Test
	void theShippedFileNamesWhatTheSampleDepartmentsOweAndWhen() {
		Deliverables deliverables = Deliverables.read(new JobsDirectory(JOBS), reference);
		assertThat(deliverables.all()).extracting(Deliverable::department)
			.contains("省统计局", "省财政厅", "省委办公厅", "成都市地方志办公室");
		Deliverable main = find(deliverables, "省统计局", "国民经济主要指标");
		assertThat(main.kind()).isEqualTo(Deliverable.Kind.STATISTICS);
		assertThat(main.indicators()).contains("gdp", "general_budget_revenue", "per_capita_consumption");
		assertThat(main.due().of(Period.YEAR.terms(2025).get(0), days)).isEqualTo(LocalDate.of(2026, 3, 31));
		Deliverable chronicle = find(deliverables, "省委办公厅", "全省大事记");
		assertThat(chronicle.period()).isEqualTo(Period.QUARTER);
		Term first = chronicle.period().terms(2025).get(0);
		assertThat(first.label(Locale.CHINESE)).isEqualTo("2025年第一季度");
		assertThat(first.label(Locale.ENGLISH)).isEqualTo("Q1 2025");
		// 15 working days after 2025-03-31: 04-04 (清明) is off
		assertThat(chronicle.due().of(first, days)).isEqualTo(LocalDate.of(2025, 4, 22));
		Term fourth = chronicle.period().terms(2026).get(3);
		assertThat(fourth.start()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThatExceptionOfType(UncoveredYearException.class).isThrownBy(() -> chronicle.due().of(fourth, days))
			.withMessageStartingWith("2027 年的节假日安排尚未发布");
	}

	@Test
	void halfYearsEndInJuneAndDecemberAndTheirDueDatesCountFromThere() {
		Deliverable halves = find(Deliverables.read(new JobsDirectory(JOBS), reference), "雅安市地方志办公室", "雅安市大事记");
		Term first = halves.period().terms(2025).get(0);
		Term second = halves.period().terms(2025).get(1);
		assertThat(first.end()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(second.start()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(second.label(Locale.CHINESE)).isEqualTo("2025年下半年");
		assertThat(second.label(Locale.ENGLISH)).isEqualTo("second half of 2025");
		// 20 working days after 2025-12-31: 2026-01-01..03 off, 01-04 (Sunday) worked
		assertThat(halves.due().of(second, days)).isEqualTo(LocalDate.of(2026, 1, 29));
	}

	@Test
	void anUnknownDepartmentIsNamedWithItsField() throws IOException {
		assertRejected(
				"deliverables:\n  - department: 省外办\n    owes:\n      - name: 外事大事记\n"
						+ "        chronicle: year\n        due: {date: \"03-31\"}\n",
				"deliverables[0].department", "部门文件夹“省外办”不在 departments.yml 中");
	}

	@Test
	void anUnknownIndicatorOrTableIsNamedWithItsField() throws IOException {
		assertRejected(
				"deliverables:\n  - department: 省统计局\n    owes:\n      - name: 主要指标\n"
						+ "        statistics: {indicators: [gdp, gpd]}\n        due: {date: \"03-31\"}\n",
				"deliverables[0].owes[0].statistics.indicators[1]", "指标“gpd”不在 indicators.yml 中");
		assertRejected(
				"deliverables:\n  - department: 省统计局\n    owes:\n      - name: 主要指标\n"
						+ "        statistics: {tables: [populaton]}\n        due: {date: \"03-31\"}\n",
				"deliverables[0].owes[0].statistics.tables[0]", "表“populaton”不在 jobs/tables 中");
	}

	@Test
	void aMisspelledKeyIsNamedWithItsLine() throws IOException {
		assertRejected(
				"deliverables:\n  - department: 省统计局\n    owes:\n      - name: 主要指标\n"
						+ "        statistics: {tables: [population]}\n        dew: {date: \"03-31\"}\n",
				"第 7 行前后", "deliverables[0].owes[0].dew");
	}

	@Test
	void aDueDateIsOneOfTheThreeFormsAndARealDay() throws IOException {
		String head = "deliverables:\n  - department: 省委办公厅\n    owes:\n      - name: 大事记\n";
		assertRejected(head + "        chronicle: quarter\n        due: {date: \"04-15\"}\n",
				"deliverables[0].owes[0].due", "working_days_after: period_end");
		assertRejected(head + "        chronicle: year\n        due: {working_days_after: \"01-01\"}\n",
				"deliverables[0].owes[0].due", "n（至少为 1）");
		assertRejected(head + "        chronicle: year\n        due: {date: \"13-01\"}\n",
				"deliverables[0].owes[0].due.date", "“13-01”不是 MM-DD 格式的日期");
		assertRejected(head + "        chronicle: monthly\n        due: {working_days_after: period_end, n: 5}\n",
				"deliverables[0].owes[0].chronicle", "不是“monthly”");
	}

	@Test
	void aDeliverableIsStatisticsOrEventsNotBoth() throws IOException {
		assertRejected("deliverables:\n  - department: 省统计局\n    owes:\n      - name: 主要指标\n"
				+ "        statistics: {tables: [population]}\n        chronicle: year\n        due: {date: \"03-31\"}\n",
				"deliverables[0].owes[0]", "只写一个");
	}

	private void assertRejected(String yaml, String... mentions) throws IOException {
		Files.writeString(this.temp.resolve(Deliverables.FILE), yaml, StandardCharsets.UTF_8);
		assertThatExceptionOfType(InvalidDescriptorException.class)
			.isThrownBy(() -> Deliverables.read(new JobsDirectory(this.temp), reference))
			.withMessageStartingWith("jobs/deliverables.yml: ")
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(mentions));
	}

	private static Deliverable find(Deliverables deliverables, String department, String name) {
		return deliverables.all()
			.stream()
			.filter((d) -> d.department().equals(department) && d.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
