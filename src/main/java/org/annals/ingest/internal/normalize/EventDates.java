package org.annals.ingest.internal.normalize;

import java.time.LocalDate;
import java.util.Optional;

import org.annals.ingest.internal.normalize.DateForm.Match;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.support.Text;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the dates of a chronicle's event log (大事记) as departments write them: a day
 * ({@code 2022年6月15日}, {@code 2022-06-15}, {@code 6月15日}), a range of days
 * ({@code 6月8日至9日}, {@code 6月30日—7月2日}), a ten-day period ({@code 6月上旬}, {@code 6月底}), a
 * month, a quarter, a half-year, a year ({@code 全年}), {@code 同日} for the previous entry's
 * date, and Excel date cells. Full-width digits and punctuation are read as ASCII; what
 * was written is kept as written.
 * <p>
 * {@code 6月15} without {@code 日} is read as the day: offices drop the 日 in tables, and
 * nothing else would be meant. {@code 15日} alone is not read, since its month lives in a
 * heading this class never sees, nor are Chinese-numeral months ({@code 六月}), which are
 * the month headings of an event log rather than dates of events.
 */
public final class EventDates {

	private static final int FIRST_SERIAL = 20000;

	private static final int LAST_SERIAL = 80000;

	private EventDates() {
	}

	/**
	 * A date at the start of a paragraph and what follows it.
	 *
	 * @param date the date; its written form is the date as the paragraph writes it
	 * @param rest the rest of the paragraph as written, without the separators (spaces,
	 * commas, 、, colons) between it and the date
	 */
	public record Leading(EventDate date, String rest) {

	}

	/**
	 * Reads the date cell of an event log. A date cell, or a number (or text) that is a
	 * whole Excel serial between 20000 and 80000, is a day in Excel's 1900 date system;
	 * other text is read as by {@link #parse(String, int, EventDate)}.
	 * @param cell the cell, may be null
	 * @param defaultYear the year when none is written
	 * @param previous the previous entry's date, for 同日; may be null
	 * @return the date, whose written form is the cell's text as stored; empty when the
	 * cell holds no date
	 */
	public static Optional<EventDate> parse(Cell cell, int defaultYear, EventDate previous) {
		if (cell == null || cell.text() == null || cell.kind() == Cell.Kind.BOOLEAN || cell.kind() == Cell.Kind.ERROR) {
			return Optional.empty();
		}
		// only a date cell's serial may carry a time of day; text and plain numbers are
		// read as serials by the text parser when they are whole
		Optional<EventDate> serial = (cell.kind() == Cell.Kind.DATE) ? serial(cell.text(), true) : Optional.empty();
		return serial.isPresent() ? serial : parse(cell.text(), defaultYear, previous);
	}

	/**
	 * Reads text that is only a date, such as a date cell; a whole Excel serial between
	 * 20000 and 80000 ({@code 44713}) is read as the day it numbers.
	 * @param text the text, may be null
	 * @param defaultYear the year when none is written
	 * @param previous the previous entry's date, for 同日 and 当日; may be null
	 * @return the date, whose written form is the text exactly as given; empty when the
	 * text is not a date, names no calendar day (2月30日, 13月), or is 同日 with no previous
	 * date
	 */
	public static Optional<EventDate> parse(String text, int defaultYear, EventDate previous) {
		if (text == null) {
			return Optional.empty();
		}
		Optional<EventDate> serial = serial(text, false);
		if (serial.isPresent()) {
			return serial;
		}
		String folded = fold(text);
		int from = skip(folded, 0, false);
		int to = trimmedEnd(folded, from);
		Match match = DateForm.longest(folded, from, to, (at) -> at == to);
		return date(match, defaultYear, previous, text);
	}

	/**
	 * Reads the date an event-log paragraph starts with, such as {@code 6月15日　省委召开……}.
	 * The longest date written there wins, so {@code 6月8日至9日} is a range, not 6月8日.
	 * Unless it ends in 日, a date must be followed by a separator or end the paragraph,
	 * so that {@code 2022年大事记} or {@code 6月份以来} is no date.
	 * @param paragraph the paragraph, may be null
	 * @param defaultYear the year when none is written
	 * @param previous the previous entry's date, for 同日 and 当日; may be null
	 * @return the date and the rest of the paragraph; empty when the paragraph does not
	 * start with a date
	 */
	public static Optional<Leading> leading(String paragraph, int defaultYear, EventDate previous) {
		if (paragraph == null) {
			return Optional.empty();
		}
		String folded = fold(paragraph);
		int from = skip(folded, 0, false);
		Match match = DateForm.longest(folded, from, folded.length(), (at) -> endsDate(folded, at));
		if (match == null) {
			return Optional.empty();
		}
		int end = match.matcher().end();
		String rest = paragraph.substring(skip(folded, end, true));
		return date(match, defaultYear, previous, paragraph.substring(from, end))
			.map((date) -> new Leading(date, rest));
	}

	private static Optional<EventDate> date(Match match, int defaultYear, EventDate previous, String written) {
		if (match == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(match.form().date(match.matcher(), defaultYear, previous, written));
	}

	/**
	 * A serial number of Excel's 1900 date system. Only a date cell may carry a time of
	 * day (a fraction); in a plain number a fraction means it is no date.
	 */
	private static Optional<EventDate> serial(String text, boolean dateCell) {
		String folded = Text.fold(text);
		int point = folded.indexOf('.');
		String whole = (point >= 0) ? folded.substring(0, point) : folded;
		String fraction = (point >= 0) ? folded.substring(point + 1) : "";
		if (whole.length() != 5 || !allDigits(whole) || !allDigits(fraction)
				|| (!dateCell && !fraction.chars().allMatch((c) -> c == '0'))) {
			return Optional.empty();
		}
		int serial = Integer.parseInt(whole);
		if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
			return Optional.empty();
		}
		LocalDate day = DateUtil.getLocalDateTime(serial).toLocalDate();
		return Optional.of(DateForm.single(day, text));
	}

	private static boolean allDigits(String s) {
		return s.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	/**
	 * Whether a date may end at a position of a paragraph. After 日 the text may run on
	 * ({@code 6月15日上午}); other forms could be the start of a word ({@code 6月份}).
	 */
	private static boolean endsDate(String folded, int at) {
		return at == folded.length() || folded.charAt(at - 1) == '日' || isSeparator(folded.charAt(at));
	}

	/**
	 * Half-width forms, one character for one, so positions still point into the
	 * original.
	 */
	private static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Text.halfWidth(chars[i]);
		}
		return new String(chars);
	}

	private static int skip(String folded, int from, boolean separators) {
		int i = from;
		while (i < folded.length() && (isSpace(folded.charAt(i)) || (separators && isSeparator(folded.charAt(i))))) {
			i++;
		}
		return i;
	}

	private static int trimmedEnd(String folded, int from) {
		int to = folded.length();
		while (to > from && isSpace(folded.charAt(to - 1))) {
			to--;
		}
		return to;
	}

	private static boolean isSeparator(char c) {
		return isSpace(c) || c == ',' || c == '、' || c == ':';
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
	}

}
