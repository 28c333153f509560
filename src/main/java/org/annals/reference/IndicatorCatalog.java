package org.annals.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annals.support.Text;

/**
 * The indicators and units of {@code jobs/indicators.yml}, and the lookup of an indicator
 * as a header writes it.
 */
public final class IndicatorCatalog {

	static final String FILE = "indicators.yml";

	private final Map<String, Indicator> byCode = new LinkedHashMap<>();

	private final Map<String, Indicator> byAlias = new HashMap<>();

	private final List<String> aliasesLongestFirst = new ArrayList<>();

	private final Map<String, Indicator> growthOf = new HashMap<>();

	private final Units units;

	IndicatorCatalog(File file) {
		this.units = new Units(file.units(), file.unitAliases());
		for (Indicator indicator : file.indicators()) {
			if (this.byCode.put(indicator.code(), indicator) != null) {
				throw new InvalidDescriptorException(FILE, "indicator code " + indicator.code() + " appears twice");
			}
			if (this.units.find(indicator.unit()).isEmpty()) {
				throw new InvalidDescriptorException(FILE,
						"indicator " + indicator.code() + " has unit " + indicator.unit() + " which is not in units");
			}
			alias(indicator.name(), indicator);
			indicator.aliases().forEach((a) -> alias(a, indicator));
		}
		for (Indicator indicator : file.indicators()) {
			if (indicator.derive() != null && indicator.growthOf() == null) {
				throw new InvalidDescriptorException(FILE,
						"indicator " + indicator.code() + " says derive but is no growth rate (it has no growth_of)");
			}
			if (indicator.growthOf() != null) {
				if (!this.byCode.containsKey(indicator.growthOf())) {
					throw new InvalidDescriptorException(FILE,
							indicator.code() + " is the growth of unknown indicator " + indicator.growthOf());
				}
				this.growthOf.put(indicator.growthOf(), indicator);
			}
		}
		this.aliasesLongestFirst.addAll(this.byAlias.keySet());
		this.aliasesLongestFirst
			.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
	}

	private void alias(String alias, Indicator indicator) {
		String key = Text.fold(alias);
		Indicator previous = this.byAlias.put(key, indicator);
		if (previous != null && previous != indicator) {
			throw new InvalidDescriptorException(FILE,
					"alias " + alias + " names both " + previous.code() + " and " + indicator.code());
		}
	}

	/**
	 * An indicator by code.
	 * @param code the code
	 * @return the indicator
	 */
	public Optional<Indicator> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * Every catalogued indicator, in file order.
	 * @return the indicators
	 */
	public List<Indicator> all() {
		return List.copyOf(this.byCode.values());
	}

