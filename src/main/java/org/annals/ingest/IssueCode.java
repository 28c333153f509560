package org.annals.ingest;

import java.text.MessageFormat;
import java.util.Locale;

import org.annals.support.Messages;

/**
 * Every problem Annals reports about a submission, with its severity and its message in
 * Chinese (first) and English, from the bundles ({@code ingest.issue.<CODE>}). Arguments
 * are numbered as in {@link MessageFormat}; the English messages write an apostrophe
 * once.
 */
public enum IssueCode {

	// @formatter:off
	EMPTY_FILE(Severity.ERROR),
	NOT_A_WORKBOOK(Severity.ERROR),
	HTML_TABLE(Severity.ERROR),
	ENCRYPTED(Severity.ERROR),
	OLD_FORMAT(Severity.ERROR),
	CORRUPT(Severity.ERROR),
	UNSUPPORTED_FORMAT(Severity.ERROR),
	ZIP_BOMB(Severity.ERROR),
	ENCODING(Severity.ERROR),
	OUT_OF_MEMORY(Severity.ERROR),
	READ_ABANDONED(Severity.ERROR),
	NO_TABLE(Severity.ERROR),
	LAYOUT_UNKNOWN(Severity.ERROR),
	LAYOUT_USED(Severity.INFO),
	SHEET_SKIPPED(Severity.INFO),
	HIDDEN_SHEET(Severity.INFO),
	UNKNOWN_DEPARTMENT(Severity.WARNING),
	BAD_NUMBER(Severity.ERROR),
	BAD_CHARACTER(Severity.ERROR),
	FORMULA_ERROR(Severity.ERROR),
	UNKNOWN_REGION(Severity.ERROR),
	REGION_NOT_OF_YEAR(Severity.WARNING),
	NO_YEAR(Severity.ERROR),
	UNIT_MISMATCH(Severity.ERROR),
	PROVISIONAL_INDICATOR(Severity.WARNING),
	COLUMN_IGNORED(Severity.INFO),
	CONFLICTING_DUPLICATE(Severity.ERROR),
	NEGATIVE_VALUE(Severity.WARNING),
	SUM_MISMATCH(Severity.WARNING),
	BAD_DATE(Severity.WARNING),
	FORMULA_TEXT(Severity.WARNING),
	NO_DATE_PARAGRAPH(Severity.WARNING),
	GROWTH_MISMATCH(Severity.WARNING),
	// readers' limits (issue 19 point 4): each names its setting, so that an operator can raise it
	FILE_TOO_LARGE(Severity.ERROR),
	PART_TOO_LARGE(Severity.ERROR),
	CELL_TOO_LONG(Severity.ERROR),
	ROW_TOO_LONG(Severity.ERROR),
	ROW_TOO_WIDE(Severity.ERROR),
	TOO_MANY_SHARED_STRINGS(Severity.ERROR),
	SHARED_STRINGS_TOO_LONG(Severity.ERROR);
	// @formatter:on

	private final Severity severity;

	IssueCode(Severity severity) {
		this.severity = severity;
	}

	/**
	 * The severity.
	 * @return the severity
	 */
	public Severity severity() {
		return this.severity;
	}

	/**
	 * The Chinese message.
	 * @param arguments the arguments
	 * @return the message
	 */
	public String chinese(Object... arguments) {
		return new MessageFormat(pattern(Messages.CHINESE), Locale.CHINA).format(verbatim(arguments));
	}

	/**
	 * The English message.
	 * @param arguments the arguments
	 * @return the message
	 */
	public String english(Object... arguments) {
		return new MessageFormat(pattern(Locale.ENGLISH).replace("'", "''"), Locale.ROOT).format(verbatim(arguments));
	}

	/**
	 * The message in the language of now (a web request's, else the command line's).
	 * @param arguments the arguments
	 * @return the message
	 */
	public String message(Object... arguments) {
		return "en".equals(Messages.locale().getLanguage()) ? english(arguments) : chinese(arguments);
	}

	/** The bundles' key of this code's message. */
	String key() {
		return "ingest.issue." + name();
	}

	private String pattern(Locale locale) {
		return Messages.bundle(locale).getString(key());
	}

	/** Numbers as written: a year is 2022, never 2,022. */
	private static Object[] verbatim(Object[] arguments) {
		Object[] copy = arguments.clone();
		for (int i = 0; i < copy.length; i++) {
			if (copy[i] instanceof Number number) {
				copy[i] = (number instanceof java.math.BigDecimal decimal) ? decimal.toPlainString()
						: number.toString();
			}
		}
		return copy;
	}

}
