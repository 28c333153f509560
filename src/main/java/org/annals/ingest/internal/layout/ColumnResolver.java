package org.annals.ingest.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.reference.Indicator;
import org.annals.reference.IndicatorCatalog;
import org.annals.reference.IndicatorCatalog.Unit;
import org.annals.support.Text;
import org.annals.ingest.internal.normalize.Years;

/**
 * Reads the header path of a column (an indicator over {@code 2022年 / 2021年 / 比上年增长（%）},
 * a unit in brackets, the unit line, the title) into what its figures are.
 */
final class ColumnResolver {

	private static final Set<String> NOT_INDICATORS = Set.of("位次", "排名", "排序", "序号", "备注", "编号", "代码", "行政区划代码", "区划代码",
			"地区代码", "说明");

	private static final String[] GROWTH_WORDS = { "增长", "增速", "比上年", "同比", "增幅", "增减", "±" };

	private static final Set<String> TOTAL_WORDS = Set.of("合计", "小计", "总计", "总额", "共计");

	private static final Set<String> RATE_DIMENSIONS = Set.of("percent", "permille", "index", "percentage_point");

	private final SheetContext context;

	private final String title;

	private final String unitLine;

	private final IndicatorCatalog catalog;

	ColumnResolver(SheetContext context, String title, String unitLine) {
		this.context = context;
		this.title = title;
		this.unitLine = unitLine;
		this.catalog = context.reference().indicators();
	}

	/**
	 * Resolves a column's header levels, top to bottom.
	 * @param levels the header texts
	 * @param header a description of the column for messages, e.g. {@code D列}
	 * @param issues where problems go
	 * @return the meaning, or empty when the column holds no indicator
	 */
	Optional<ColumnMeaning> resolve(List<String> levels, String header, List<Issue> issues) {
		int year = 0;
		boolean growth = false;
		String unitText = null;
		Indicator resolved = null;
		List<String> words = new ArrayList<>();
		for (String level : levels) {
			String f = Text.fold(level);
			String bracket = Text.trailingBracket(f);
			if (bracket != null && this.catalog.units().find(bracket).isPresent()) {
				unitText = bracket;
				f = Text.withoutTrailingBracket(f);
			}
			if (f.isEmpty()) {
				continue;
			}
			if (Years.exact(f) > 0) {
				year = Years.exact(f);
			}
			else if (this.catalog.units().find(f).isPresent()) {
				unitText = f;
			}
			else if (this.catalog.resolve(f).isPresent()) {
				resolved = this.catalog.resolve(f).get();
				words.add(f);
			}
			else if (isGrowthWord(f)) {
				growth = true;
			}
			else if (NOT_INDICATORS.contains(f)) {
				return Optional.empty();
			}
			else {
				words.add(f);
			}
		}
		if (words.size() > 1 && TOTAL_WORDS.contains(words.get(words.size() - 1))) {
			// 合计 under 债务限额 is the group's own total
			words.remove(words.size() - 1);
		}
		String joined = String.join("/", words);
		Indicator path = this.catalog.resolve(joined).or(() -> compound(words)).orElse(null);
		if (path != null) {
			resolved = path;
		}
		else if (resolved != null && words.size() > 1 && !resolved.name().equals(words.get(words.size() - 1))
				&& this.catalog.resolve(words.get(words.size() - 1)).isEmpty()) {
			resolved = null;
		}
		if (resolved == null && words.isEmpty()) {
			resolved = this.catalog.findIn(this.title)
				.or(() -> this.catalog.findIn(this.context.sheetName()))
				.orElse(null);
		}
		if (resolved == null && words.isEmpty()) {
			return Optional.empty();
		}
		if (resolved == null) {
			resolved = Indicator.provisional(joined, unitText);
			issues.add(Issue.of(IssueCode.PROVISIONAL_INDICATOR, this.context.sheetName(), header, joined));
		}
		if (growth && resolved.growthOf() == null) {
			Indicator level = resolved;
			resolved = this.catalog.growthOf(level).orElseGet(() -> Indicator.provisional(level.name() + "增长率", "%"));
			unitText = (unitText != null) ? unitText : "%";
		}
		year = (year > 0) ? year : this.context.fallbackYear(this.title);
		if (year == 0) {
			issues.add(Issue.of(IssueCode.NO_YEAR, this.context.sheetName(), header, String.join(" / ", levels)));
			return Optional.empty();
		}
		return units(resolved, year, unitText, header, issues);
	}

