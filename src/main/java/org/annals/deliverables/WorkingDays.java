package org.annals.deliverables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.annals.deliverables.internal.DeliverablesMessages;
import org.annals.reference.InvalidDescriptorException;

/**
 * China's working days: Monday to Friday, less the public holidays, plus the weekend days
 * worked in their place (调休上班日), as the State Council's yearly notices arrange them
 * ({@code jobs/reference/holidays.csv}, made by {@code ops/reference/make-holidays.py}).
 * A date in a year the calendar does not cover is refused with
 * {@link UncoveredYearException}, never guessed.
 */
public final class WorkingDays {

	/** The calendar's path under {@code jobs/}. */
	public static final String FILE = "reference/holidays.csv";

	private final Map<LocalDate, Boolean> exceptions;

	private final int firstYear;

	private final int lastYear;

	private WorkingDays(Map<LocalDate, Boolean> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
		TreeSet<Integer> years = new TreeSet<>();
		exceptions.keySet().forEach((d) -> years.add(d.getYear()));
		this.firstYear = years.isEmpty() ? 0 : years.first();
		this.lastYear = years.isEmpty() ? -1 : years.last();
	}

	/**
	 * Reads a calendar in the CSV form {@code date,kind,name} ({@code kind} is
	 * {@code holiday} or {@code workday}); the years it covers are those from its first
	 * row's to its last row's.
	 * @param csv the CSV, UTF-8, with a header row
	 * @return the calendar
	 * @throws IOException when it cannot be read
	 * @throws InvalidDescriptorException when a row is not a date, a kind and a name
	 */
	public static WorkingDays read(InputStream csv) throws IOException {
		Map<LocalDate, Boolean> exceptions = new HashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		String line = reader.readLine();
		int number = 1;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",", 3);
			if (cells.length < 2 || !(cells[1].equals("holiday") || cells[1].equals("workday"))) {
				throw bad(number, line);
			}
			try {
				if (exceptions.put(LocalDate.parse(cells[0]), cells[1].equals("workday")) != null) {
					throw bad(number, line);
				}
			}
			catch (DateTimeParseException ex) {
				throw bad(number, line);
			}
		}
		return new WorkingDays(exceptions);
	}

	private static InvalidDescriptorException bad(int number, String line) {
		return new InvalidDescriptorException(FILE,
				DeliverablesMessages.text(Locale.CHINESE, "deliverables.calendar.badRow", number, line));
	}

	/**
	 * Whether the calendar has a year's holiday arrangement.
	 * @param year the year
	 * @return true when it does
	 */
	public boolean covers(int year) {
		return year >= this.firstYear && year <= this.lastYear;
	}

	/**
	 * Whether a date is a working day.
	 * @param date the date
	 * @return true on a working day
	 * @throws UncoveredYearException when the calendar does not cover its year
	 */
	public boolean isWorkingDay(LocalDate date) {
		if (!covers(date.getYear())) {
			throw new UncoveredYearException(date.getYear(), this.firstYear, this.lastYear);
		}
		Boolean exception = this.exceptions.get(date);
		if (exception != null) {
			return exception;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * The Nth working day after a date: with n = 1 the first working day after it.
	 * @param date the date, not counted
	 * @param n how many working days, at least 1
	 * @return the Nth working day after {@code date}
	 * @throws UncoveredYearException when the count runs into a year not covered
	 */
	public LocalDate workingDaysAfter(LocalDate date, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("n must be at least 1: " + n);
		}
		LocalDate day = date;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * How many working days there are after one date up to another, that one included:
	 * {@code between(d, workingDaysAfter(d, n)) == n}. Negative when {@code to} is before
	 * {@code from}.
	 * @param from the first date, not counted
	 * @param to the last date, counted
	 * @return the number of working days
	 * @throws UncoveredYearException when the span runs into a year not covered
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
