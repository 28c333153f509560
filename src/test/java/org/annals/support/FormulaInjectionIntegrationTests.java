package org.annals.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.chronicle.ChronicleExporter;
import org.annals.chronicle.ChronicleJobConfiguration;
import org.annals.chronicle.ChronicleRepository;
import org.annals.ingest.FactsExporter;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.annals.tables.CompiledTable;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableCsvWriter;
import org.annals.tables.TableXlsxWriter;
import org.annals.tables.TablesJobConfiguration;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RELIABILITY #9, formula injection, through the real exporters on what came in through a
 * real ingest: trigger strings a department can send (its folder's name, its file's name,
 * an event's title and text) and the figure -12.5. The facts CSV, the table CSV and the
 * chronicle CSV have no cell that a spreadsheet would execute (the check's one-liner, see
 * {@link FormulaCells}) while -12.5 stays a number; the table XLSX holds no {@code <f>}
 * and -12.5 as a number.
 */
class FormulaInjectionIntegrationTests extends PostgresTestSupport {

	private static final String DEPARTMENT = "=HYPERLINK(\"x\",\"统计\")";

	private static final String FILE = "@SUM(1+1)*cmd|' -2+3.csv";

	@Autowired
	JobRunner jobs;

	@Autowired
	FactsExporter facts;

	@Autowired
	TableBuilds builds;

	@Autowired
	ChronicleRepository chronicle;

	@TempDir
	Path inbox;

	@BeforeEach
	void ingestTriggersAndCompile() throws Exception {
		TestInboxes.drop(this.inbox, DEPARTMENT, FILE, "地区,指标,计量单位,年份,数值", "成都市,地区生产总值,亿元,2021,100",
				"成都市,地区生产总值,亿元,2022,87.5", "成都市,地区生产总值增长率,%,2022,-12.5");
		TestInboxes.drop(this.inbox, "+86宣传部", "2022年大事记.csv", "日期,单位,标题,内容",
				"6月1日,-2+3宣传部,=HYPERLINK(\"http://x\"),@SUM(A1) 内容", "6月2日,宣传部,+86 标题,\"-1+1\n=1+1\"");
		for (String job : List.of(IngestJobConfiguration.JOB, IngestJobConfiguration.EVENTS_JOB)) {
			assertThat(this.jobs.run(job, Map.of("inbox", this.inbox.toString())).getStatus())
				.isEqualTo(BatchStatus.COMPLETED);
		}
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(ChronicleJobConfiguration.JOB, Map.of("year", "all")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void theFactsCsvNeutralisesEveryTextCellAndKeepsMinusTwelveAndAHalfANumber() throws Exception {
		StringWriter out = new StringWriter();
		this.facts.export(2022, out);
		String csv = out.toString();
		assertThat(FormulaCells.in(csv)).isEmpty();
		assertThat(csv).contains(",gdp_growth,")
			.contains(",2022,-12.5,")
			.contains(",\"'" + DEPARTMENT.replace("\"", "\"\"") + "\",");
		assertThat(csv).contains("'" + FILE);
	}

	@Test
	void theTableCsvAndXlsxExecuteNothingAndMinusTwelveAndAHalfStaysANumber() throws Exception {
		CompiledTable table = this.builds.latest("main-economic-indicators", 2022)
			.orElseThrow()
			.document()
			.toCompiled();
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		new TableCsvWriter().write(table, csv);
		String text = csv.toString(StandardCharsets.UTF_8);
		assertThat(FormulaCells.in(text)).isEmpty();
		assertThat(text).contains("成都市,87.50,100.00,-12.5,");
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		new TableXlsxWriter().write(table, xlsx);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.toByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("xl/worksheets/")) {
					assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("<f>")
						.doesNotContain("<f ");
				}
			}
		}
		List<Double> numbers = new ArrayList<>();
		List<CellType> types = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> {
				types.add(cell.getCellType());
				if (cell.getCellType() == CellType.NUMERIC) {
					numbers.add(cell.getNumericCellValue());
				}
			}));
		}
		assertThat(types).doesNotContain(CellType.FORMULA);
		assertThat(numbers).contains(-12.5, 87.5);
	}

	@Test
	void theChronicleCsvNeutralisesEveryTextCell() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ChronicleExporter().write("2022年大事记", this.chronicle.entries(2022, null), ChronicleExporter.Format.CSV,
				out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(FormulaCells.in(csv)).isEmpty();
		assertThat(csv).contains("'=HYPERLINK(\"\"http://x\"\")").contains("'+86 标题");
	}

}
