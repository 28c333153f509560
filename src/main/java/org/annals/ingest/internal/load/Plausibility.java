package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.Indicator;
import org.annals.reference.Region;
import org.annals.reference.ReferenceData;

/**
 * The plausibility checks that need more than one cell: the parts of an additive
 * indicator against their total (cities against the province, counties against the city),
 * and a submitted growth rate against the one computed from last year's value. Memory is
 * bounded by the number of totals, growth figures and the values growth is computed from,
 * not by the number of facts.
 */
public final class Plausibility {

	private static final BigDecimal RELATIVE = new BigDecimal("0.002");

	private static final BigDecimal ROUNDING = new BigDecimal("0.05");

	private static final BigDecimal GROWTH_TOLERANCE = new BigDecimal("1.0");

	private final ReferenceData reference;

	private final Map<String, Total> totals = new LinkedHashMap<>();

	private final Map<String, BigDecimal> values = new HashMap<>();

	private final List<StagedFact> growths = new ArrayList<>();

	private final Map<Issue, StagedFact> facts = new IdentityHashMap<>();

	/**
	 * Creates the checks.
	 * @param reference the reference data
	 */
	public Plausibility(ReferenceData reference) {
		this.reference = reference;
	}

	private static final class Total {

		StagedFact whole;

		BigDecimal parts = BigDecimal.ZERO;

		int count;

	}

	/**
	 * The indicators these checks look at (additive ones, and those whose growth is
	 * checked): facts of any other indicator need not be shown to {@link #accept}.
	 * @return the indicators' codes
	 */
	public Set<String> indicators() {
		Set<String> codes = new LinkedHashSet<>();
		for (Indicator indicator : this.reference.indicators().all()) {
			if (indicator.additive() || indicator.checkGrowth()) {
				codes.add(indicator.code());
			}
		}
		return codes;
	}

	/**
	 * Takes one fact into account.
	 * @param fact the fact
	 */
	public void accept(StagedFact fact) {
		Indicator indicator = this.reference.indicators().byCode(fact.indicatorCode()).orElse(null);
		if (indicator == null || fact.value() == null) {
			return;
		}
		if (indicator.checkGrowth()) {
			if (indicator.growthOf() != null) {
				this.growths.add(fact);
			}
			else {
				this.values.put(key(fact.regionCode(), fact.indicatorCode(), fact.year()), fact.value());
			}
		}
		if (!indicator.additive()) {
			return;
		}
		Region region = this.reference.regions()
			.byCode(fact.regionCode(), fact.year())
			.or(() -> this.reference.regions().byCode(fact.regionCode()))
			.orElse(null);
		if (region == null) {
			return;
		}
		if (region.level() != Region.Level.COUNTY) {
			total(region.code(), fact).whole = fact;
		}
		if (region.parentCode() != null) {
			Total parent = total(region.parentCode(), fact);
			parent.parts = parent.parts.add(fact.value());
			parent.count++;
		}
	}

	private Total total(String regionCode, StagedFact fact) {
		return this.totals.computeIfAbsent(key(regionCode, fact.indicatorCode(), fact.year()), (k) -> new Total());
	}

