package org.annals.chronicle.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.annals.chronicle.DatePrecision;
import org.annals.support.Messages;

/**
 * An editor's date as the chronicle keeps it: the period a precision gives the first day
 * (6月中旬 is the 11th to the 20th), and its label as a yearbook prints it, in Chinese
 * whatever the page's language, as the departments' labels are.
 */
public final class DateLabels {

	private DateLabels() {
	}

	/**
	 * The last day of the period of a precision that starts on or contains a day.
	 * @param start the first day given
	 * @param end the last day given (only a day range uses it), or null
	 * @param precision the precision
	 * @return the period's first and last day
	 */
	public static LocalDate[] period(LocalDate start, LocalDate end, DatePrecision precision) {
		YearMonth month = YearMonth.from(start);
		return switch (precision) {
			case DAY -> new LocalDate[] { start, (end == null || end.isBefore(start)) ? start : end };
			case XUN -> {
				int xun = Math.min((start.getDayOfMonth() - 1) / 10, 2);
				yield new LocalDate[] { month.atDay(xun * 10 + 1),
						(xun == 2) ? month.atEndOfMonth() : month.atDay(xun * 10 + 10) };
			}
			case MONTH -> new LocalDate[] { month.atDay(1), month.atEndOfMonth() };
			case QUARTER -> {
				int first = (start.getMonthValue() - 1) / 3 * 3 + 1;
				yield new LocalDate[] { LocalDate.of(start.getYear(), first, 1),
						YearMonth.of(start.getYear(), first + 2).atEndOfMonth() };
			}
			case HALF -> (start.getMonthValue() <= 6)
					? new LocalDate[] { LocalDate.of(start.getYear(), 1, 1), LocalDate.of(start.getYear(), 6, 30) }
					: new LocalDate[] { LocalDate.of(start.getYear(), 7, 1), LocalDate.of(start.getYear(), 12, 31) };
			case YEAR -> new LocalDate[] { LocalDate.of(start.getYear(), 1, 1), LocalDate.of(start.getYear(), 12, 31) };
		};
	}

	/**
	 * A period's label as a yearbook prints it: 6月8日, 6月8日至9日, 6月30日至7月2日, 6月中旬, 6月,
	 * 第二季度, 上半年, 全年.
	 * @param start the first day
	 * @param end the last day
	 * @param precision the precision
	 * @return the label
	 */
	public static String label(LocalDate start, LocalDate end, DatePrecision precision) {
		int m = start.getMonthValue();
		return switch (precision) {
			case DAY -> start.equals(end) ? get("day", m, start.getDayOfMonth())
					: (end.getMonthValue() == m) ? get("days", m, start.getDayOfMonth(), end.getDayOfMonth())
							: get("daysAcross", m, start.getDayOfMonth(), end.getMonthValue(), end.getDayOfMonth());
			case XUN -> get("xun." + Math.min((start.getDayOfMonth() - 1) / 10 + 1, 3), m);
			case MONTH -> get("month", m);
			case QUARTER -> get("quarter." + ((m - 1) / 3 + 1));
			case HALF -> get("half." + ((m <= 6) ? 1 : 2));
			case YEAR -> Messages.get(Messages.CHINESE, "chronicle.wholeYear");
		};
	}

	private static String get(String key, Object... args) {
		Object[] plain = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			plain[i] = String.valueOf(args[i]);
		}
		return Messages.get(Messages.CHINESE, "chronicle.label." + key, plain);
	}

}
