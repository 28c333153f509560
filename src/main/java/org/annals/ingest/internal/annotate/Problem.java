package org.annals.ingest.internal.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annals.ingest.Issue;
import org.annals.ingest.Severity;
import org.annals.support.Messages;
import org.apache.poi.ss.util.CellReference;

/**
 * One problem as the annotated workbook shows it: where it is, the rule it breaks, what
 * was found and what to do, in the department's language. Only errors and warnings are
 * problems; what is merely noted (a layout used, a sheet skipped) is not marked.
 *
 * @param severity error or warning
 * @param sheet the sheet, or null for the whole file
 * @param cell the cell, or null when the problem has none (or names none that parses)
 * @param place the place as written in the report
 * @param rule the rule broken
 * @param message what was found
 * @param advice what to do
 */
record Problem(Severity severity, String sheet, CellReference cell, String place, String rule, String message,
		String advice) {

	/**
	 * The problems among a file's issues, in the report's order.
	 * @param issues the issues
	 * @param english whether the department reads English
	 * @return the problems
	 */
	static List<Problem> of(List<Issue> issues, boolean english) {
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.severity() == Severity.ERROR || issue.severity() == Severity.WARNING) {
				problems.add(of(issue, english));
			}
		}
		return problems;
	}

	private static Problem of(Issue issue, boolean english) {
		Locale locale = english ? Locale.ENGLISH : Messages.CHINESE;
		String rule = text(locale, "annotate.rule." + issue.code(), "annotate.rule.default", issue.code());
		String advice = text(locale, "annotate.advice." + issue.code(), "annotate.advice.default", issue.code());
		return new Problem(issue.severity(), issue.sheet(), reference(issue), issue.place(), rule,
				english ? issue.english() : issue.chinese(), advice);
	}

	private static String text(Locale locale, String key, String fallback, String code) {
		return Messages.bundle(locale).containsKey(key) ? Messages.get(locale, key)
				: Messages.get(locale, fallback, code);
	}

	private static CellReference reference(Issue issue) {
		if (issue.sheet() == null || issue.cell() == null || !issue.cell().matches("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}")) {
			return null;
		}
		CellReference reference = new CellReference(issue.cell());
		return (reference.getRow() >= 0 && reference.getCol() >= 0) ? reference : null;
	}

	/**
	 * Whether the problem is on a cell of a sheet.
	 * @return true when it has a sheet and a cell
	 */
	boolean located() {
		return this.cell != null;
	}

	/**
	 * The text of the cell's comment.
	 * @param english whether in English
	 * @return the comment
	 */
	String comment(boolean english) {
		return Messages.get(english, "annotate.comment", Messages.get(english, "annotate.severity." + this.severity),
				this.rule, this.message, this.advice);
	}

}
