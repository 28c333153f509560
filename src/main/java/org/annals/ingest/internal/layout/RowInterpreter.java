package org.annals.ingest.internal.layout;

import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.sheet.SheetRow;

/**
 * Turns the data rows of one sheet, whose layout has been recognised, into facts and
 * issues.
 */
public interface RowInterpreter {

	/**
	 * Interprets one row.
	 * @param row the row
	 * @return its facts and issues
	 */
	RowOutcome interpret(SheetRow row);

	/**
	 * The layout's name for the report, in Chinese.
	 * @return e.g. 宽表（地区 × 指标）
	 */
	String chineseName();

	/**
	 * The layout's name for the report, in English.
	 * @return e.g. wide table
	 */
	String englishName();

}
