package org.annals.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.annals.support.Messages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.annals.reference.Departments;
import org.annals.reference.Indicator;
import org.annals.reference.Region;
import org.annals.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * The blank workbook a department fills in: a long table (地区、指标、计量单位、年份、数值) with
 * drop-down lists of the regions, indicators and units ingest knows, and a sheet of
 * instructions. It holds no formula, so what a department sends back is what it typed.
 */
@Component
public class TemplateWorkbook {

	/** The sheet the department fills in. */
	static final String DATA_SHEET = "填报";

	/** The instructions. */
	static final String HELP_SHEET = "填表说明";

	/**
	 * The lists behind the drop-downs. Very hidden, so that nobody takes it for data and
	 * ingest, which skips hidden sheets, never reads it.
	 */
	static final String LISTS_SHEET = "lists";

	/** How many formatted, validated rows the data sheet offers. */
	static final int DATA_ROWS = 500;

	/** The header words {@code LongInterpreter} recognises, in column order. */
	static final List<String> HEADER = List.of("地区", "指标", "计量单位", "年份", "数值");

	/** The zero-based row of the header; the title is above it. */
	static final int HEADER_ROW = 1;

	private static final int FIRST_YEAR = 1949;

	private static final int LAST_YEAR = 2100;

	/** Column widths in characters: a Chinese character is two wide. */
	private static final int[] WIDTHS = { 22, 40, 12, 10, 16 };

	private final ReferenceData reference;

