package org.annals.ingest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON-stat 2.0 dataset back, as a consumer would, without any of the writer's
 * code: the official schema first, then every cell found through {@code id}, {@code size}
 * and the category indexes, with its status, unit and what {@code extension.annals} says
 * of it.
 */
public final class JsonStatReading {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private JsonStatReading() {
	}

	/**
	 * A cell read back.
	 *
	 * @param region the region code
	 * @param regionLabel its label
	 * @param indicator the indicator code
	 * @param indicatorLabel its label
	 * @param year the year
	 * @param value the value, null when none
	 * @param status the status letter, null when none
	 * @param unit the unit label, null when none
	 * @param decimals the unit's decimals
	 * @param extension what {@code extension.annals.cells} says of the cell (flags, note,
	 * department, file, sheet, cell), or null
	 */
	public record Cell(String region, String regionLabel, String indicator, String indicatorLabel, String year,
			BigDecimal value, String status, String unit, Integer decimals, JsonNode extension) {

		/**
		 * A text of the cell's extension.
		 * @param name the field
		 * @return the text, empty when absent
		 */
		public String text(String name) {
			return (this.extension != null && this.extension.has(name)) ? this.extension.get(name).asString() : "";
		}

		/**
		 * The cell's flags.
		 * @return the flags, joined by {@code ;}
		 */
		public String flags() {
			List<String> flags = new ArrayList<>();
			if (this.extension != null && this.extension.has("flags")) {
				this.extension.get("flags").forEach((f) -> flags.add(f.asString()));
			}
			return String.join(";", flags);
		}

	}

	/**
	 * Parses a document.
	 * @param json the bytes
	 * @return the tree
	 */
	public static JsonNode parse(byte[] json) {
		return JSON.readTree(json);
	}

	/**
	 * What the official JSON-stat 2.0 dataset schema finds wrong with a document.
	 * @param document the document
	 * @return the errors, none when valid
	 */
	public static List<Error> schemaErrors(JsonNode document) {
		try (InputStream schemaText = JsonStatReading.class.getResourceAsStream("/jsonstat/dataset-2.0.json")) {
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(schemaText, InputFormat.JSON);
			return schema.validate(document);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Every cell that has a value, a status or an extension, by
	 * {@code region|indicator|year}.
	 * @param document the dataset
	 * @return the cells
	 */
	public static Map<String, Cell> cells(JsonNode document) {
		List<String> ids = new ArrayList<>();
		document.get("id").forEach((id) -> ids.add(id.asString()));
		List<List<String>> categories = new ArrayList<>();
		for (String id : ids) {
			List<String> index = new ArrayList<>();
			document.get("dimension").get(id).get("category").get("index").forEach((c) -> index.add(c.asString()));
			categories.add(index);
		}
		for (int d = 0; d < ids.size(); d++) {
			if (document.get("size").get(d).asInt() != categories.get(d).size()) {
				throw new IllegalStateException("size of " + ids.get(d) + " is not its number of categories");
			}
		}
		JsonNode values = document.get("value");
		JsonNode status = document.path("status");
		JsonNode extension = document.path("extension").path("annals").path("cells");
		JsonNode indicators = document.get("dimension").get("indicator").get("category");
		Map<String, Cell> cells = new LinkedHashMap<>();
		for (int at = 0; at < values.size(); at++) {
			int rest = at;
			String[] codes = new String[ids.size()];
			for (int d = ids.size() - 1; d >= 0; d--) {
				int size = categories.get(d).size();
				codes[d] = categories.get(d).get(rest % size);
				rest /= size;
			}
			JsonNode value = values.get(at);
			String key = String.valueOf(at);
			if (value.isNull() && !status.has(key) && !extension.has(key)) {
				continue;
			}
			Map<String, String> byId = new LinkedHashMap<>();
			for (int d = 0; d < ids.size(); d++) {
				byId.put(ids.get(d), codes[d]);
			}
			String region = byId.get("region");
			String indicator = byId.get("indicator");
			JsonNode unit = indicators.path("unit").path(indicator);
			cells.put(region + "|" + indicator + "|" + byId.get("year"),
					new Cell(region, label(document, "region", region), indicator,
							label(document, "indicator", indicator), byId.get("year"),
							value.isNull() ? null : value.decimalValue(),
							status.has(key) ? status.get(key).asString() : null,
							unit.has("label") ? unit.get("label").asString() : null,
							unit.has("decimals") ? unit.get("decimals").asInt() : null,
							extension.has(key) ? extension.get(key) : null));
		}
		return cells;
	}

	/**
	 * The texts of an array, such as {@code note}.
	 * @param array the array, may be null
	 * @return the texts
	 */
	public static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		if (array != null) {
			array.forEach((t) -> texts.add(t.asString()));
		}
		return texts;
	}

	private static String label(JsonNode document, String dimension, String code) {
		return document.get("dimension").get(dimension).get("category").path("label").path(code).asString();
	}

}
