package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON-stat 2.0 and SDMX-CSV 1.0 of a small dataset that has every status, every flag, a
 * note, units with decimals, footnotes and text a spreadsheet would execute: read back
 * without the writers' code, nothing is lost.
 */
class OpenFormatsTests {

	private static final StatDataset DATASET = new StatDataset("FACTS", "2022年规范事实", "报送单位：省统计局",
			"2026-12-07T01:30:00Z", List.of("单位：亿元", "地区生产总值按当年价格计算。"),
			List.of(observation("510000", "gdp", "亿元", 2, 2022, "56749.8", "", List.of(), ""),
					observation("510000", "gdp", "亿元", 2, 2021, "53850.79", "provisional", List.of("revised"), ""),
					observation("510100", "gdp", "亿元", 2, 2022, null, "na", List.of(), "=SUM(A1)"),
					observation("510100", "gdp_growth", "%", 1, 2022, "2.8", "", List.of("conflict", "alternative"),
							"增速按可比价格计算"),
					observation("510300", "gdp_growth", "%", 1, 2022, null, "missing", List.of(), ""),
					observation("510300", "gdp", "亿元", null, 2022, "1000", "confidential", List.of(), "")));

	private static StatDataset.Observation observation(String region, String indicator, String unit, Integer decimals,
			int year, String value, String status, List<String> flags, String note) {
		return new StatDataset.Observation(region, "地区" + region, indicator, "指标" + indicator, unit, decimals, year,
				(value != null) ? new BigDecimal(value) : null, status, flags, note, "省统计局", "-主要指标.xlsx", "2022年",
				"C" + year);
	}

