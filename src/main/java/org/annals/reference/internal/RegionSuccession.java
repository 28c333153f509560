package org.annals.reference.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.annals.reference.Region;

/**
 * What succeeded what in the gazetteer: which division is the same one renamed or
 * recoded, and in which years a division's area changed.
 */
public final class RegionSuccession {

	private static final int MAX_STEPS = 32;

	private final Map<String, List<Region>> records = new HashMap<>();

	/** Divisions that name a code as their successor when they ended, by that code. */
	private final Map<String, List<Region>> predecessors = new HashMap<>();

	/** {@code code|year} of each area change. */
	private final Set<String> changes = new HashSet<>();

	public RegionSuccession(List<Region> regions) {
		for (Region region : regions) {
			this.records.computeIfAbsent(region.code(), (k) -> new ArrayList<>(1)).add(region);
			for (String successor : region.successors()) {
				if (successor.indexOf('[') < 0 && region.validTo() != null) {
					this.predecessors.computeIfAbsent(successor, (k) -> new ArrayList<>(1)).add(region);
				}
			}
		}
		regions.forEach(this::noteChanges);
	}

	public Optional<Region> asOf(Region region, int year) {
		Region r = region;
		for (int step = 0; r != null && step < MAX_STEPS; step++) {
			if (r.isValidIn(year)) {
				return Optional.of(r);
			}
			boolean later = year == 0 || (r.validTo() != null && year >= r.validTo());
			r = later ? renamedTo(r) : renamedFrom(r);
		}
		return Optional.empty();
	}

	/**
	 * The one division that took over all of a division's area, and nothing else's, when
	 * it ended: the same division under a new name or code.
	 */
	private Region renamedTo(Region region) {
		if (region.validTo() == null) {
			return null;
		}
		List<String> plain = region.successors().stream().filter((s) -> s.indexOf('[') < 0).toList();
		if (plain.size() != 1) {
			return null;
		}
		Region next = record(plain.get(0), region.validTo());
		if (next == null || !region.validTo().equals(next.validFrom()) || !endingInto(next).equals(List.of(region))) {
			return null;
		}
		return next;
	}

	private Region renamedFrom(Region region) {
		List<Region> before = endingInto(region);
		return (before.size() == 1 && region.equals(renamedTo(before.get(0)))) ? before.get(0) : null;
	}

	private List<Region> endingInto(Region region) {
		return this.predecessors.getOrDefault(region.code(), List.of())
			.stream()
			.filter((p) -> p.validTo().equals(region.validFrom()))
			.toList();
	}

	private Region record(String code, int year) {
		return this.records.getOrDefault(code, List.of())
			.stream()
			.filter((r) -> r.isValidIn(year))
			.findFirst()
			.orElse(null);
	}

	public boolean areaChanged(String code, int from, int to) {
		for (int year = from + 1; year <= to; year++) {
			if (this.changes.contains(code + "|" + year)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Notes the area changes a division's successors record: the divisions that took part
	 * of its area, itself when it lives on, and the cities on both sides when a county
	 * moves between them.
	 */
	private void noteChanges(Region region) {
		Region renamed = renamedTo(region);
		for (String successor : region.successors()) {
			int bracket = successor.indexOf('[');
			String code = (bracket < 0) ? successor : successor.substring(0, bracket);
			Integer year = (bracket < 0) ? region.validTo()
					: Integer.valueOf(successor.substring(bracket + 1, successor.indexOf(']', bracket)));
			if (year == null) {
				continue;
			}
			Region next = record(code, year);
			if (next == null) {
				continue;
			}
			if (!next.equals(renamed)) {
				this.changes.add(code + "|" + year);
				if (region.isValidIn(year)) {
					this.changes.add(region.code() + "|" + year);
				}
			}
			String before = region.parentCode();
			String after = next.parentCode();
			if (before != null && after != null && !before.equals(after) && sameLevel(before, after, year)
					&& !sameDivision(before, after, year)) {
				this.changes.add(before + "|" + year);
				this.changes.add(after + "|" + year);
			}
		}
	}

	/**
	 * Whether two parents are both cities (or both provinces): a county that a city hands
	 * to its province to govern directly changes the city's area, not the province's.
	 */
	private boolean sameLevel(String before, String after, int year) {
		Region earlier = record(before, year - 1);
		Region later = record(after, year);
		return earlier != null && later != null && earlier.level() == later.level();
	}

	/** Whether a city of the year before is the city of the year under a new code. */
	private boolean sameDivision(String before, String after, int year) {
		Region earlier = record(before, year - 1);
		return earlier != null && asOf(earlier, year).map(Region::code).filter(after::equals).isPresent();
	}

}
