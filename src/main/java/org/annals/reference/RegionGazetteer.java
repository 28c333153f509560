package org.annals.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.annals.reference.internal.RegionEnglishNames;
import org.annals.reference.internal.RegionSuccession;
import org.annals.support.Text;

/**
 * The gazetteer of {@code jobs/reference/regions.csv}: every division by code, full name
 * and short name, with the years each stood and what succeeded it (撤县设区, renamed
 * counties, counties moved between cities), and the lookup of a region as an office
 * writes it, as of the data's year. Year 0 stands for today.
 */
public final class RegionGazetteer {

	private final Map<String, List<Region>> byCode = new LinkedHashMap<>();

	private final Map<String, Integer> ordinals = new HashMap<>();

	private final Map<String, List<Region>> byName = new HashMap<>();

	private final Map<String, List<Region>> children = new HashMap<>();

	private final RegionSuccession succession;

	private final Region province;

	private RegionGazetteer(List<Region> regions, String provinceCode) {
		for (Region region : regions) {
			this.byCode.computeIfAbsent(region.code(), (k) -> new ArrayList<>(1)).add(region);
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
		this.succession = new RegionSuccession(regions);
		this.province = byCode(provinceCode).orElse(null);
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
	 * Reads a gazetteer in the CSV form
	 * {@code code,name,short_name,level,parent_code[,valid_from,valid_to,successors]}; a
	 * file of the first five columns only is a gazetteer of divisions in use.
	 * @param csv the CSV
	 * @param provinceCode the office's own province
	 * @return the gazetteer
	 * @throws IOException when it cannot be read
	 */
	public static RegionGazetteer read(InputStream csv, String provinceCode) throws IOException {
		return read(csv, null, provinceCode);
	}

	/**
	 * Reads a gazetteer with the English names of {@code jobs/reference/regions-en.csv}
	 * ({@code code,name,name_en}).
	 * @param csv the gazetteer's CSV
	 * @param english the English names, or null for none
	 * @param provinceCode the office's own province
	 * @return the gazetteer
	 * @throws IOException when either cannot be read
	 */
	public static RegionGazetteer read(InputStream csv, InputStream english, String provinceCode) throws IOException {
		Map<String, String> names = (english != null) ? RegionEnglishNames.read(english) : Map.of();
		List<Region> regions = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
				CsvReader<CsvRecord> reader = CsvReader.builder().allowMissingFields(true).ofCsvRecord(in)) {
			for (CsvRecord record : reader) {
				if (record.getStartingLineNumber() == 1) {
					continue;
				}
				try {
					regions.add(region(record, names));
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(
							"line " + record.getStartingLineNumber() + ": " + ex.getMessage() + " in " + record, ex);
				}
			}
		}
		return new RegionGazetteer(regions, provinceCode);
	}

	private static Region region(CsvRecord record, Map<String, String> english) {
		String parent = record.getField(4);
		String from = field(record, 5);
		String to = field(record, 6);
		String successors = field(record, 7);
		return new Region(record.getField(0), record.getField(1), record.getField(2),
				Region.Level.valueOf(record.getField(3).toUpperCase(Locale.ROOT)), parent.isEmpty() ? null : parent,
				from.isEmpty() ? null : Integer.valueOf(from), to.isEmpty() ? null : Integer.valueOf(to),
				successors.isEmpty() ? List.of() : Arrays.asList(successors.split(";")),
				english.get(RegionEnglishNames.key(record.getField(0), record.getField(1))));
	}

	private static String field(CsvRecord record, int index) {
		return (record.getFieldCount() > index) ? record.getField(index).strip() : "";
	}

	/**
	 * Every division of the gazetteer, each code's records in the file's order.
	 * @return the divisions
	 */
	public List<Region> all() {
		return this.byCode.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * The office's own province ({@code 全省}).
	 * @return the province
	 */
	public Region province() {
		return this.province;
	}

	/**
	 * A division by code: the one in use, or else the last that had the code.
	 * @param code the six-digit code
	 * @return the division
	 */
	public Optional<Region> byCode(String code) {
		List<Region> records = this.byCode.get(code);
		if (records == null) {
			return Optional.empty();
		}
		return Optional.of(records.stream().filter((r) -> r.isValidIn(0)).findFirst().orElse(records.get(0)));
	}

	/**
	 * A division by code as it stood at the end of a year.
	 * @param code the six-digit code
	 * @param year the year, or 0 for today
	 * @return the division, or empty when no division had the code that year
	 */
	public Optional<Region> byCode(String code, int year) {
		return this.byCode.getOrDefault(code, List.of()).stream().filter((r) -> r.isValidIn(year)).findFirst();
	}

	/**
	 * The divisions in use directly under one, in code order.
	 * @param code the parent's code
	 * @return the children
	 */
	public List<Region> children(String code) {
		return children(code, 0);
	}

	/**
	 * The divisions directly under one at the end of a year, in code order.
	 * @param code the parent's code
	 * @param year the year, or 0 for today
	 * @return the children
	 */
	public List<Region> children(String code, int year) {
		return this.children.getOrDefault(code, Collections.emptyList())
			.stream()
			.filter((r) -> r.isValidIn(year))
			.toList();
	}

	/**
	 * The same division as it stood at the end of another year: itself, or what it was
	 * renamed or recoded to or from (双流县 510122 in 2014 is 双流区 510116 in 2016). A
	 * division whose area went to several, or that absorbed others, has no equal.
	 * @param region the division
	 * @param year the year, or 0 for today
	 * @return the division of that year, or empty when there is none
	 */
	public Optional<Region> asOf(Region region, int year) {
		return this.succession.asOf(region, year);
	}

	/**
	 * The division of a year that a code stands for: the division that had the code that
	 * year, or the same division renamed or recoded (a 2014 figure of 双流区 510116 is one
	 * of 双流县 510122).
	 * @param code the six-digit code
	 * @param year the year, or 0 for today
	 * @return the division of that year, or empty when there is none
	 */
	public Optional<Region> asOf(String code, int year) {
		List<Region> records = this.byCode.getOrDefault(code, List.of());
		return records.stream()
			.filter((r) -> r.isValidIn(year))
			.findFirst()
			.or(() -> records.stream().flatMap((r) -> asOf(r, year).stream()).findFirst());
	}

	/**
	 * Whether a division's area changed after one year up to another: it gained or lost
	 * counties or part of its land (简阳市 moved from 资阳市 to 成都市 in 2016).
	 * @param region the division as of the later year
	 * @param from the earlier year
	 * @param to the later year
	 * @return true when its area changed in a year after {@code from}, up to {@code to}
	 */
	public boolean areaChanged(Region region, int from, int to) {
		return this.succession.areaChanged(region.code(), from, to);
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
	 * How many codes the gazetteer holds.
	 * @return the count
	 */
	public int size() {
		return this.byCode.size();
	}

	/**
	 * Finds a region in use as written; see {@link #resolve(String, Region, int)}.
	 * @param written the text as written (padding and full-width forms allowed)
	 * @param scope the region the table is about (a city for a county table)
	 * @return the region, or empty when unknown or ambiguous
	 */
	public Optional<Region> resolve(String written, Region scope) {
		return resolve(written, scope, 0);
	}

	/**
	 * Finds a region as written, as it stood at the end of the data's year (a 2014
	 * table's 郫县 is 510124; a 2022 table's 郫县 is 郫都区), preferring the divisions under the
	 * scope, then those of the province, then a name unique in the whole country.
	 * @param written the text as written (padding and full-width forms allowed)
	 * @param scope the region the table is about (a city for a county table)
	 * @param year the data's year, or 0 for today
	 * @return the region, or empty when unknown or ambiguous
	 */
	public Optional<Region> resolve(String written, Region scope, int year) {
		List<Region> named = this.byName.get(Text.fold(written));
		if (named == null) {
			return Optional.empty();
		}
		List<Region> candidates = named.stream().filter((r) -> r.isValidIn(year)).toList();
		if (candidates.isEmpty()) {
			candidates = named.stream().flatMap((r) -> asOf(r, year).stream()).distinct().toList();
		}
		if (candidates.isEmpty()) {
			// a division named in a year it did not stand: found as written, for a
			// warning
			candidates = named;
		}
		if (candidates.size() <= 1) {
			return candidates.stream().findFirst();
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
		String code = region.code();
		String parent = region.parentCode();
		while (code != null) {
			if (code.equals(area.code())) {
				return true;
			}
			code = parent;
			parent = (code != null) ? byCode(code).map(Region::parentCode).orElse(null) : null;
		}
		return false;
	}

}