	private static byte[] jsonStat() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new JsonStatWriter(ExportTexts.of(false)).write(DATASET, out);
		return out.toByteArray();
	}

	@Test
	void jsonStatIsValidAgainstTheOfficialSchema() {
		JsonNode document = JsonStatReading.parse(jsonStat());
		assertThat(JsonStatReading.schemaErrors(document)).isEmpty();
		assertThat(document.get("version").asString()).isEqualTo("2.0");
		assertThat(document.get("role").get("geo").get(0).asString()).isEqualTo("region");
		assertThat(document.get("role").get("metric").get(0).asString()).isEqualTo("indicator");
		assertThat(document.get("role").get("time").get(0).asString()).isEqualTo("year");
		// the schema is applied for real: a dataset without its size is refused
		((ObjectNode) document).remove("size");
		assertThat(JsonStatReading.schemaErrors(document)).isNotEmpty();
	}

	@Test
	void jsonStatKeepsEveryValueStatusUnitFlagNoteAndSource() {
		JsonNode document = JsonStatReading.parse(jsonStat());
		Map<String, JsonStatReading.Cell> cells = JsonStatReading.cells(document);
		assertThat(cells).hasSize(DATASET.observations().size());
		for (StatDataset.Observation o : DATASET.observations()) {
			JsonStatReading.Cell cell = cells.get(o.regionCode() + "|" + o.indicatorCode() + "|" + o.year());
			assertThat(cell).as(o.toString()).isNotNull();
			assertThat(cell.value()).as(o.toString()).isEqualTo(o.plainValue());
			assertThat(cell.status()).as(o.toString()).isEqualTo(ObservationStatus.jsonStat(o.status()));
			assertThat(cell.unit()).isEqualTo(o.unit());
			assertThat(cell.regionLabel()).isEqualTo(o.regionName());
			assertThat(cell.indicatorLabel()).isEqualTo(o.indicatorName());
			assertThat(cell.flags()).isEqualTo(String.join(";", o.flags()));
			assertThat(cell.text("note")).isEqualTo(o.note());
			assertThat(cell.text("file") + "|" + cell.text("sheet") + "|" + cell.text("cell"))
				.isEqualTo(o.file() + "|" + o.sheet() + "|" + o.cell());
		}
		// a figure without fixed decimals takes as many as its most precise value
		assertThat(cells.get("510000|gdp|2022").decimals()).isEqualTo(2);
		assertThat(cells.get("510100|gdp_growth|2022").decimals()).isEqualTo(1);
		assertThat(cells.get("510000|gdp|2021").status()).isEqualTo("P");
		assertThat(cells.get("510100|gdp|2022").status()).isEqualTo("O");
		assertThat(cells.get("510300|gdp_growth|2022").status()).isEqualTo("L");
		assertThat(cells.get("510300|gdp|2022").status()).isEqualTo("C");
		assertThat(document.get("note").get(1).asString()).isEqualTo("地区生产总值按当年价格计算。");
		assertThat(document.get("source").asString()).isEqualTo("报送单位：省统计局");
		JsonNode legend = document.get("extension").get("annals");
		ObservationStatus.JSON_STAT_CODES.forEach((code) -> assertThat(legend.get("status").has(code)).isTrue());
		StatDataset.Observation.FLAGS.forEach((flag) -> assertThat(legend.get("flags").has(flag)).isTrue());
		assertThat(legend.get("status").get("P").asString()).contains("暂定");
	}

	@Test
	void jsonStatSpeaksEnglishOnRequest() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new JsonStatWriter(ExportTexts.of(true)).write(DATASET, out);
		JsonNode document = JsonStatReading.parse(out.toByteArray());
		assertThat(document.get("dimension").get("region").get("label").asString()).isEqualTo("Region");
		assertThat(document.get("extension").get("annals").get("status").get("P").asString()).contains("provisional");
	}

	@Test
	void sdmxCsvKeepsEveryValueStatusFlagNoteAndSource() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new SdmxCsvWriter().write(DATASET, out);
		List<CsvRecord> records = CsvReader.builder()
			.ofCsvRecord(out.toString(StandardCharsets.UTF_8))
			.stream()
			.toList();
		assertThat(records.get(0).getFields()).containsExactly(SdmxCsvWriter.HEADER);
		assertThat(records).hasSize(DATASET.observations().size() + 1);
		for (int i = 0; i < DATASET.observations().size(); i++) {
			StatDataset.Observation o = DATASET.observations().get(i);
			CsvRecord row = records.get(i + 1);
			assertThat(row.getField(0)).isEqualTo("ANNALS:FACTS(1.0)");
			assertThat(row.getField(1) + "|" + row.getField(2) + "|" + row.getField(3))
				.isEqualTo(o.regionCode() + "|" + o.indicatorCode() + "|" + o.year());
			assertThat(row.getField(4)).isEqualTo((o.value() != null) ? o.plainValue().toPlainString() : "");
			assertThat(row.getField(5)).isEqualTo(o.unit());
			assertThat(row.getField(8)).isEqualTo((o.decimals() != null) ? String.valueOf(o.decimals()) : "");
			assertThat(row.getField(10)).isEqualTo(String.join(";", o.flags()));
			assertThat(row.getField(11)).isEqualTo(o.department());
			assertThat(row.getField(15)).isEqualTo("单位：亿元 | 地区生产总值按当年价格计算。");
		}
		assertThat(records.get(1).getField(6) + records.get(1).getField(7)).isEqualTo("AF");
		assertThat(records.get(2).getField(6)).isEqualTo("P");
		assertThat(records.get(3).getField(6)).isEqualTo("O");
		assertThat(records.get(5).getField(6)).isEqualTo("L");
		assertThat(records.get(6).getField(6) + records.get(6).getField(7)).isEqualTo("AC");
		// text a spreadsheet would execute is neutralised, as in every CSV we write
		assertThat(records.get(3).getField(9)).isEqualTo("'=SUM(A1)");
		assertThat(records.get(1).getField(12)).isEqualTo("'-主要指标.xlsx");
		assertThat(records.get(4).getField(9)).isEqualTo("增速按可比价格计算");
	}

}
