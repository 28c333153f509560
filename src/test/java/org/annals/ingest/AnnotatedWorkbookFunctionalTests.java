package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.ingest.internal.sheet.AnnotationMark;
import org.annals.scheduling.JobRunner;
import org.annals.web.UserAccounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23, the workbook back (退回批注): a department's bad xlsx, xls and CSV come back from
 * the API as xlsx with each problem cell filled and commented, a {@code 说明} sheet first
 * whose links reach those cells, and the original's values, formats and merges kept;
 * LibreOffice converts it without complaint; the workbook corrected in it loads as if the
 * marks were not there; and the stored original's SHA-256 never changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "annals.admin-password=admin-secret", "annals.progress=false", "annals.ingest.settle=0s" })
class AnnotatedWorkbookFunctionalTests extends PostgresTestSupport {

	private static final String DEPARTMENT = "省统计局";

	private static final String PW = "annotated 2026 workbook";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JobRunner jobs;

	@Autowired
	OriginalStore store;

	@TempDir
	Path temp;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void department() {
		this.jdbc.update("delete from web_user where username <> 'admin'");
		this.users.save("department", PW, "DEPARTMENT", DEPARTMENT);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "bad.xlsx, 主要指标, E4, A5, true", "bad.xls, 主要指标, E4, A5, true", "bad.csv, csv, E3, A4, false" })
	void aBadFileComesBackMarkedAndItsCorrectionLoads(String name, String sheet, String badNumber, String badRegion,
			boolean workbook) throws Exception {
		byte[] original = name.endsWith(".xlsx") ? BadWorkbooks.xlsx()
				: name.endsWith(".xls") ? BadWorkbooks.xls() : BadWorkbooks.csv();
		long id = ingest(name, original);
		assertThat(status(id)).isEqualTo("rejected");
		String sha = this.jdbc.queryForObject("select sha256 from ingest_submission where id = ?", String.class, id);
		Path stored = this.store.pathOf(sha);
		assertThat(sha256(stored)).isEqualTo(sha);

		HttpResponse<byte[]> response = annotated(id, "zh-CN");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		Path annotated = Files.write(this.temp.resolve("annotated-" + name + ".xlsx"), response.body());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			XSSFSheet notes = book.getSheetAt(0);
			assertThat(notes.getSheetName()).isEqualTo("说明");
			assertThat(book.getActiveSheetIndex()).isZero();
			assertThat(AnnotationMark.sheetOf(book.getName(AnnotationMark.DEFINED_NAME).getRefersToFormula()))
				.isEqualTo("说明");
			assertThat(linkedCells(book)).as("every problem listed, each link reaching its cell")
				.containsExactlyInAnyOrder(sheet + "!" + badNumber, sheet + "!" + badRegion);
			XSSFSheet data = book.getSheet(sheet);
			assertThat(book.getSheetIndex(data)).isEqualTo(1);
			XSSFCell number = cell(data, badNumber);
			assertThat(number.getStringCellValue()).isEqualTo("两万");
			assertThat(number.getCellComment().getString().getString()).contains("【错误】数值须是数字", "“两万”不是数字", "怎么改：请填写数字");
			assertThat(number.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(number.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
			assertThat(cell(data, badRegion).getCellComment().getString().getString()).contains("火星市");
			assertThat(cell(data, badRegion).getStringCellValue()).isEqualTo("火星市");
			int good = workbook ? 2 : 1;
			assertThat(data.getRow(good).getCell(0).getStringCellValue()).isEqualTo("全省");
			assertThat(data.getRow(good).getCell(4).getNumericCellValue()).isEqualTo(56749.8);
			assertThat(data.getRow(good).getCell(4).getCellComment()).as("a good cell is left alone").isNull();
			if (workbook) {
				assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo(BadWorkbooks.TITLE);
				assertThat(data.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:E1"));
				assertThat(data.getRow(good).getCell(4).getCellStyle().getDataFormatString())
					.isEqualTo(BadWorkbooks.NUMBER_FORMAT);
				assertThat(number.getCellStyle().getDataFormatString()).as("the fill keeps the cell's format")
					.isEqualTo(BadWorkbooks.NUMBER_FORMAT);
			}
			convertsWithLibreOffice(annotated);

			retype(data, badNumber).setCellValue(20817.5);
			retype(data, badRegion).setCellValue("德阳市");
			Path corrected = this.temp.resolve("corrected-" + name + ".xlsx");
			try (OutputStream out = Files.newOutputStream(corrected)) {
				book.write(out);
			}
			long again = ingest("改正-" + name + ".xlsx", Files.readAllBytes(corrected));
			assertThat(status(again)).as(String.valueOf(issues(again))).isEqualTo("loaded");
			assertThat(this.jdbc.queryForObject("select fact_count from ingest_submission where id = ?", Integer.class,
					again))
				.isEqualTo(3);
			assertThat(issues(again)).as("the 说明 sheet is not read").noneMatch((i) -> i.contains("说明"));
		}
		assertThat(sha256(stored)).as("the stored original is never touched").isEqualTo(sha);
		assertThat(Files.readAllBytes(stored)).isEqualTo(original);
	}

	@Test
	void anEnglishDepartmentReadsTheCommentsInEnglish() throws Exception {
		long id = ingest("bad.xlsx", BadWorkbooks.xlsx());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(annotated(id, "en").body()))) {
			assertThat(cell(book.getSheet(BadWorkbooks.SHEET), "E4").getCellComment().getString().getString())
				.contains("[Error] A value must be a number", "What to do:");
			assertThat(book.getSheetAt(0).getRow(3).getCell(6).getStringCellValue()).isEqualTo("What to do");
		}
	}

	private long ingest(String name, byte[] content) throws Exception {
		Path inbox = this.temp.resolve("inbox-" + System.nanoTime());
		Path file = Files.createDirectories(inbox.resolve(DEPARTMENT)).resolve(name);
		Files.write(file, content);
		TestInboxes.settle(file);
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		return this.jdbc.queryForObject("select max(submission_id) from ingest_receipt where original_name = ?",
				Long.class, name);
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from ingest_submission where id = ?", String.class, id);
	}

	private List<String> issues(long id) {
		return this.jdbc
			.queryForList("select code || ' ' || coalesce(sheet, '') || '!' || coalesce(cell, '') from ingest_issue "
					+ "where submission_id = ? and severity <> 'INFO'", String.class, id);
	}

	private HttpResponse<byte[]> annotated(long id, String language) throws Exception {
		return this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/submissions/" + id + "/annotated.xlsx"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("department:" + PW).getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The cells the 说明 sheet links to, followed to a cell that exists. */
	private static List<String> linkedCells(XSSFWorkbook book) {
		List<String> cells = new ArrayList<>();
		for (Row row : book.getSheetAt(0)) {
			for (Cell cell : row) {
				if (cell.getHyperlink() != null) {
					CellReference target = new CellReference(cell.getHyperlink().getAddress());
					XSSFSheet sheet = book.getSheet(target.getSheetName());
					assertThat(sheet).as(cell.getHyperlink().getAddress()).isNotNull();
					assertThat(sheet.getRow(target.getRow()).getCell(target.getCol())).isNotNull();
					cells.add(target.getSheetName() + "!" + target.formatAsString(false));
				}
			}
		}
		return cells;
	}

	/**
	 * A cell typed over, as a spreadsheet program rewrites it: POI setting a text over a
	 * streamed workbook's inline string would keep the old text beside the new one.
	 */
	private static XSSFCell retype(XSSFSheet sheet, String reference) {
		XSSFCell old = cell(sheet, reference);
		XSSFCell cell = old.getRow().createCell(old.getColumnIndex());
		cell.setCellStyle(old.getCellStyle());
		return cell;
	}

	private static XSSFCell cell(XSSFSheet sheet, String reference) {
		CellReference at = new CellReference(reference);
		return sheet.getRow(at.getRow()).getCell(at.getCol());
	}

	/**
	 * LibreOffice opens and converts it headless, exit 0, without a word of repair (its
	 * own profile, so that another test's LibreOffice does not hold the default one).
	 */
	private void convertsWithLibreOffice(Path xlsx) throws Exception {
		Path out = Files.createDirectories(this.temp.resolve("pdf"));
		Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + this.temp.resolve("lo").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
			.redirectErrorStream(true)
			.start();
		String said;
		try (InputStream in = soffice.getInputStream()) {
			said = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(soffice.exitValue()).as(said).isZero();
		assertThat(said.toLowerCase()).doesNotContain("repair", "error", "corrupt");
		String pdf = xlsx.getFileName().toString().replaceAll("\\.xlsx$", ".pdf");
		assertThat(out.resolve(pdf)).isNotEmptyFile();
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