	Optional<ColumnMeaning> units(Indicator indicator, int year, String unitText, String header, List<Issue> issues) {
		Unit canonical = this.catalog.units().find(indicator.unit()).orElse(null);
		Unit written = (unitText != null) ? this.catalog.units().find(unitText).orElse(null) : null;
		if (written == null && unitText == null && this.unitLine != null) {
			Unit line = this.catalog.units().find(this.unitLine).orElse(null);
			boolean rate = canonical != null && RATE_DIMENSIONS.contains(canonical.dimension());
			if (line != null && (canonical == null || line.dimension().equals(canonical.dimension()) || !rate)) {
				written = line;
			}
		}
		if (canonical == null) {
			return Optional.of(new ColumnMeaning(indicator, year, written, null));
		}
		if (written == null) {
			written = canonical;
		}
		if (!written.dimension().equals(canonical.dimension())) {
			issues.add(Issue.of(IssueCode.UNIT_MISMATCH, this.context.sheetName(), header, indicator.name(),
					canonical.name(), written.name()));
			return Optional.empty();
		}
		return Optional.of(new ColumnMeaning(indicator, year, written, canonical));
	}

	/**
	 * The indicator a part under a group header names once the two are read as one name,
	 * as a person reads {@code 一般债务} under {@code 债务限额}: {@code 一般债务限额} (the words they
	 * share written once), or the two side by side either way.
	 */
	private Optional<Indicator> compound(List<String> words) {
		if (words.size() != 2) {
			return Optional.empty();
		}
		String part = words.get(1);
		for (String group : groupNames(words.get(0))) {
			for (String name : List.of(overlapped(part, group), part + group, group + part, overlapped(group, part))) {
				Optional<Indicator> found = this.catalog.resolve(name);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The group header as written, then every other name the catalogue knows its
	 * indicator by: {@code 一般债务} under {@code 政府债务限额} is read through that indicator's
	 * other name {@code 债务限额} as {@code 一般债务限额}.
	 */
	private List<String> groupNames(String group) {
		List<String> names = new ArrayList<>();
		names.add(group);
		this.catalog.resolve(group).ifPresent((indicator) -> {
			names.add(Text.fold(indicator.name()));
			for (String alias : indicator.aliases()) {
				String folded = Text.fold(alias);
				if (!folded.contains("/") && !names.contains(folded)) {
					names.add(folded);
				}
			}
		});
		return names;
	}

	/** Two words with the end of the first that starts the second written once. */
	private static String overlapped(String first, String second) {
		for (int n = Math.min(first.length(), second.length()) - 1; n > 0; n--) {
			if (first.endsWith(second.substring(0, n))) {
				return first + second.substring(n);
			}
		}
		return first + second;
	}

	/**
	 * A long-form name split before its growth phrase, as a two-row header would write
	 * it: {@code 地区生产总值比上年增长} is {@code 地区生产总值} over {@code 比上年增长}.
	 * @param folded the folded name
	 * @return the name's levels
	 */
	static List<String> growthSplit(String folded) {
		int at = -1;
		for (String word : GROWTH_WORDS) {
			int i = folded.indexOf(word);
			if (i > 0 && (at < 0 || i < at)) {
				at = i;
			}
		}
		return (at > 0) ? List.of(folded.substring(0, at), folded.substring(at)) : List.of(folded);
	}

	static boolean isGrowthWord(String folded) {
		for (String word : GROWTH_WORDS) {
			if (folded.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The unit named in a unit line such as {@code 单位：亿元}.
	 * @param text the cell text
	 * @return the unit text, or null when the text is no unit line
	 */
	static String unitLineOf(String text) {
		String f = Text.fold(text);
		int at = f.indexOf("单位:");
		if (at < 0) {
			return null;
		}
		String unit = f.substring(at + 3);
		int end = 0;
		while (end < unit.length() && ",;，；)、".indexOf(unit.charAt(end)) < 0) {
			end++;
		}
		return unit.substring(0, end);
	}

}