	/**
	 * The warnings, once every fact has been taken.
	 * @param lastYear finds a value not in this submission, by region, indicator and year
	 * key ({@code region|indicator|year}); may answer null
	 * @return the warnings, each on the cell of the figure in doubt
	 */
	public List<Issue> finish(Function<String, BigDecimal> lastYear) {
		List<Issue> issues = new ArrayList<>();
		this.totals.forEach((key, total) -> {
			if (total.whole == null || total.count < 2) {
				return;
			}
			Region region = this.reference.regions().byCode(total.whole.regionCode()).orElseThrow();
			boolean complete = total.count >= this.reference.regions()
				.children(region.code(), total.whole.year())
				.size();
			BigDecimal whole = total.whole.value();
			BigDecimal gap = total.parts.subtract(whole);
			BigDecimal tolerance = whole.abs()
				.multiply(RELATIVE)
				.max(ROUNDING.multiply(BigDecimal.valueOf(total.count)));
			if ((complete && gap.abs().compareTo(tolerance) > 0) || (!complete && gap.compareTo(tolerance) > 0)) {
				BigDecimal percent = (whole.signum() == 0) ? BigDecimal.ZERO
						: gap.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
				Issue issue = Issue.of(IssueCode.SUM_MISMATCH, total.whole.sheet(), total.whole.cell(),
						total.whole.year(), total.whole.indicatorName(),
						total.parts.stripTrailingZeros().toPlainString(), region.name(),
						whole.stripTrailingZeros().toPlainString(), percent.toPlainString());
				this.facts.put(issue, total.whole);
				issues.add(issue);
			}
		});
		for (StagedFact growth : this.growths) {
			Indicator indicator = this.reference.indicators().byCode(growth.indicatorCode()).orElseThrow();
			String beforeCode = lastYearsCode(growth);
			if (beforeCode == null) {
				continue;
			}
			BigDecimal now = value(growth.regionCode(), indicator.growthOf(), growth.year(), lastYear);
			BigDecimal before = value(beforeCode, indicator.growthOf(), growth.year() - 1, lastYear);
			if (now == null || before == null || before.signum() == 0) {
				continue;
			}
			BigDecimal computed = now.divide(before, MathContext.DECIMAL64)
				.subtract(BigDecimal.ONE)
				.multiply(BigDecimal.valueOf(100))
				.setScale(1, RoundingMode.HALF_UP);
			if (computed.subtract(growth.value()).abs().compareTo(GROWTH_TOLERANCE) > 0) {
				String region = this.reference.regions()
					.asOf(growth.regionCode(), growth.year())
					.map(Region::name)
					.orElse("");
				Issue issue = Issue.of(IssueCode.GROWTH_MISMATCH, growth.sheet(), growth.cell(), region,
						growth.indicatorName(), growth.value().toPlainString(), computed.toPlainString());
				this.facts.put(issue, growth);
				issues.add(issue);
			}
		}
		return issues;
	}

	/**
	 * The values {@link #finish} will ask for that are not in this submission: last
	 * year's (and this year's) values of the indicators whose growth was given, so that
	 * they can be read at once.
	 * @return their keys ({@code region|indicator|year})
	 */
	public Set<String> keysFromElsewhere() {
		Set<String> keys = new LinkedHashSet<>();
		for (StagedFact growth : this.growths) {
			Indicator indicator = this.reference.indicators().byCode(growth.indicatorCode()).orElseThrow();
			String beforeCode = lastYearsCode(growth);
			if (beforeCode == null) {
				continue;
			}
			for (String key : new String[] { key(growth.regionCode(), indicator.growthOf(), growth.year()),
					key(beforeCode, indicator.growthOf(), growth.year() - 1) }) {
				if (!this.values.containsKey(key)) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

	/**
	 * The code last year's value of a growth's region stands under: its own, or its
	 * former one when it was renamed or recoded (郫都区 510117 in 2016 was 郫县 510124 in
	 * 2015); null when its area changed between the two years, so that nominal values do
	 * not compare (成都市 gained 简阳市 in 2016).
	 */
	private String lastYearsCode(StagedFact growth) {
		int year = growth.year();
		Region region = this.reference.regions().asOf(growth.regionCode(), year).orElse(null);
		if (region == null) {
			return growth.regionCode();
		}
		if (this.reference.regions().areaChanged(region, year - 1, year)) {
			return null;
		}
		return this.reference.regions().asOf(region, year - 1).map(Region::code).orElse(null);
	}

	/**
	 * The warnings of {@link #finish} with the fact each is about, in order.
	 * @param warnings the warnings
	 * @return each with its fact
	 */
	public Map<Issue, StagedFact> factsOf(List<Issue> warnings) {
		Map<Issue, StagedFact> facts = new IdentityHashMap<>();
		for (Issue warning : warnings) {
			facts.put(warning, factOf(warning));
		}
		return facts;
	}

	/**
	 * The fact a warning of {@link #finish} is about.
	 * @param warning the warning
	 * @return the fact
	 */
	public StagedFact factOf(Issue warning) {
		return this.facts.get(warning);
	}

	private BigDecimal value(String region, String indicator, int year, Function<String, BigDecimal> elsewhere) {
		String key = key(region, indicator, year);
		BigDecimal here = this.values.get(key);
		return (here != null) ? here : elsewhere.apply(key);
	}

	static String key(String region, String indicator, int year) {
		return region + "|" + indicator + "|" + year;
	}

}
