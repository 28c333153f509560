package org.annals.ingest;

/**
 * One problem found in a submission, where it is and what it is, in Chinese and English.
 *
 * @param severity error, warning or information
 * @param code the issue code
 * @param sheet the sheet, or null for the whole file
 * @param cell the cell such as {@code B12}, or null
 * @param chinese the message in Chinese
 * @param english the message in English
 */
public record Issue(Severity severity, String code, String sheet, String cell, String chinese, String english) {

	/**
	 * An issue of a known code.
	 * @param code the code
	 * @param sheet the sheet, or null
	 * @param cell the cell, or null
	 * @param arguments the message arguments
	 * @return the issue
	 */
	public static Issue of(IssueCode code, String sheet, String cell, Object... arguments) {
		return new Issue(code.severity(), code.name(), sheet, cell, code.chinese(arguments), code.english(arguments));
	}

	/**
	 * Where the issue is, as people read it: {@code 工作表 B12}.
	 * @return the place, or an empty string for the whole file
	 */
	public String place() {
		if (this.sheet == null) {
			return "";
		}
		return (this.cell != null) ? this.sheet + "!" + this.cell : this.sheet;
	}

}
