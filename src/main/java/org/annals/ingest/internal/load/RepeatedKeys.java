package org.annals.ingest.internal.load;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.RegionGazetteer;

/**
 * Tells, fact by fact in file order, whether a file already gave the same region,
 * indicator and year, so that only such repeats need comparing when the file is decided.
 * Memory is one bit per region of the gazetteer for each indicator and year the file
 * gives, never a record per fact; past {@value #MAX_PAIRS} indicator-years it stops
 * marking and says so ({@link #complete()}), and the decision looks for repeats in the
 * database instead.
 */
final class RepeatedKeys {

	/** Indicator-years tracked at most (about 8 MB of bits for a country's regions). */
	static final int MAX_PAIRS = 20_000;

	private final RegionGazetteer regions;

	private final Map<String, Map<Integer, BitSet>> seen = new HashMap<>();

	private int pairs;

	private boolean complete = true;

	private long repeats;

	private String lastIndicator;

	private int lastYear;

	private BitSet last;

	RepeatedKeys(RegionGazetteer regions) {
		this.regions = regions;
	}

	/**
	 * Looks at the next fact of the file.
	 * @param fact the fact
	 * @return the fact, marked {@link StagedFact#repeat()} when an earlier one had its
	 * key
	 */
	StagedFact mark(StagedFact fact) {
		if (!this.complete) {
			return fact;
		}
		int region = this.regions.ordinal(fact.regionCode());
		BitSet bits = bitsOf(fact.indicatorCode(), fact.year());
		if (region < 0 || bits == null) {
			this.complete = false;
			return fact;
		}
		if (bits.get(region)) {
			this.repeats++;
			return fact.asRepeat();
		}
		bits.set(region);
		return fact;
	}

	private BitSet bitsOf(String indicator, int year) {
		// facts come in runs of one indicator and year: most lookups are the last one
		if (year == this.lastYear && indicator.equals(this.lastIndicator)) {
			return this.last;
		}
		Map<Integer, BitSet> years = this.seen.computeIfAbsent(indicator, (k) -> new HashMap<>());
		BitSet bits = years.get(year);
		if (bits == null) {
			if (++this.pairs > MAX_PAIRS) {
				return null;
			}
			bits = new BitSet();
			years.put(year, bits);
		}
		this.lastIndicator = indicator;
		this.lastYear = year;
		this.last = bits;
		return bits;
	}

	/**
	 * Whether every fact so far was looked at (false once the file gave too many
	 * indicator-years, or a region outside the gazetteer).
	 * @return whether {@link #repeats()} is exact
	 */
	boolean complete() {
		return this.complete;
	}

	/**
	 * How many facts repeated an earlier key.
	 * @return the count
	 */
	long repeats() {
		return this.repeats;
	}

}
