package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.Indicator;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TemplateWorkbookTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private static final String PROVINCE_OFFICE = "省统计局";

	private static final String CITY_OFFICE = "成都市地方志办公室";

	private final TemplateWorkbook template = new TemplateWorkbook(REFERENCE);

	@TempDir
	Path folder;

	@Test
	void dataSheetHasTitleHeaderAndFrozenPane() throws IOException {
		try (XSSFWorkbook workbook = write(PROVINCE_OFFICE)) {
			XSSFSheet data = workbook.getSheetAt(0);
			assertThat(data.getSheetName()).isEqualTo("填报");
			assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("省统计局报送表（请按行填写，每行一个数值）");
			assertThat(texts(data.getRow(1))).containsExactly("地区", "指标", "计量单位", "年份", "数值");
			assertThat(workbook.getFontAt(data.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(data.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(data.getLastRowNum()).isEqualTo(501);
			Row first = data.getRow(2);
			assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
			assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
			assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("General");
		}
	}

	@Test
	void listsSheetIsVeryHiddenAndOnlyDataAndInstructionsAreVisible() throws IOException {
		try (XSSFWorkbook workbook = write(PROVINCE_OFFICE)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("lists")))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(workbook.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
			assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
			assertThat(workbook.getSheetName(1)).isEqualTo("填表说明");
			XSSFSheet help = workbook.getSheet("填表说明");
			assertThat(help.getLastRowNum()).isEqualTo(7);
			assertThat(help.getRow(5).getCell(0).getStringCellValue()).isEqualTo("五、年份填写四位数字，如 2022。");
			for (Row row : help) {
				assertThat(row.getLastCellNum()).isEqualTo((short) 1);
			}
		}
	}

	@Test
	void provinceDepartmentChoosesAmongProvinceAndPrefectures() throws IOException {
		try (XSSFWorkbook workbook = write(PROVINCE_OFFICE)) {
			Map<Integer, XSSFDataValidation> validations = validationsByColumn(workbook.getSheet("填报"));
			assertThat(validations).containsOnlyKeys(0, 1, 2, 3);
			assertThat(validations.get(0).getValidationConstraint().getFormula1()).isEqualTo("lists!$A$1:$A$22");
			List<String> regions = listed(workbook, validations.get(0));
			assertThat(regions).hasSize(22).startsWith("全省", "成都市", "自贡市").endsWith("凉山彝族自治州");
			assertThat(regions.subList(1, 22)).allSatisfy((name) -> assertThat(REFERENCE.regions().province().code())
				.isEqualTo(REFERENCE.regions().resolve(name, REFERENCE.regions().province()).get().parentCode()));
			assertThat(validations.get(0).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(validations.get(0).getRegions().getCellRangeAddresses())
				.containsExactly(new CellRangeAddress(2, 501, 0, 0));
		}
	}

	@Test
	void cityOfficeChoosesAmongItsCityAndCounties() throws IOException {
		try (XSSFWorkbook workbook = write(CITY_OFFICE)) {
			XSSFDataValidation region = validationsByColumn(workbook.getSheet("填报")).get(0);
			assertThat(region.getValidationConstraint().getFormula1()).isEqualTo("lists!$A$1:$A$21");
			List<String> regions = listed(workbook, region);
			assertThat(regions).hasSize(21).startsWith("全市", "锦江区").contains("简阳市").doesNotContain("自贡市", "全省");
		}
	}

	@Test
	void indicatorsAndUnitsWarnAndYearsStop() throws IOException {
		List<String> names = REFERENCE.indicators().all().stream().map(Indicator::name).toList();
		try (XSSFWorkbook workbook = write(PROVINCE_OFFICE)) {
			Map<Integer, XSSFDataValidation> validations = validationsByColumn(workbook.getSheet("填报"));
			XSSFDataValidation indicator = validations.get(1);
			assertThat(indicator.getValidationConstraint().getFormula1()).isEqualTo("lists!$B$1:$B$" + names.size());
			assertThat(listed(workbook, indicator)).isEqualTo(names).contains("地区生产总值", "地区生产总值增长率");
			assertThat(indicator.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
			XSSFDataValidation unit = validations.get(2);
			assertThat(listed(workbook, unit)).doesNotHaveDuplicates().contains("亿元", "%", "平方公里");
			assertThat(unit.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
			DataValidationConstraint year = validations.get(3).getValidationConstraint();
			assertThat(year.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
			assertThat(year.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
			assertThat(List.of(year.getFormula1(), year.getFormula2())).containsExactly("1949", "2100");
			assertThat(validations.get(3).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
		}
	}

	@Test
	void noCellHoldsAFormula() throws IOException {
		for (String department : List.of(PROVINCE_OFFICE, CITY_OFFICE)) {
			try (XSSFWorkbook workbook = write(department)) {
				for (Sheet sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
								.isNotEqualTo(CellType.FORMULA);
						}
					}
				}
			}
		}
	}

	@Test
	void unknownDepartmentGetsTheProvinceLists() throws IOException {
		assertThat(this.template.knows("某某局")).isFalse();
		assertThat(this.template.knows(PROVINCE_OFFICE)).isTrue();
		try (XSSFWorkbook workbook = write("某某局")) {
			List<String> regions = listed(workbook, validationsByColumn(workbook.getSheet("填报")).get(0));
			assertThat(regions).hasSize(22).startsWith("全省", "成都市");
		}
	}

	@Test
	void emptyTemplateIsReadAsALongTableWithNoFactsAndNoError() throws IOException {
		Path file = save(PROVINCE_OFFICE, (workbook) -> {
		});
		SubmissionChecker.Result result = new SubmissionChecker(REFERENCE).check(file, PROVINCE_OFFICE);
		assertThat(result.facts()).isZero();
		assertThat(result.rejected()).isFalse();
		assertThat(result.issues()).extracting(Issue::severity, Issue::code, Issue::sheet)
			.containsExactly(tuple(Severity.INFO, "LAYOUT_USED", "填报"), tuple(Severity.INFO, "SHEET_SKIPPED", "填表说明"),
					tuple(Severity.INFO, "HIDDEN_SHEET", "lists"));
	}

	@Test
	void filledTemplateLoadsEveryRowAndIgnoresTheLists() throws IOException {
		Path file = save(PROVINCE_OFFICE, (workbook) -> {
			XSSFSheet data = workbook.getSheet("填报");
			fill(data.getRow(2), "全省", "地区生产总值", "亿元", 2022, 56749.8);
			fill(data.getRow(3), "成都市", "地区生产总值", "亿元", 2022, 20817.5);
			fill(data.getRow(4), "自贡市", "地区生产总值", "亿元", 2022, 1601.3);
		});
		SubmissionChecker.Result result = new SubmissionChecker(REFERENCE).check(file, PROVINCE_OFFICE);
		assertThat(result.facts()).isEqualTo(3);
		assertThat(result.rejected()).isFalse();
		assertThat(result.layouts()).isEqualTo("a long table (region, indicator, unit, year, value)");
		assertThat(result.issues()).extracting(Issue::severity, Issue::code, Issue::sheet)
			.containsExactly(tuple(Severity.INFO, "LAYOUT_USED", "填报"), tuple(Severity.INFO, "SHEET_SKIPPED", "填表说明"),
					tuple(Severity.INFO, "HIDDEN_SHEET", "lists"));
		assertThat(facts(file, PROVINCE_OFFICE))
			.extracting(StagedFact::regionCode, StagedFact::indicatorCode, StagedFact::year,
					(f) -> f.value().toPlainString())
			.containsExactly(tuple("510000", "gdp", 2022, "56749.8"), tuple("510100", "gdp", 2022, "20817.5"),
					tuple("510300", "gdp", 2022, "1601.3"));
	}

	@Test
	void filledCityTemplateReadsItsTotalAsTheCity() throws IOException {
		Path file = save(CITY_OFFICE, (workbook) -> {
			XSSFSheet data = workbook.getSheet("填报");
			fill(data.getRow(2), "全市", "地区生产总值", "亿元", 2022, 20817.5);
			fill(data.getRow(3), "锦江区", "地区生产总值", "亿元", 2022, 1338.2);
		});
		assertThat(new SubmissionChecker(REFERENCE).check(file, CITY_OFFICE).rejected()).isFalse();
		assertThat(facts(file, CITY_OFFICE)).extracting(StagedFact::regionCode).containsExactly("510100", "510104");
	}

	private XSSFWorkbook write(String department) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.template.write(department, bytes);
		return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
	}

	private Path save(String department, Filler filler) throws IOException {
		Path file = this.folder.resolve(department + "报送模板.xlsx");
		try (XSSFWorkbook workbook = write(department); OutputStream out = Files.newOutputStream(file)) {
			filler.fill(workbook);
			workbook.write(out);
		}
		return file;
	}

	private static void fill(Row row, String region, String indicator, String unit, int year, double value) {
		row.getCell(0).setCellValue(region);
		row.getCell(1).setCellValue(indicator);
		row.getCell(2).setCellValue(unit);
		row.getCell(3).setCellValue(year);
		row.getCell(4).setCellValue(value);
	}

	private static List<StagedFact> facts(Path file, String department) throws IOException {
		List<StagedFact> facts = new ArrayList<>();
		try (SubmissionParser parser = new SubmissionParser(file, file.getFileName().toString(), department,
				REFERENCE)) {
			RowOutcome outcome;
			while ((outcome = parser.next()) != null) {
				facts.addAll(outcome.facts());
			}
		}
		return facts;
	}

	private static Map<Integer, XSSFDataValidation> validationsByColumn(XSSFSheet sheet) {
		Map<Integer, XSSFDataValidation> byColumn = new TreeMap<>();
		for (XSSFDataValidation validation : sheet.getDataValidations()) {
			CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
			assertThat(range.getFirstColumn()).isEqualTo(range.getLastColumn());
			assertThat(List.of(range.getFirstRow(), range.getLastRow())).containsExactly(2, 501);
			byColumn.put(range.getFirstColumn(), validation);
		}
		return byColumn;
	}

	/** The values a list validation offers, read from the range its formula names. */
	private static List<String> listed(XSSFWorkbook workbook, XSSFDataValidation validation) {
		String formula = validation.getValidationConstraint().getFormula1();
		CellRangeAddress range = CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
		Sheet lists = workbook.getSheet(formula.substring(0, formula.indexOf('!')));
		List<String> values = new ArrayList<>();
		for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
			values.add(lists.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
		}
		return values;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	@FunctionalInterface
	private interface Filler {

		void fill(XSSFWorkbook workbook);

	}

}
