package org.annals.ingest;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes figures as a JSON-stat 2.0 dataset: dimensions {@code region} (role geo),
 * {@code indicator} (role metric, each category with its unit and decimals) and
 * {@code year} (role time), ids the codes and labels the Chinese names; {@code value} in
 * row-major order (null where there is no figure), {@code status} per cell with the
 * letters of {@link ObservationStatus}, the footnotes as {@code note}, and in
 * {@code extension.annals} what JSON-stat has no place for: each cell's flags (revised,
 * alternative, conflict), note and source, and what every status letter and flag means.
 */
public final class JsonStatWriter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ExportTexts texts;

	/**
	 * A writer in one language.
	 * @param texts the words of the dimension labels and status explanations
	 */
	public JsonStatWriter(ExportTexts texts) {
		this.texts = texts;
	}

	/**
	 * Writes a dataset.
	 * @param dataset the figures
	 * @param out where to write (UTF-8 JSON)
	 */
	public void write(StatDataset dataset, OutputStream out) {
		JSON.writerWithDefaultPrettyPrinter().writeValue(out, toJson(dataset));
	}

	ObjectNode toJson(StatDataset dataset) {
		Map<String, String> regions = new LinkedHashMap<>();
		Map<String, String> indicators = new LinkedHashMap<>();
		Set<Integer> yearSet = new java.util.TreeSet<>();
		for (StatDataset.Observation o : dataset.observations()) {
			regions.putIfAbsent(o.regionCode(), o.regionName());
			indicators.putIfAbsent(o.indicatorCode(), o.indicatorName());
			yearSet.add(o.year());
		}
		List<String> regionIds = new ArrayList<>(regions.keySet());
		List<String> indicatorIds = new ArrayList<>(indicators.keySet());
		List<Integer> years = new ArrayList<>(yearSet);
		ObjectNode root = NODES.objectNode();
		root.put("version", "2.0");
		root.put("class", "dataset");
		root.put("label", dataset.label());
		if (dataset.source() != null && !dataset.source().isEmpty()) {
			root.put("source", dataset.source());
		}
		if (dataset.updated() != null) {
			root.put("updated", dataset.updated());
		}
		Set<String> notes = new LinkedHashSet<>(dataset.notes());
		if (!notes.isEmpty()) {
			ArrayNode note = root.putArray("note");
			notes.forEach(note::add);
		}
		ArrayNode id = root.putArray("id");
		id.add("region").add("indicator").add("year");
		root.putArray("size").add(regionIds.size()).add(indicatorIds.size()).add(years.size());
		ObjectNode role = root.putObject("role");
		role.putArray("geo").add("region");
		role.putArray("metric").add("indicator");
		role.putArray("time").add("year");
		ObjectNode dimension = root.putObject("dimension");
		category(dimension, "region", this.texts.get("export.dimension.region"), regions);
		ObjectNode indicator = category(dimension, "indicator", this.texts.get("export.dimension.indicator"),
				indicators);
		units(indicator, dataset.observations());
		Map<String, String> yearLabels = new LinkedHashMap<>();
		years.forEach((y) -> yearLabels.put(String.valueOf(y),
				this.texts.get("export.dimension.year.label", String.valueOf(y))));
		category(dimension, "year", this.texts.get("export.dimension.year"), yearLabels);
		cells(root, dataset.observations(), regionIds, indicatorIds, years);
		return root;
	}

	private static ObjectNode category(ObjectNode dimension, String id, String label, Map<String, String> labels) {
		ObjectNode category = dimension.putObject(id).put("label", label).putObject("category");
		ArrayNode index = category.putArray("index");
		labels.keySet().forEach(index::add);
		if (!labels.isEmpty()) {
			ObjectNode names = category.putObject("label");
			labels.forEach((code, name) -> names.put(code, (name == null || name.isEmpty()) ? code : name));
		}
		return category;
	}

	private static void units(ObjectNode category, List<StatDataset.Observation> observations) {
		Map<String, ObjectNode> units = new LinkedHashMap<>();
		for (StatDataset.Observation o : observations) {
			ObjectNode unit = units.computeIfAbsent(o.indicatorCode(), (k) -> {
				ObjectNode node = NODES.objectNode();
				if (!o.unit().isEmpty()) {
					node.put("label", o.unit());
				}
				node.put("decimals", (o.decimals() != null) ? o.decimals() : 0);
				return node;
			});
			// a fact has no fixed decimals: the unit's decimals are as many as its most
			// precise figure has, so that a reader that rounds to them loses nothing
			BigDecimal value = o.plainValue();
			if (o.decimals() == null && value != null && value.scale() > unit.get("decimals").asInt()) {
				unit.put("decimals", value.scale());
			}
		}
		if (!units.isEmpty()) {
			ObjectNode unit = category.putObject("unit");
			units.forEach(unit::set);
		}
	}

	private void cells(ObjectNode root, List<StatDataset.Observation> observations, List<String> regionIds,
			List<String> indicatorIds, List<Integer> years) {
		int size = regionIds.size() * indicatorIds.size() * years.size();
		BigDecimal[] values = new BigDecimal[size];
		ObjectNode status = NODES.objectNode();
		ObjectNode cells = NODES.objectNode();
		boolean[] taken = new boolean[size];
		Map<String, Integer> regionAt = positions(regionIds);
		Map<String, Integer> indicatorAt = positions(indicatorIds);
		Map<Integer, Integer> yearAt = positions(years);
		for (StatDataset.Observation o : observations) {
			int at = (regionAt.get(o.regionCode()) * indicatorIds.size() + indicatorAt.get(o.indicatorCode()))
					* years.size() + yearAt.get(o.year());
			if (taken[at]) {
				continue;
			}
			taken[at] = true;
			values[at] = o.plainValue();
			String letter = ObservationStatus.jsonStat(o.status());
			if (letter != null) {
				status.put(String.valueOf(at), letter);
			}
			cells.set(String.valueOf(at), cell(o));
		}
		ArrayNode value = root.putArray("value");
		for (BigDecimal v : values) {
			if (v != null) {
				value.add(v);
			}
			else {
				value.addNull();
			}
		}
		if (!status.isEmpty()) {
			root.set("status", status);
		}
		ObjectNode annals = root.putObject("extension").putObject("annals");
		ObjectNode legend = annals.putObject("status");
		ObservationStatus.JSON_STAT_CODES.forEach((code) -> legend.put(code, this.texts.get("export.status." + code)));
		ObjectNode flags = annals.putObject("flags");
		StatDataset.Observation.FLAGS.forEach((flag) -> flags.put(flag, this.texts.get("export.flag." + flag)));
		annals.set("cells", cells);
	}

	private static <T> Map<T, Integer> positions(List<T> categories) {
		Map<T, Integer> positions = new java.util.HashMap<>();
		for (int i = 0; i < categories.size(); i++) {
			positions.put(categories.get(i), i);
		}
		return positions;
	}

	private static ObjectNode cell(StatDataset.Observation o) {
		ObjectNode cell = NODES.objectNode();
		if (!o.flags().isEmpty()) {
			ArrayNode flags = cell.putArray("flags");
			o.flags().forEach(flags::add);
		}
		putIfAny(cell, "note", o.note());
		putIfAny(cell, "department", o.department());
		putIfAny(cell, "file", o.file());
		putIfAny(cell, "sheet", o.sheet());
		putIfAny(cell, "cell", o.cell());
		return cell;
	}

	private static void putIfAny(ObjectNode node, String name, String text) {
		if (!text.isEmpty()) {
			node.put(name, text);
		}
	}

}
