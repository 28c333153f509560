package org.annals.ingest.internal.normalize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways an event log writes a date, each a pattern on folded text (full-width forms
 * already half-width, one character for one, so positions still point into what was
 * written) and the period it names. Kept apart from {@link EventDates} so that the list
 * of forms reads as one table.
 */
enum DateForm {

	/** 同日 or 当日: the day of the previous entry. */
	SAME("同日|当日") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			return (previous != null)
					? new EventDate(previous.start(), previous.end(), previous.precision(), previous.label(), written)
					: null;
		}
	},

	/** 2022.6.15, 2022/06/15, 2022-06-15. */
	NUMERIC("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			return single(day(number(m, 1), number(m, 3), number(m, 4)), written);
		}
	},

	/** 2022年12月30日至2023年1月2日. */
	YEARS_RANGE(Parts.YEAR + Parts.DAY + Parts.SEPARATOR + "(\\d{4})年(\\d{1,2})月(\\d{1,2})日") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			int year = year(m, defaultYear);
			return range(day(year, number(m, 2), number(m, 3)), day(number(m, 4), number(m, 5), number(m, 6)), written);
		}
	},

	/** 6月30日至7月2日, 6月8日至6月9日. */
	MONTHS_RANGE(Parts.YEAR + Parts.DAY + Parts.SEPARATOR + "(\\d{1,2})月(\\d{1,2})日") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			int year = year(m, defaultYear);
			return range(day(year, number(m, 2), number(m, 3)), day(year, number(m, 4), number(m, 5)), written);
		}
	},

	/** 6月8日至9日, 6月8—9日. */
	DAYS_RANGE(Parts.YEAR + Parts.DAY + Parts.SEPARATOR + "(\\d{1,2})日") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			int year = year(m, defaultYear);
			int month = number(m, 2);
			return range(day(year, month, number(m, 3)), day(year, month, number(m, 4)), written);
		}
	},

	/** 6月15日, 2022年6月15日, and 6月15 without 日. */
	DAY(Parts.YEAR + "(\\d{1,2})月(\\d{1,2})(?:日|(?!\\d))") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			return single(day(year(m, defaultYear), number(m, 2), number(m, 3)), written);
		}
	},

	/** 6月上旬, 6月初, 6月中, 6月底, 6月末, with or without 旬. */
	XUN(Parts.YEAR + "(\\d{1,2})月(?:([上中下])旬|([初中底末])旬?)") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			YearMonth month = month(year(m, defaultYear), number(m, 2));
			if (month == null) {
				return null;
			}
			String part = (m.group(3) != null) ? m.group(3) : m.group(4);
			int xun = "上初".contains(part) ? 0 : ("中".equals(part) ? 1 : 2);
			LocalDate start = month.atDay(xun * 10 + 1);
			LocalDate end = (xun < 2) ? start.plusDays(9) : month.atEndOfMonth();
			return period(start, end, DatePrecision.XUN, month.getMonthValue() + "月" + "上中下".charAt(xun) + "旬",
					written);
		}
	},

	/** 6月, 2022年6月. */
	MONTH(Parts.YEAR + "(\\d{1,2})月") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			YearMonth month = month(year(m, defaultYear), number(m, 2));
			return (month != null) ? period(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH,
					month.getMonthValue() + "月", written) : null;
		}
	},

	/** 第一季度, 一季度, 1季度, 第1季度, 2022年第一季度. */
	QUARTER(Parts.YEAR + "第?([1-4一二三四])季度") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			int quarter = "1234一二三四".indexOf(m.group(2)) % 4;
			LocalDate start = LocalDate.of(year(m, defaultYear), quarter * 3 + 1, 1);
			return period(start, start.plusMonths(3).minusDays(1), DatePrecision.QUARTER,
					"第" + "一二三四".charAt(quarter) + "季度", written);
		}
	},

	/** 上半年, 下半年, 2022年上半年. */
	HALF(Parts.YEAR + "([上下])半年") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			LocalDate start = LocalDate.of(year(m, defaultYear), "上".equals(m.group(2)) ? 1 : 7, 1);
			return period(start, start.plusMonths(6).minusDays(1), DatePrecision.HALF, m.group(2) + "半年", written);
		}
	},

	/** 2022年, 全年, 是年, 本年. */
	YEAR("(\\d{4})年(?:全年)?|全年|是年|本年") {
		@Override
		EventDate date(Matcher m, int defaultYear, EventDate previous, String written) {
			int year = year(m, defaultYear);
			return period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, "全年", written);
		}
	};

	private final Pattern pattern;

	DateForm(String regex) {
		this.pattern = Pattern.compile(regex);
	}

	/**
	 * The period the matched text names.
	 * @param m the match of this form's pattern
	 * @param defaultYear the year when none is written
	 * @param previous the previous entry's date, for 同日; may be null
	 * @param written the original wording
	 * @return the date, or null when it is no calendar date (2月30日, 13月) or 同日 has
	 * nothing to refer to
	 */
	abstract EventDate date(Matcher m, int defaultYear, EventDate previous, String written);

	/**
	 * The longest form written at the start of a region of folded text. Longest, because
	 * a shorter form is often the start of a longer one (6月 of 6月上旬, 6月8日 of 6月8日至9日).
	 * @param folded the folded text
	 * @param from where the date would start
	 * @param to where the region ends
	 * @param acceptableEnd whether a form may end at a position
	 * @return the match, or null when no form is written there
	 */
	static Match longest(String folded, int from, int to, IntPredicate acceptableEnd) {
		Match best = null;
		for (DateForm form : values()) {
			Matcher m = form.pattern.matcher(folded).region(from, to);
			if (m.lookingAt() && acceptableEnd.test(m.end()) && (best == null || m.end() > best.matcher().end())) {
				best = new Match(form, m);
			}
		}
		return best;
	}

	private static int year(Matcher m, int defaultYear) {
		return (m.group(1) != null) ? number(m, 1) : defaultYear;
	}

	private static int number(Matcher m, int group) {
		return Integer.parseInt(m.group(group));
	}

	private static YearMonth month(int year, int month) {
		return (month >= 1 && month <= 12) ? YearMonth.of(year, month) : null;
	}

	private static LocalDate day(int year, int month, int day) {
		YearMonth ym = month(year, month);
		return (ym != null && ym.isValidDay(day)) ? ym.atDay(day) : null;
	}

	/**
	 * A single day.
	 * @param day the day, or null when the written day is no calendar day
	 * @param written the original wording
	 * @return the date, or null
	 */
	static EventDate single(LocalDate day, String written) {
		return (day != null) ? period(day, day, DatePrecision.DAY, dayLabel(day, day), written) : null;
	}

	private static EventDate range(LocalDate start, LocalDate end, String written) {
		if (start == null || end == null || !start.isBefore(end)) {
			return null;
		}
		return period(start, end, DatePrecision.DAY, dayLabel(start, end), written);
	}

	private static String dayLabel(LocalDate start, LocalDate end) {
		String first = start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
		if (start.equals(end)) {
			return first;
		}
		if (start.getYear() != end.getYear()) {
			return start.getYear() + "年" + first + "至" + end.getYear() + "年" + end.getMonthValue() + "月"
					+ end.getDayOfMonth() + "日";
		}
		String month = (start.getMonthValue() != end.getMonthValue()) ? end.getMonthValue() + "月" : "";
		return first + "至" + month + end.getDayOfMonth() + "日";
	}

	private static EventDate period(LocalDate start, LocalDate end, DatePrecision precision, String label,
			String written) {
		return new EventDate(start, end, precision, label, written);
	}

	/**
	 * A form found in text.
	 *
	 * @param form the form
	 * @param matcher its match
	 */
	record Match(DateForm form, Matcher matcher) {

	}

	/**
	 * Pieces shared by several patterns; a holder, since an enum constant cannot refer to
	 * its own type's static fields.
	 */
	private static final class Parts {

		/** An optional written year: group 1. */
		static final String YEAR = "(?:(\\d{4})年)?";

		/** Month and day, 日 optional before a range separator: groups 2 and 3. */
		static final String DAY = "(\\d{1,2})月(\\d{1,2})日?";

		/** 至, 到, —, ——, –, -, ~ (and ～ folded to it), 〜. */
		static final String SEPARATOR = "(?:至|到|\u2014\u2014|[\u2014\u2013~\u301C-])";

	}

}