	/**
	 * An indicator by its name or an alias, as written (padding, full-width forms and a
	 * trailing unit in brackets allowed).
	 * @param written the header text
	 * @return the indicator
	 */
	public Optional<Indicator> resolve(String written) {
		String key = Text.fold(written);
		Indicator found = this.byAlias.get(key);
		if (found == null) {
			String bracket = Text.trailingBracket(key);
			String bare = (bracket != null && this.units.find(bracket).isPresent()) ? Text.withoutTrailingBracket(key)
					: key;
			found = this.byAlias.get(stripDecorations(bare));
			if (found == null) {
				found = withoutTotalWord(stripDecorations(bare));
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The longest indicator name or alias contained in a text such as a title.
	 * @param text the text
	 * @return the indicator
	 */
	public Optional<Indicator> findIn(String text) {
		String key = Text.fold(text);
		for (String alias : this.aliasesLongestFirst) {
			if (alias.length() >= 2 && key.contains(alias)) {
				return Optional.of(this.byAlias.get(alias));
			}
		}
		return Optional.empty();
	}

	/**
	 * The growth-rate indicator of an indicator, when the catalogue has one.
	 * @param indicator the indicator
	 * @return its growth rate
	 */
	public Optional<Indicator> growthOf(Indicator indicator) {
		return Optional.ofNullable(this.growthOf.get(indicator.code()));
	}

	/**
	 * The unit table.
	 * @return the units
	 */
	public Units units() {
		return this.units;
	}

	/**
	 * {@code 债务限额合计} is {@code 债务限额}: a total word after a known name adds nothing to it.
	 */
	private Indicator withoutTotalWord(String key) {
		for (String word : new String[] { "合计", "总计", "小计" }) {
			if (key.length() > word.length() && key.endsWith(word)) {
				return this.byAlias.get(key.substring(0, key.length() - word.length()));
			}
		}
		return null;
	}

	private static String stripDecorations(String key) {
		String stripped = key;
		for (String prefix : new String[] { "其中:", "其中：", "#", "*" }) {
			if (stripped.startsWith(prefix)) {
				stripped = stripped.substring(prefix.length());
			}
		}
		return stripped;
	}

	/**
	 * The shape of {@code jobs/indicators.yml}.
	 *
	 * @param units unit dimensions
	 * @param unitAliases other spellings of units
	 * @param indicators the indicators
	 */
	record File(List<Units.Dimension> units, Map<String, String> unitAliases, List<Indicator> indicators) {

		File {
			units = (units != null) ? units : List.of();
			unitAliases = (unitAliases != null) ? unitAliases : Map.of();
			indicators = (indicators != null) ? indicators : List.of();
		}

	}

	/**
	 * The units offices write, grouped by dimension, with exact conversion.
	 */
	public static final class Units {

		private final Map<String, Unit> byName = new HashMap<>();

		private final Map<String, String> aliases = new HashMap<>();

		Units(List<Dimension> dimensions, Map<String, String> aliases) {
			for (Dimension dimension : dimensions) {
				Map<String, String> english = (dimension.namesEn() != null) ? dimension.namesEn() : Map.of();
				english.keySet()
					.stream()
					.filter((name) -> !dimension.units().containsKey(name))
					.findFirst()
					.ifPresent((name) -> {
						throw new InvalidDescriptorException(FILE, "names_en of dimension " + dimension.dimension()
								+ " names " + name + " which is not among its units");
					});
				dimension.units()
					.forEach((name, factor) -> this.byName.put(Text.fold(name), new Unit(name, dimension.dimension(),
							new BigDecimal(factor.toString()), english.get(name))));
			}
			aliases.forEach((alias, unit) -> this.aliases.put(Text.fold(alias), Text.fold(unit)));
		}

		/**
		 * A unit as written.
		 * @param written e.g. {@code 万元} or {@code ％}
		 * @return the unit
		 */
		public Optional<Unit> find(String written) {
			if (written == null) {
				return Optional.empty();
			}
			String key = Text.fold(written);
			key = this.aliases.getOrDefault(key, key);
			return Optional.ofNullable(this.byName.get(key));
		}

		/**
		 * Every unit of the table, in no particular order.
		 * @return the units
		 */
		public List<Unit> all() {
			return List.copyOf(this.byName.values());
		}

		/**
		 * A unit dimension.
		 *
		 * @param dimension its name, e.g. money
		 * @param base its base unit
		 * @param units each unit's size in the base unit
		 * @param namesEn each unit's English name
		 */
		record Dimension(String dimension, String base, LinkedHashMap<String, Object> units,
				LinkedHashMap<String, String> namesEn) {
		}

	}

	/**
	 * A unit and its size in its dimension's base unit.
	 *
	 * @param name the unit, e.g. 万元
	 * @param dimension its dimension, e.g. money
	 * @param factor its size in the base unit
	 * @param nameEn its English name, e.g. {@code 10,000 yuan}, or null when the table
	 * has none
	 */
	public record Unit(String name, String dimension, BigDecimal factor, String nameEn) {

		/**
		 * Converts a value of this unit into another unit of the same dimension, exactly
		 * where the factors allow it.
		 * @param value the value
		 * @param target the unit wanted
		 * @return the converted value
		 */
		public BigDecimal convert(BigDecimal value, Unit target) {
			if (!this.dimension.equals(target.dimension)) {
				throw new IllegalArgumentException(this.name + " cannot become " + target.name);
			}
			if (this.factor.compareTo(target.factor) == 0) {
				return value;
			}
			BigDecimal base = value.multiply(this.factor);
			try {
				return base.divide(target.factor);
			}
			catch (ArithmeticException ex) {
				return base.divide(target.factor, java.math.MathContext.DECIMAL128);
			}
		}

	}

}
