package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.reference.ReferenceData;
import org.annals.scheduling.JobRunner;
import org.annals.support.CsvText;
import org.annals.tables.CompiledTable;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableColumn;
import org.annals.tables.TableCsvWriter;
import org.annals.tables.TableObservations;
import org.annals.tables.TablesJobConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sample-input's 2022 facts and its main table in JSON-stat 2.0 and SDMX-CSV 1.0 on
 * PostgreSQL, each read back without the writers' code and compared, cell by cell and row
 * by row, with the CSV export of the same figures: every value, status, unit, name and
 * source is found, nothing more; the flags the CSV has no column for, and a table's
 * footnotes, notes and decimals, too.
 */
class OpenFormatsFunctionalTests extends PostgresTestSupport {

	@Autowired
	JobRunner jobs;

	@Autowired
	FactsExporter exporter;

	@Autowired
	FactObservations facts;

	@Autowired
	TableBuilds builds;

	@Autowired
	ReferenceData reference;

	@TempDir
	Path inbox;

	@BeforeEach
	void ingestAndCompile() throws Exception {
		TestInboxes.copyOfSampleInput(this.inbox);
		assertThat(this.jobs.run(IngestJobs.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(TablesJobConfiguration.JOB, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void jsonStatOfTheFactsHoldsEveryCellOfTheCsvExport() {
		List<Map<String, String>> csv = factsCsv();
		assertThat(csv).hasSize(400);
		JsonNode document = JsonStatReading.parse(jsonStat(this.facts.of(2022, ExportTexts.of(false))));
		assertThat(JsonStatReading.schemaErrors(document)).isEmpty();
		Map<String, JsonStatReading.Cell> cells = JsonStatReading.cells(document);
		assertThat(cells).hasSameSizeAs(csv);
		for (Map<String, String> row : csv) {
			String key = row.get("region_code") + "|" + row.get("indicator_code") + "|" + row.get("year");
			JsonStatReading.Cell cell = cells.get(key);
			assertThat(cell).as(key).isNotNull();
			assertThat(plain(cell.value())).as(key).isEqualTo(row.get("value"));
			assertThat(annalsStatus(cell.status())).as(key).isEqualTo(row.get("status"));
			assertThat(CsvText.neutralise(cell.unit())).as(key).isEqualTo(row.get("unit"));
			assertThat(CsvText.neutralise(cell.regionLabel())).as(key)
				.isEqualTo(row.get("region_name").isEmpty() ? row.get("region_code") : row.get("region_name"));
			assertThat(CsvText.neutralise(cell.indicatorLabel())).as(key).isEqualTo(row.get("indicator_name"));
			assertThat(CsvText.neutralise(cell.text("department"))).isEqualTo(row.get("department"));
			assertThat(CsvText.neutralise(cell.text("file"))).isEqualTo(row.get("source_file"));
			assertThat(CsvText.neutralise(cell.text("sheet"))).isEqualTo(row.get("source_sheet"));
			assertThat(CsvText.neutralise(cell.text("cell"))).isEqualTo(row.get("source_cell"));
			// the unit's decimals print the figure exactly
			if (cell.value() != null) {
				assertThat(cell.decimals()).as(key).isGreaterThanOrEqualTo(cell.value().stripTrailingZeros().scale());
			}
		}
		assertThat(csv).anyMatch((row) -> row.get("status").equals("na"))
			.anyMatch((row) -> row.get("status").equals("provisional"));
		assertThat(document.get("label").asString()).isEqualTo("2022年规范事实");
		assertThat(document.get("source").asString()).contains("省统计局");
		assertThat(document.get("updated").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
	}

	@Test
	void sdmxCsvOfTheFactsEqualsTheCsvExportRowByRow() {
		List<Map<String, String>> csv = factsCsv();
		List<Map<String, String>> sdmx = records(sdmxCsv(this.facts.of(2022, ExportTexts.of(false))));
		assertThat(sdmx).hasSameSizeAs(csv);
		for (int i = 0; i < csv.size(); i++) {
			Map<String, String> expected = csv.get(i);
			Map<String, String> row = sdmx.get(i);
			String where = "row " + (i + 2) + " " + expected;
			assertThat(row.get("DATAFLOW")).isEqualTo("ANNALS:FACTS(1.0)");
			assertThat(row.get("REF_AREA")).as(where).isEqualTo(expected.get("region_code"));
			assertThat(row.get("INDICATOR")).as(where).isEqualTo(expected.get("indicator_code"));
			assertThat(row.get("TIME_PERIOD")).as(where).isEqualTo(expected.get("year"));
			assertThat(row.get("OBS_VALUE")).as(where).isEqualTo(expected.get("value"));
			assertThat(row.get("UNIT_MEASURE")).as(where).isEqualTo(expected.get("unit"));
			assertThat(annalsStatus(row.get("OBS_STATUS"), row.get("CONF_STATUS"))).as(where)
				.isEqualTo(expected.get("status"));
			assertThat(row.get("SOURCE_DEPARTMENT")).as(where).isEqualTo(expected.get("department"));
			assertThat(row.get("SOURCE_FILE")).as(where).isEqualTo(expected.get("source_file"));
			assertThat(row.get("SOURCE_SHEET")).as(where).isEqualTo(expected.get("source_sheet"));
			assertThat(row.get("SOURCE_CELL")).as(where).isEqualTo(expected.get("source_cell"));
			assertThat(row.get("OBS_FLAGS")).as(where).isEmpty();
			assertThat(row.get("COMMENT_DSET")).as(where).isEmpty();
		}
	}

	@Test
	void revisedAlternativeAndConflictingFactsAreFlaggedInBothFormats() {
		long gdp = this.jdbc.queryForObject("select id from ingest_published_fact where region_code = '510000' "
				+ "and indicator_code = 'gdp' and fact_year = 2022 and state = 'current'", Long.class);
		long revenue = this.jdbc.queryForObject(
				"select id from ingest_published_fact where region_code = '510100' "
						+ "and indicator_code = 'general_budget_revenue' and fact_year = 2022 and state = 'current'",
				Long.class);
		this.jdbc.update("update ingest_fact set conflict = true where id = ?", gdp);
		for (Object[] change : List.of(new Object[] { "revision", "510000", "gdp", gdp },
				new Object[] { "alternative", "510100", "general_budget_revenue", revenue })) {
			this.jdbc.update("insert into ingest_fact_change (kind, region_code, indicator_code, fact_year, "
					+ "earlier_fact_id, later_fact_id, published_fact_id, submission_id, decided_at) "
					+ "select ?, ?, ?, 2022, id, id, id, submission_id, localtimestamp from ingest_fact where id = ?",
					change);
		}
		StatDataset dataset = this.facts.of(2022, ExportTexts.of(false));
		Map<String, JsonStatReading.Cell> cells = JsonStatReading.cells(JsonStatReading.parse(jsonStat(dataset)));
		assertThat(cells.get("510000|gdp|2022").flags()).isEqualTo("revised;conflict");
		assertThat(cells.get("510100|general_budget_revenue|2022").flags()).isEqualTo("alternative");
		assertThat(cells.values().stream().filter((cell) -> !cell.flags().isEmpty())).hasSize(2);
		Map<String, String> flags = new HashMap<>();
		records(sdmxCsv(dataset))
			.forEach((row) -> flags.put(row.get("REF_AREA") + "|" + row.get("INDICATOR"), row.get("OBS_FLAGS")));
		assertThat(flags).containsEntry("510000|gdp", "revised;conflict")
			.containsEntry("510100|general_budget_revenue", "alternative");
		assertThat(flags.values().stream().filter((f) -> !f.isEmpty())).hasSize(2);
	}

	@Test
	void aTableKeepsItsFiguresDecimalsStatusNotesFootnotesAndSource() throws Exception {
		TableBuilds.Build build = this.builds.latest("main-economic-indicators", 2022).orElseThrow();
		CompiledTable table = build.document().toCompiled();
		StatDataset dataset = new TableObservations(this.reference.indicators()).of(build);
		JsonNode document = JsonStatReading.parse(jsonStat(dataset));
		assertThat(JsonStatReading.schemaErrors(document)).isEmpty();
		assertThat(document.get("label").asString()).isEqualTo("2022年各市（州）主要经济指标");
		assertThat(document.get("source").asString()).isEqualTo("资料来源：四川省统计局、四川省财政厅");
		List<String> notes = JsonStatReading.texts(document.get("note"));
		assertThat(notes).contains("单位：亿元").containsAll(table.footnotes());
		Map<String, JsonStatReading.Cell> cells = JsonStatReading.cells(document);
		Map<String, Map<String, String>> sdmx = new HashMap<>();
		records(sdmxCsv(dataset)).forEach((row) -> sdmx
			.put(row.get("REF_AREA") + "|" + row.get("INDICATOR") + "|" + row.get("TIME_PERIOD"), row));
		List<CsvRecord> printed = csvRecords(tableCsv(table));
		assertThat(printed).hasSize(table.rows().size() + 1);
		int figures = 0;
		for (int r = 0; r < table.rows().size(); r++) {
			for (int c = 0; c < table.columns().size(); c++) {
				TableColumn column = table.columns().get(c);
				String key = table.rows().get(r).regionCode() + "|" + indicatorOf(column) + "|" + yearOf(column, 2022);
				String shown = printed.get(r + 1).getField(c + 1);
				JsonStatReading.Cell cell = cells.get(key);
				Map<String, String> row = sdmx.get(key);
				assertThat(cell).as(key).isNotNull();
				assertThat(row).as(key).isNotNull();
				// what the yearbook prints, from either format: the value to the
				// column's decimals, … where there is none
				assertThat(printedAs(cell.value(), cell.decimals())).as(key).isEqualTo(shown);
				assertThat(printedAs(row.get("OBS_VALUE").isEmpty() ? null : new BigDecimal(row.get("OBS_VALUE")),
						Integer.valueOf(row.get("DECIMALS"))))
					.as(key)
					.isEqualTo(shown);
				assertThat(cell.decimals()).as(key).isEqualTo(column.decimals());
				String status = table.rows().get(r).cells().get(c).status();
				assertThat(annalsStatus(cell.status())).as(key)
					.isEqualTo(status.equals("missing") ? "missing" : status);
				assertThat(annalsStatus(row.get("OBS_STATUS"), row.get("CONF_STATUS"))).as(key).isEqualTo(status);
				String note = table.rows().get(r).cells().get(c).note();
				assertThat(cell.text("note")).as(key).isEqualTo(note);
				assertThat(row.get("COMMENT_OBS")).as(key).isEqualTo(CsvText.neutralise(note));
				assertThat(row.get("COMMENT_DSET").split(" \\| ")).as(key).containsExactlyElementsOf(notes);
				figures++;
			}
		}
		assertThat(cells).hasSize(figures);
		assertThat(sdmx).hasSize(figures);
	}

	private static String indicatorOf(TableColumn column) {
		return column.value().equals("growth") ? column.indicatorCode() + "_growth" : column.indicatorCode();
	}

	private static String yearOf(TableColumn column, int year) {
		return String.valueOf(column.value().equals("previous") ? year - 1 : year);
	}

	private static String printedAs(BigDecimal value, Integer decimals) {
		return (value != null) ? value.setScale(decimals, RoundingMode.HALF_UP).toPlainString() : "…";
	}

	/** Our own reading of the status letters, as the README documents them. */
	private static String annalsStatus(String letter) {
		if (letter == null) {
			return "";
		}
		return switch (letter) {
			case "P" -> "provisional";
			case "O" -> "na";
			case "L" -> "missing";
			case "C" -> "confidential";
			default -> "?" + letter;
		};
	}

	private static String annalsStatus(String obsStatus, String confStatus) {
		if (confStatus.equals("C")) {
			return "confidential";
		}
		return obsStatus.equals("A") ? "" : annalsStatus(obsStatus);
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	private List<Map<String, String>> factsCsv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.exporter.export(2022, writer);
		return records(out.toByteArray());
	}

	private static byte[] jsonStat(StatDataset dataset) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new JsonStatWriter(ExportTexts.of(false)).write(dataset, out);
		return out.toByteArray();
	}

	private static byte[] sdmxCsv(StatDataset dataset) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SdmxCsvWriter().write(dataset, out);
		return out.toByteArray();
	}

	private static byte[] tableCsv(CompiledTable table) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TableCsvWriter().write(table, out);
		return out.toByteArray();
	}

	private static List<CsvRecord> csvRecords(byte[] csv) {
		return CsvReader.builder().ofCsvRecord(new String(csv, StandardCharsets.UTF_8)).stream().toList();
	}

	/** Rows by header name, read with FastCSV. */
	private static List<Map<String, String>> records(byte[] csv) {
		List<CsvRecord> records = csvRecords(csv);
		List<String> header = records.get(0).getFields();
		return records.stream().skip(1).map((record) -> {
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), record.getField(i));
			}
			return row;
		}).toList();
	}

}
