package org.annals.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.scheduling.JobRunner;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English edition of sample-input's 2022 tables (issue 24): every table's English CSV
 * compared with its golden file, the English XLSX read back (title, unit line, merged
 * headers, English region names, footnote, source line, the very figures of the Chinese
 * table), and each of the five English workbooks rendered to PDF by LibreOffice headless.
 */
class EnglishEditionFunctionalTests extends PostgresTestSupport {

	private static final Path GOLDEN = Path.of("src/test/resources/golden/tables/en");

	@Autowired
	JobRunner jobs;

	@Autowired
	TableBuilds builds;

	@Autowired
	ReferenceData reference;

	@Autowired
	EnglishEdition english;

	@TempDir
	Path inbox;

	@TempDir
	Path work;

	@BeforeEach
	void ingestAndCompile() throws Exception {
		this.jdbc.update("delete from tables_build");
		TestInboxes.copyOfSampleInput(this.inbox);
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private CompiledTable chinese(String id) {
		return this.builds.latest(id, 2022).orElseThrow().document().toCompiled();
	}

	private CompiledTable english(String id) {
		return this.english.of(this.builds.latest(id, 2022).orElseThrow()).orElseThrow();
	}

	private byte[] xlsx(CompiledTable table) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableXlsxWriter(EnglishEdition.LOCALE).write(table, out);
		return out.toByteArray();
	}

	@Test
	void everyEnglishTablesCsvEqualsItsGoldenFile() throws Exception {
		assertThat(this.reference.tables()).hasSize(5);
		Map<String, String> made = new java.util.LinkedHashMap<>();
		for (TableDefinition definition : this.reference.tables()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new TableCsvWriter(EnglishEdition.LOCALE).write(english(definition.id()), out);
			made.put(definition.id(), out.toString(StandardCharsets.UTF_8));
			// what it made, for review when it differs (a new table, a changed
			// descriptor)
			Files.createDirectories(Path.of("target/golden-actual/en"));
			Files.writeString(Path.of("target/golden-actual/en", definition.id() + ".csv"), made.get(definition.id()));
		}
		made.forEach((id, actual) -> {
			Path golden = GOLDEN.resolve(id + ".csv");
			assertThat(golden).as("golden file of %s", id).exists();
			try {
				assertThat(actual.lines()).as(id)
					.containsExactlyElementsOf(Files.readString(golden, StandardCharsets.UTF_8).lines().toList());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	@Test
	void theEnglishXlsxHasTheYearbookLayoutWithEnglishTextsAndTheSameFigures() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx(english("main-economic-indicators"))))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(text(sheet, 0, 0)).isEqualTo("Main Economic Indicators by City and Prefecture (2022)");
			assertThat(text(sheet, 1, 4)).isEqualTo("Unit: 100 million yuan");
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("E2:G2"));
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:G1"),
					CellRangeAddress.valueOf("A3:A4"), CellRangeAddress.valueOf("B3:D3"),
					CellRangeAddress.valueOf("E3:F3"));
			assertThat(text(sheet, 2, 0)).isEqualTo("Region");
			assertThat(text(sheet, 2, 1)).isEqualTo("Gross Regional Product");
			assertThat(text(sheet, 3, 1)).isEqualTo("2022");
			assertThat(text(sheet, 3, 2)).isEqualTo("2021");
			assertThat(text(sheet, 3, 3)).isEqualTo("Growth over Previous Year (%)");
			assertThat(text(sheet, 4, 0)).isEqualTo("Province");
			assertThat(text(sheet, 5, 0)).isEqualTo("Chengdu");
			assertThat(text(sheet, 24, 0)).isEqualTo("Garzê Prefecture");
			assertThat(text(sheet, 24, 3)).isEqualTo("…");
			assertThat(text(sheet, 26, 0))
				.isEqualTo("Note: Gross regional product is at current prices; growth rates are at comparable prices.");
			assertThat(text(sheet, sheet.getLastRowNum(), 0))
				.isEqualTo("Source: Sichuan Provincial Bureau of Statistics; Sichuan Provincial Department of Finance");
		}
		for (TableDefinition definition : this.reference.tables()) {
			assertThat(figures(xlsx(english(definition.id())))).as(definition.id())
				.isNotEmpty()
				.isEqualTo(figures(chineseXlsx(definition.id())));
		}
	}

	@Test
	void theCountyTableNamesTheDistrictsCountiesAndCitiesInEnglish() {
		CompiledTable table = english("chengdu-counties");
		assertThat(table.title())
			.isEqualTo("Main Economic Indicators of Districts, Counties and County-level Cities of Chengdu (2022)");
		assertThat(table.rows()).extracting(TableRow::label)
			.startsWith("Chengdu", "Jinjiang District")
			.contains("Shuangliu District", "Pidu District", "Jintang County", "Dujiangyan City", "Jianyang City")
			.hasSize(chinese("chengdu-counties").rows().size());
		assertThat(table.columns()).extracting(TableColumn::header)
			.containsExactly("Gross Regional Product", "Resident Population (10,000 persons)");
		assertThat(table.source()).isEqualTo("Source: Chengdu Municipal Bureau of Statistics");
	}

	@Test
	void theFiveEnglishTablesRenderToPdfWithLibreOffice() throws Exception {
		Path profile = this.work.resolve("profile");
		List<Path> pdfs = new ArrayList<>();
		for (TableDefinition definition : this.reference.tables()) {
			Path workbook = this.work.resolve(definition.id() + ".xlsx");
			try (OutputStream out = Files.newOutputStream(workbook)) {
				out.write(xlsx(english(definition.id())));
			}
			// a profile of its own, so that another LibreOffice on the machine does not
			// take the conversion over
			Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
					"--convert-to", "pdf", "--outdir", this.work.toString(), workbook.toString())
				.redirectErrorStream(true)
				.redirectOutput(this.work.resolve(definition.id() + ".log").toFile())
				.start();
			assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
			assertThat(soffice.exitValue())
				.as("soffice exit code for %s: %s", definition.id(),
						Files.readString(this.work.resolve(definition.id() + ".log")))
				.isZero();
			pdfs.add(this.work.resolve(definition.id() + ".pdf"));
		}
		assertThat(pdfs).hasSize(5).allSatisfy((pdf) -> {
			assertThat(pdf).exists();
			assertThat(Files.size(pdf)).isGreaterThan(1000);
			assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		});
	}

	private byte[] chineseXlsx(String id) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableXlsxWriter().write(chinese(id), out);
		return out.toByteArray();
	}

	private static String text(XSSFSheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	/** Every numeric cell of a sheet with its address. */
	private static List<String> figures(byte[] xlsx) throws IOException {
		List<String> figures = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.NUMERIC) {
						figures.add(cell.getAddress() + "=" + cell.getNumericCellValue() + " "
								+ cell.getCellStyle().getDataFormatString());
					}
				}
			}
		}
		return figures;
	}

}
