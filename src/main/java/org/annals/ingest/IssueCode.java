package org.annals.ingest;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every problem Annals reports about a submission, with its severity and its message in
 * Chinese (first) and English. Arguments are numbered as in {@link MessageFormat}.
 */
public enum IssueCode {

	// @formatter:off
	EMPTY_FILE(Severity.ERROR, "文件为空（0 字节）。", "The file is empty (0 bytes)."),
	NOT_A_WORKBOOK(Severity.ERROR, "文件名“{0}”表明是 Excel 工作簿，但内容不是 Excel 文件。请用 Excel 打开后另存为 .xlsx 再报送。",
			"The file is named \"{0}\" like an Excel workbook, but its content is not an Excel file. Save it as .xlsx in Excel and send it again."),
	HTML_TABLE(Severity.ERROR, "文件是网页（HTML/XML）格式的表格，不是真正的 Excel 文件。请在 Excel 中“另存为”.xlsx 后再报送。",
			"The file is a web page (HTML/XML) table, not a real Excel file. Save it as .xlsx in Excel and send it again."),
	ENCRYPTED(Severity.ERROR, "文件设置了打开密码，无法读取。请取消密码后再报送。",
			"The file is password-protected and cannot be read. Remove the password and send it again."),
	OLD_FORMAT(Severity.ERROR, "文件是 Excel 5.0/95 或更早的旧格式，无法读取。请另存为 .xlsx 后再报送。",
			"The file is in the Excel 5.0/95 or older format. Save it as .xlsx and send it again."),
	CORRUPT(Severity.ERROR, "文件已损坏或不完整，无法读取（{0}）。请重新导出后再报送。",
			"The file is damaged or incomplete and cannot be read ({0}). Export it again and send it again."),
	UNSUPPORTED_FORMAT(Severity.ERROR, "不支持的文件类型（{0}）。请报送 .xlsx、.xls 或 .csv 文件。",
			"Unsupported file type ({0}). Send .xlsx, .xls or .csv files."),
	ZIP_BOMB(Severity.ERROR, "文件解压后异常膨胀（疑似“压缩炸弹”），已拒收：{0}",
			"The file inflates far beyond its size (a suspected zip bomb) and was refused: {1}"),
	ENCODING(Severity.ERROR, "无法识别文本编码：既不是 UTF-8，也不是 GBK/GB18030。请在 Excel 中另存为“CSV UTF-8”后再报送。",
			"The text encoding is neither UTF-8 nor GBK/GB18030. Save as \"CSV UTF-8\" and send it again."),
	OUT_OF_MEMORY(Severity.ERROR, "读取该文件时内存不足（Java 堆上限约 {0} MiB），已暂停处理，其余文件照常导入。这不是报送单位的问题：运维人员加大内存（JAVA_OPTS=-Xmx…）后，可用 annals reprocess {1} 重新读取。",
			"Reading the file ran out of memory (Java heap limit about {0} MiB); it was set aside and the other files loaded. This is not the department's fault: once the memory is raised (JAVA_OPTS=-Xmx…), an operator can read it again with annals reprocess {1}."),
	READ_ABANDONED(Severity.ERROR, "该文件已连续 {0} 次未能读完，已暂停处理（最近一次原因：{1}）。这不是报送单位的问题：运维人员排除原因后，可用 annals reprocess {2} 重新读取。",
			"The file could not be read to its end {0} times in a row and was set aside (last reason: {1}). This is not the department's fault: once the cause is removed, an operator can read it again with annals reprocess {2}."),
	NO_TABLE(Severity.ERROR, "文件中没有识别出可以导入的统计表。",
			"No statistics table that could be loaded was found in the file."),
	LAYOUT_UNKNOWN(Severity.ERROR, "工作表“{0}”的表格结构无法识别：没有找到地区列和表头，也不是“地区、指标、年份、数值”长表。可以在 jobs/templates 中为该单位固定版式。",
			"The layout of sheet \"{0}\" was not recognised: no region column and header, and not a long table of region, indicator, year, value. A layout can be pinned in jobs/templates."),
	LAYOUT_USED(Severity.INFO, "工作表“{0}”按{1}读取。", "Sheet \"{0}\" was read as {1}."),
	SHEET_SKIPPED(Severity.INFO, "工作表“{0}”只有文字说明，没有数据表，已跳过。", "Sheet \"{0}\" holds only text, no table; skipped."),
	HIDDEN_SHEET(Severity.INFO, "隐藏的工作表“{0}”未读取。", "Hidden sheet \"{0}\" was not read."),
	UNKNOWN_DEPARTMENT(Severity.WARNING, "报送单位文件夹“{0}”不在 jobs/departments.yml 中，已按该名称导入。",
			"Department folder \"{0}\" is not in jobs/departments.yml; loaded under that name."),
	BAD_NUMBER(Severity.ERROR, "“{0}”不是数字。", "\"{0}\" is not a number."),
	BAD_CHARACTER(Severity.ERROR, "单元格含有控制字符（如 NUL），无法导入。", "The cell holds a control character (such as NUL) and cannot be loaded."),
	FORMULA_ERROR(Severity.ERROR, "单元格是公式错误值 {0}。", "The cell is a formula error {0}."),
	UNKNOWN_REGION(Severity.ERROR, "地区“{0}”无法识别（不在行政区划代码表中，或有重名）。",
			"Region \"{0}\" is unknown (not in the gazetteer, or ambiguous)."),
	REGION_NOT_OF_YEAR(Severity.WARNING, "{1}年时“{0}”尚未设立或已撤销，又无行政区域相同的对应地区；数值按“{0}”载入，请核实年份和地区。",
			"\"{0}\" was not a division in {1} (not yet set up, or abolished with no successor of the same area); the figure is loaded under \"{0}\": check the year and the region."),
	NO_YEAR(Severity.ERROR, "无法确定“{0}”的年份：表头、标题、工作表名和文件名中都没有年份。",
			"No year for \"{0}\": none in the header, title, sheet name or file name."),
	UNIT_MISMATCH(Severity.ERROR, "指标“{0}”的单位是{1}，表中写的是“{2}”，无法换算。",
			"Indicator \"{0}\" is measured in {1}, the table says \"{2}\", which cannot be converted."),
	PROVISIONAL_INDICATOR(Severity.WARNING, "指标“{0}”不在指标目录中，已作为暂定指标导入，待编辑确认。",
			"Indicator \"{0}\" is not in the catalogue; loaded as provisional for editors to confirm."),
	COLUMN_IGNORED(Severity.INFO, "第 {0} 列“{1}”不是指标，未导入。", "Column {0} \"{1}\" is not an indicator; not loaded."),
	CONFLICTING_DUPLICATE(Severity.ERROR, "同一文件中{0}“{1}”{2}年出现两个不同数值：{3} 与 {4}。",
			"The file gives two different values for {0} \"{1}\" {2}: {3} and {4}."),
	NEGATIVE_VALUE(Severity.WARNING, "“{0}”不应为负数，表中为 {1}，请核实。", "\"{0}\" should not be negative; the table says {1}."),
	SUM_MISMATCH(Severity.WARNING, "{0}年“{1}”：下级地区合计 {2}，与{3} {4} 相差 {5}%。",
			"{0} \"{1}\": the parts sum to {2}, {3} says {4}, {5}% apart."),
	BAD_DATE(Severity.WARNING, "日期“{0}”无法识别，该行未导入。", "The date \"{0}\" cannot be read; the row was not loaded."),
	FORMULA_TEXT(Severity.WARNING, "单元格是公式，无法取得公式原文，该行未导入。", "The cell is a formula whose text cannot be read; the row was not loaded."),
	NO_DATE_PARAGRAPH(Severity.WARNING, "段落不以日期开头，未导入：{0}", "The paragraph does not start with a date and was not loaded: {0}"),
	GROWTH_MISMATCH(Severity.WARNING, "{0}“{1}”报送的增长率为 {2}%，按上年数值计算为 {3}%，相差较大。",
			"{0} \"{1}\": the growth submitted is {2}%, computed from last year it is {3}%."),
	// readers' limits (issue 19 point 4): each names its setting, so that an operator can raise it
	FILE_TOO_LARGE(Severity.ERROR, "文件读出（含解压）的数据超过 {0} 字节的上限（annals.ingest.limits.file-bytes），已拒收。",
			"Reading the file (unzipped) gives more than {0} bytes, the limit annals.ingest.limits.file-bytes; refused."),
	PART_TOO_LARGE(Severity.ERROR, "文件中需整体读入的部分“{0}”解压后超过 {1} 字节的上限（annals.ingest.limits.document-bytes），已拒收。",
			"The part \"{0}\" of the file, which is read whole, is larger than {1} bytes unzipped, the limit annals.ingest.limits.document-bytes; refused."),
	CELL_TOO_LONG(Severity.ERROR, "工作表“{0}”的单元格 {1} 的文字超过 {2} 个字符的上限（annals.ingest.limits.cell-chars），整个文件已拒收。",
			"Cell {1} of sheet \"{0}\" holds more than {2} characters, the limit annals.ingest.limits.cell-chars; the file was refused."),
	ROW_TOO_LONG(Severity.ERROR, "工作表“{0}”第 {1} 行的文字合计超过 {2} 个字符的上限（annals.ingest.limits.row-chars），整个文件已拒收。",
			"Row {1} of sheet \"{0}\" holds more than {2} characters in all, the limit annals.ingest.limits.row-chars; the file was refused."),
	ROW_TOO_WIDE(Severity.ERROR, "工作表“{0}”第 {1} 行超过 {2} 个单元格的上限（annals.ingest.limits.row-cells），整个文件已拒收。",
			"Row {1} of sheet \"{0}\" has more than {2} cells, the limit annals.ingest.limits.row-cells; the file was refused."),
	TOO_MANY_SHARED_STRINGS(Severity.ERROR, "工作簿的共享字符串表超过 {0} 个字符串的上限（annals.ingest.limits.shared-strings），已拒收。",
			"The workbook's shared-strings table holds more than {0} strings, the limit annals.ingest.limits.shared-strings; refused."),
	SHARED_STRINGS_TOO_LONG(Severity.ERROR, "工作簿的共享字符串表合计超过 {0} 个字符的上限（annals.ingest.limits.shared-strings-chars），已拒收。",
			"The workbook's shared-strings table holds more than {0} characters in all, the limit annals.ingest.limits.shared-strings-chars; refused.");
	// @formatter:on

	private final Severity severity;

	private final String chinese;

	private final String english;

	IssueCode(Severity severity, String chinese, String english) {
		this.severity = severity;
		this.chinese = chinese;
		this.english = english;
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
		return new MessageFormat(this.chinese, Locale.CHINA).format(verbatim(arguments));
	}

	/**
	 * The English message.
	 * @param arguments the arguments
	 * @return the message
	 */
	public String english(Object... arguments) {
		return new MessageFormat(this.english.replace("'", "''"), Locale.ROOT).format(verbatim(arguments));
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