	TemplateWorkbook(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * Whether {@code jobs/departments.yml} lists a department; an unlisted one still gets
	 * a template, with the province's regions.
	 * @param department the inbox folder name
	 * @return true when listed
	 */
	public boolean knows(String department) {
		return this.reference.departments().byFolder(department).isPresent();
	}

	/**
	 * Writes a blank template for a department.
	 * @param department the inbox folder name
	 * @param out where to write the xlsx; left open
	 * @throws IOException when it cannot be written
	 */
	public void write(String department, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet data = workbook.createSheet(DATA_SHEET);
			XSSFSheet help = workbook.createSheet(HELP_SHEET);
			XSSFSheet lists = workbook.createSheet(LISTS_SHEET);
			writeData(workbook, data, department);
			writeLists(data, lists, department);
			writeHelp(workbook, help, department);
			workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	private void writeData(XSSFWorkbook workbook, XSSFSheet sheet, String department) {
		XSSFCellStyle title = workbook.createCellStyle();
		title.setFont(font(workbook, (short) 14));
		sheet.createRow(0).createCell(0).setCellValue(text("template.title", department));
		sheet.getRow(0).getCell(0).setCellStyle(title);
		XSSFCellStyle header = bordered(workbook, null);
		header.setFont(font(workbook, (short) 11));
		header.setAlignment(HorizontalAlignment.CENTER);
		Row headerRow = sheet.createRow(HEADER_ROW);
		for (int column = 0; column < HEADER.size(); column++) {
			headerRow.createCell(column).setCellValue(HEADER.get(column));
			headerRow.getCell(column).setCellStyle(header);
			sheet.setColumnWidth(column, WIDTHS[column] * 256);
		}
		// names as text, so that Excel never turns a code-like name into a number; the
		// value stays general so that a department may also type — for not available
		XSSFCellStyle text = bordered(workbook, "@");
		XSSFCellStyle[] styles = { text, text, text, bordered(workbook, "0"), bordered(workbook, "General") };
		for (int r = HEADER_ROW + 1; r <= HEADER_ROW + DATA_ROWS; r++) {
			Row row = sheet.createRow(r);
			for (int column = 0; column < styles.length; column++) {
				row.createCell(column).setCellStyle(styles[column]);
			}
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
	}

	private void writeLists(XSSFSheet data, XSSFSheet lists, String department) {
		List<String> indicators = this.reference.indicators().all().stream().map(Indicator::name).toList();
		List<String> units = List.copyOf(this.reference.indicators()
			.all()
			.stream()
			.map(Indicator::unit)
			.collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll));
		XSSFDataValidationHelper helper = new XSSFDataValidationHelper(data);
		// a list written inline is limited to 255 characters; the regions alone are
		// longer,
		// so every list refers to a range of the lists sheet instead
		validate(data, 0, helper.createFormulaListConstraint(column(lists, 0, regionNames(department))),
				DataValidation.ErrorStyle.STOP, text("template.region.title"), text("template.region.text"));
		validate(data, 1, helper.createFormulaListConstraint(column(lists, 1, indicators)),
				DataValidation.ErrorStyle.WARNING, text("template.indicator.title"), text("template.indicator.text"));
		validate(data, 2, helper.createFormulaListConstraint(column(lists, 2, units)),
				DataValidation.ErrorStyle.WARNING, text("template.unit.title"), text("template.unit.text"));
		validate(data, 3,
				helper.createIntegerConstraint(OperatorType.BETWEEN, String.valueOf(FIRST_YEAR),
						String.valueOf(LAST_YEAR)),
				DataValidation.ErrorStyle.STOP, text("template.year.title"),
				text("template.year.text", FIRST_YEAR, LAST_YEAR));
	}

	private static void validate(XSSFSheet sheet, int column, DataValidationConstraint constraint, int errorStyle,
			String errorTitle, String errorText) {
		CellRangeAddressList cells = new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + DATA_ROWS, column, column);
		DataValidation validation = new XSSFDataValidationHelper(sheet).createValidation(constraint, cells);
		validation.setErrorStyle(errorStyle);
		validation.createErrorBox(errorTitle, errorText);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	/**
	 * Writes values down a column of the lists sheet.
	 * @return the absolute reference to them, e.g. {@code lists!$A$1:$A$22}
	 */
	private static String column(XSSFSheet lists, int column, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = (lists.getRow(i) != null) ? lists.getRow(i) : lists.createRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
		int last = Math.max(values.size(), 1) - 1;
		return LISTS_SHEET + "!" + new CellReference(0, column, true, true).formatAsString() + ":"
				+ new CellReference(last, column, true, true).formatAsString();
	}

	/**
	 * The regions a department reports on: the province and its prefectures, or for a
	 * department about one city (a city office) that city's total and its counties.
	 * @param department the inbox folder name
	 * @return the names, the total first
	 */
	List<String> regionNames(String department) {
		Optional<Region> scope = this.reference.departments()
			.byFolder(department)
			.map(Departments.Department::region)
			.flatMap((code) -> (code != null) ? this.reference.regions().byCode(code) : Optional.empty());
		Region area = scope.orElse(this.reference.regions().province());
		List<String> names = new ArrayList<>();
		// ingest reads 全省 as the province and 全市 or 全州 as the department's own region
		names.add(scope.isEmpty() ? "全省" : area.name().endsWith("自治州") ? "全州" : "全市");
		this.reference.regions().children(area.code()).forEach((region) -> names.add(region.name()));
		return names;
	}

	private void writeHelp(XSSFWorkbook workbook, XSSFSheet sheet, String department) {
		// one sentence per row and in one column: ingest sees text only and skips the
		// sheet, where a table-like layout could be mistaken for data
		List<String> lines = new ArrayList<>();
		lines.add(text("template.help.title", department));
		for (int i = 1; i <= 7; i++) {
			lines.add(text("template.help." + i, department));
		}
		XSSFCellStyle first = workbook.createCellStyle();
		first.setFont(font(workbook, (short) 14));
		for (int i = 0; i < lines.size(); i++) {
			sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
		}
		sheet.getRow(0).getCell(0).setCellStyle(first);
		sheet.setColumnWidth(0, 110 * 256);
	}

	private static XSSFFont font(XSSFWorkbook workbook, short points) {
		XSSFFont font = workbook.createFont();
		font.setBold(true);
		font.setFontHeightInPoints(points);
		return font;
	}

	private static XSSFCellStyle bordered(XSSFWorkbook workbook, String format) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

	/** The template is a department's: Chinese, whatever the language of who makes it. */
	private static String text(String key, Object... args) {
		return Messages.get(Messages.CHINESE, key, args);
	}

}
