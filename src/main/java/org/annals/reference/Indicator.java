package org.annals.reference;

import java.util.List;

/**
 * A yearbook indicator of {@code jobs/indicators.yml}.
 *
 * @param code stable ASCII code, e.g. {@code gdp}
 * @param name canonical Chinese name
 * @param nameEn English name
 * @param unit canonical unit; every value is stored in it
 * @param aliases the other ways departments write it
 * @param additive whether regions sum to the province total
 * @param nonNegative whether a negative value is implausible
 * @param growthOf for a growth rate, the code of the indicator it is the growth of
 * @param checkGrowth whether a submitted growth should equal the nominal growth of the
 * values
 * @param derive for a growth rate, whether a table may compute it from this year's and
 * last year's values when none was submitted; {@code false} for a growth at comparable
 * prices or on a comparable basis, which is taken only as submitted; null (not said)
 * counts as true
 */
public record Indicator(String code, String name, String nameEn, String unit, List<String> aliases, boolean additive,
		boolean nonNegative, String growthOf, boolean checkGrowth, Boolean derive) {

	public Indicator {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	/**
	 * An indicator that says nothing about deriving its growth.
	 * @param code stable ASCII code
	 * @param name canonical Chinese name
	 * @param nameEn English name
	 * @param unit canonical unit
	 * @param aliases the other ways departments write it
	 * @param additive whether regions sum to the province total
	 * @param nonNegative whether a negative value is implausible
	 * @param growthOf for a growth rate, the code of the indicator it is the growth of
	 * @param checkGrowth whether a submitted growth should equal the nominal growth
	 */
	public Indicator(String code, String name, String nameEn, String unit, List<String> aliases, boolean additive,
			boolean nonNegative, String growthOf, boolean checkGrowth) {
		this(code, name, nameEn, unit, aliases, additive, nonNegative, growthOf, checkGrowth, null);
	}

	/**
	 * Whether this growth rate may be computed from two values when none was submitted:
	 * never for one marked {@code derive: false} in {@code jobs/indicators.yml}, such as
	 * GDP growth at comparable prices, which two nominal values do not give.
	 * @return true when it may be derived
	 */
	public boolean derivable() {
		return !Boolean.FALSE.equals(this.derive);
	}

	/**
	 * A provisional indicator for a name nobody has catalogued yet: loaded, flagged, and
	 * listed for editors.
	 * @param name the name as written (folded)
	 * @param unit the unit as written, may be null
	 * @return the provisional indicator
	 */
	public static Indicator provisional(String name, String unit) {
		return new Indicator("x_" + org.annals.support.Sha256.of(name).substring(0, 10), name, name, unit, List.of(),
				false, false, null, false);
	}

	/**
	 * Whether this indicator is provisional (not in the catalogue).
	 * @return true when provisional
	 */
	public boolean isProvisional() {
		return this.code.startsWith("x_");
	}

}
