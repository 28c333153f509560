package org.annals.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.annals.support.Text;

/**
 * The gazetteer of {@code jobs/reference/regions.csv}: every division by code, full name
 * and short name, and the lookup of a region as an office writes it.
 */
public final class RegionGazetteer {

	private final Map<String, Region> byCode = new LinkedHashMap<>();

	private final Map<String, Integer> ordinals = new HashMap<>();

	private final Map<String, List<Region>> byName = new HashMap<>();

	private final Map<String, List<Region>> children = new HashMap<>();

	private final Region province;

	private RegionGazetteer(List<Region> regions, String provinceCode) {
		for (Region region : regions) {
			this.byCode.put(region.code(), region);
			this.ordinals.putIfAbsent(region.code(), this.ordinals.size());
			index(region.name(), region);
			index(region.shortName(), region);
			if (region.level() == Region.Level.PREFECTURE && region.name().endsWith("自治州")
					&& region.shortName().endsWith("州")) {
				index(region.shortName().substring(0, region.shortName().length() - 1), region);
			}
			if (region.parentCode() != null) {
				this.children.computeIfAbsent(region.parentCode(), (k) -> new ArrayList<>()).add(region);
			}
		}
		this.province = this.byCode.get(provinceCode);
		if (this.province == null || this.province.level() != Region.Level.PROVINCE) {
			throw new IllegalStateException(
					"The configured province " + provinceCode + " is not a province in regions.csv");
		}
	}

	private void index(String name, Region region) {
		List<Region> list = this.byName.computeIfAbsent(Text.fold(name), (k) -> new ArrayList<>(1));
		if (!list.contains(region)) {
			list.add(region);
		}
	}

	/**
	 * Reads a gazetteer in the CSV form {@code code,name,short_name,level,parent_code}.
	 * @param csv the CSV
	 * @param provinceCode the office's own province
	 * @return the gazetteer
	 * @throws IOException when it cannot be read
	 */
	public static RegionGazetteer read(InputStream csv, String provinceCode) throws IOException {
		List<Region> regions = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
				CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(in)) {
			for (CsvRecord record : reader) {
				if (record.getStartingLineNumber() == 1) {
					continue;
				}
				try {
					String parent = record.getField(4);
					regions.add(new Region(record.getField(0), record.getField(1), record.getField(2),
							Region.Level.valueOf(record.getField(3).toUpperCase(Locale.ROOT)),
							parent.isEmpty() ? null : parent));
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(
							"line " + record.getStartingLineNumber() + ": " + ex.getMessage() + " in " + record, ex);
				}
			}
		}
		return new RegionGazetteer(regions, provinceCode);
	}

	/**
	 * The office's own province ({@code 全省}).
	 * @return the province
	 */
	public Region province() {
		return this.province;
	}

	/**
	 * A division by code.
	 * @param code the six-digit code
	 * @return the division
	 */
	public Optional<Region> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * The divisions directly under one, in code order.
	 * @param code the parent's code
	 * @return the children
	 */
	public List<Region> children(String code) {
		return this.children.getOrDefault(code, Collections.emptyList());
	}

	/**
	 * A division's place in the gazetteer, for compact sets of regions.
	 * @param code the six-digit code
	 * @return 0 to {@link #size()} - 1, or -1 for a code not in the gazetteer
	 */
	public int ordinal(String code) {
		Integer ordinal = this.ordinals.get(code);
		return (ordinal != null) ? ordinal : -1;
	}

	/**
	 * How many divisions the gazetteer holds.
	 * @return the count
	 */
	public int size() {
		return this.byCode.size();
	}

	/**
	 * Finds a region as written, preferring the divisions under the scope, then those of
	 * the province, then a name unique in the whole country.
	 * @param written the text as written (padding and full-width forms allowed)
	 * @param scope the region the table is about (a city for a county table)
	 * @return the region, or empty when unknown or ambiguous
	 */
	public Optional<Region> resolve(String written, Region scope) {
		String key = Text.fold(written);
		List<Region> candidates = this.byName.get(key);
		if (candidates == null) {
			return Optional.empty();
		}
		if (candidates.size() == 1) {
			return Optional.of(candidates.get(0));
		}
		List<Region> under = candidates.stream()
			.filter((r) -> !r.code().equals(scope.code()) && isWithin(r, scope))
			.toList();
		if (under.size() == 1) {
			return Optional.of(under.get(0));
		}
		for (Region area : new Region[] { scope, this.province }) {
			List<Region> inside = candidates.stream().filter((r) -> isWithin(r, area)).toList();
			if (inside.size() == 1) {
				return Optional.of(inside.get(0));
			}
			Optional<Region> outermost = outermost(inside);
			if (outermost.isPresent()) {
				return outermost;
			}
		}
		return Optional.empty();
	}

	/**
	 * Of candidates where one contains all the others (广安市 and its 广安区), that one: a
	 * table that writes 广安 among cities means the city.
	 */
	private Optional<Region> outermost(List<Region> candidates) {
		for (Region candidate : candidates) {
			if (candidates.stream().allMatch((r) -> isWithin(r, candidate))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a region is the area itself or lies within it.
	 * @param region the region
	 * @param area the area
	 * @return true when inside
	 */
	public boolean isWithin(Region region, Region area) {
		Region current = region;
		while (current != null) {
			if (current.code().equals(area.code())) {
				return true;
			}
			current = (current.parentCode() != null) ? this.byCode.get(current.parentCode()) : null;
		}
		return false;
	}

}
