package org.annals.deliverables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.annals.reference.InvalidDescriptorException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WorkingDaysTests {

	private static WorkingDays days;

	@BeforeAll
	static void readTheShippedCalendar() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("jobs").resolve(WorkingDays.FILE))) {
			days = WorkingDays.read(in);
		}
	}

	@Test
	void theSpringFestivalOf2024IsOffAndItsSundaysAreWorked() {
		for (LocalDate day = LocalDate.of(2024, 2, 10); day
			.isBefore(LocalDate.of(2024, 2, 18)); day = day.plusDays(1)) {
			assertThat(days.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(days.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2024, 2, 19))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2024, 2, 24))).isFalse();
	}

	@Test
	void theArrangementsOf2025And2026AreThoseTheNoticesMade() {
		assertThat(days.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 2, 4))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 25))).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 7))).isTrue();
	}

	@Test
	void theNthWorkingDayAfterADateSkipsHolidaysAndCountsMakeUpDays() {
		// 2024-02-08 Thu, 09 Fri (a working day), 10..17 off, 18 Sun worked
		assertThat(days.workingDaysAfter(LocalDate.of(2024, 2, 8), 1)).isEqualTo(LocalDate.of(2024, 2, 9));
		assertThat(days.workingDaysAfter(LocalDate.of(2024, 2, 8), 2)).isEqualTo(LocalDate.of(2024, 2, 18));
		// 15 working days after New Year's Day 2026: 01-02, 03 off, 04 (Sunday) worked
		assertThat(days.workingDaysAfter(LocalDate.of(2026, 1, 1), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
		assertThat(days.workingDaysAfter(LocalDate.of(2026, 1, 1), 15)).isEqualTo(LocalDate.of(2026, 1, 22));
		// across a year's end
		assertThat(days.workingDaysAfter(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
	}

	@Test
	void workingDaysBetweenTwoDatesCountTheSecondAndNotTheFirst() {
		// 2025-10-01..08 off; 09 Thu, 10 Fri and 11 (Saturday, worked) count
		assertThat(days.workingDaysBetween(LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 18))).isEqualTo(2);
		assertThat(days.workingDaysBetween(LocalDate.of(2024, 2, 18), LocalDate.of(2024, 2, 8))).isEqualTo(-2);
		assertThat(days.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 12))).isEqualTo(3);
		assertThat(days.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))).isZero();
		LocalDate start = LocalDate.of(2025, 12, 20);
		assertThat(days.workingDaysBetween(start, days.workingDaysAfter(start, 30))).isEqualTo(30);
	}

	@Test
	void aYearWhoseArrangementIsNotPublishedIsRefusedNotGuessed() {
		assertThat(days.covers(2026)).isTrue();
		assertThat(days.covers(2027)).isFalse();
		assertThatExceptionOfType(UncoveredYearException.class)
			.isThrownBy(() -> days.isWorkingDay(LocalDate.of(2027, 3, 1)))
			.satisfies((ex) -> {
				assertThat(ex.year()).isEqualTo(2027);
				assertThat(ex.getMessage()).startsWith("2027 年的节假日安排尚未发布");
				assertThat(ex.message(Locale.ENGLISH)).startsWith("The holiday arrangement of 2027 has not");
			});
		assertThatExceptionOfType(UncoveredYearException.class)
			.isThrownBy(() -> days.workingDaysAfter(LocalDate.of(2026, 12, 31), 1));
	}

	@Test
	void aRowThatIsNotADateAKindAndANameIsNamedByItsNumber() {
		String csv = "date,kind,name\n2024-01-01,holiday,元旦\n2024-02-30,holiday,春节\n";
		assertThatExceptionOfType(InvalidDescriptorException.class)
			.isThrownBy(() -> WorkingDays.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("jobs/reference/holidays.csv")
			.withMessageContaining("第 3 行");
	}

}
