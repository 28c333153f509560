package org.annals.ingest.internal.sheet;

/**
 * How Annals marks the {@code 说明} sheet it puts first in an annotated workbook, so that
 * the workbook sent back corrected reads as if that sheet were not there: a
 * workbook-level defined name that refers to the sheet. A department's own sheet called
 * {@code 说明} carries no such name and is read; the name follows the sheet if it is
 * renamed.
 */
public final class AnnotationMark {

	/** The defined name, referring to cell A1 of the annotation sheet. */
	public static final String DEFINED_NAME = "_Annals_Annotation";

	private AnnotationMark() {
	}

	/**
	 * The sheet a defined name's formula refers to: {@code '说明'!$A$1} gives {@code 说明}.
	 * @param formula the formula, such as {@code '说明'!$A$1}
	 * @return the sheet's name, or null when the formula names none
	 */
	public static String sheetOf(String formula) {
		if (formula == null) {
			return null;
		}
		String text = formula.strip();
		if (text.startsWith("=")) {
			text = text.substring(1);
		}
		int bang = text.lastIndexOf('!');
		if (bang <= 0) {
			return null;
		}
		String sheet = text.substring(0, bang);
		if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
			sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
		}
		return sheet;
	}

}
