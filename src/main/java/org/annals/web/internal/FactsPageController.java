package org.annals.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.annals.ingest.FactChanges;
import org.annals.ingest.FactChoices;
import org.annals.ingest.FactPages;
import org.annals.ingest.PublishedFacts;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;
import org.annals.scheduling.DataYears;
import org.annals.support.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editors' facts page: a year's published facts, filtered by region (and the regions
 * under it), indicator, department, status (provisional, conflict, not available,
 * revised) and a text over indicator and region names, a page at a time by keyset
 * ({@link FactPages}); provisional indicators are marked, conflicts can be settled there.
 */
@Controller
@ConditionalOnWebApplication
class FactsPageController {

	/** Facts on a page. */
	static final int PAGE = 200;

	private final ReferenceData reference;

	private final FactPages pages;

	private final FactChanges changes;

	private final FactChoices choices;

	private final DataYears years;

	FactsPageController(ReferenceData reference, FactPages pages, FactChanges changes, FactChoices choices,
			DataYears years) {
		this.reference = reference;
		this.pages = pages;
		this.changes = changes;
		this.choices = choices;
		this.years = years;
	}

	@GetMapping("/facts")
	String facts(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String department,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, Model model) {
		int shown = (year != null) ? year
				: this.years.range().map(DataYears.Range::last).orElse(java.time.Year.now().getValue() - 1);
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		Optional<Region> area = blank(region).flatMap(
				(written) -> this.reference.regions().resolve(written, this.reference.regions().province(), shown));
		String text = blank(q).orElse(null);
		FactPages.Query query = new FactPages.Query(shown, area.map(FactsPageController::prefix).orElse(null),
				blank(indicator).orElse(null), blank(department).orElse(null),
				blank(status).filter(FactPages.STATUSES::contains).orElse(null), text,
				(text != null) ? regionsNamed(text, shown) : List.of(), key(after), PAGE);
		FactPages.Page page = this.pages.page(query);
		List<Map<String, Object>> facts = page.facts().stream().map((fact) -> row(fact, page)).toList();
		model.addAttribute("year", shown);
		model.addAttribute("facts", facts);
		model.addAttribute("total", page.total());
		model.addAttribute("conflicts", page.conflicts());
		model.addAttribute("next", (page.next() != null) ? token(page.next()) : null);
		model.addAttribute("first", after != null);
		model.addAttribute("departments", this.pages.departments(shown));
		model.addAttribute("statuses", FactPages.STATUSES);
		model.addAttribute("filter", filter(region, indicator, department, status, q));
		model.addAttribute("regionUnknown", blank(region).isPresent() && area.isEmpty());
		model.addAttribute("changes", this.changes.ofYear(shown).stream().map((c) -> c.line(english)).toList());
		model.addAttribute("choices", this.choices.ofYear(shown).stream().map((c) -> choice(c, english)).toList());
		return "facts";
	}

	private Map<String, Object> row(PublishedFacts.Reviewed fact, FactPages.Page page) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("region", this.reference.regions().byCode(fact.regionCode()).map(Region::name).orElse(""));
		row.put("indicator", fact.indicatorName());
		row.put("unit", fact.unit());
		row.put("value", (fact.value() != null) ? fact.value().stripTrailingZeros().toPlainString() : "…");
		row.put("status", fact.status());
		row.put("provisional", "provisional".equals(fact.status()));
		row.put("revised", page.revised().contains(fact.id()));
		row.put("conflict", fact.conflict());
		row.put("state", fact.state());
		row.put("department", fact.department());
		row.put("source", fact.file() + " " + fact.sheet() + "!" + fact.cell());
		row.put("id", fact.id());
		return row;
	}

	private static Map<String, String> filter(String... values) {
		String[] names = { "region", "indicator", "department", "status", "q" };
		Map<String, String> filter = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			filter.put(names[i], blank(values[i]).orElse(""));
		}
		return filter;
	}

	/** The code prefix of a region and the regions under it. */
	private static String prefix(Region region) {
		return switch (region.level()) {
			case PROVINCE -> region.code().substring(0, 2);
			case PREFECTURE -> region.code().substring(0, 4);
			default -> region.code();
		};
	}

	/** The regions of the year whose names hold a text. */
	private List<String> regionsNamed(String text, int year) {
		List<String> codes = new ArrayList<>();
		List<Region> todo = new ArrayList<>(List.of(this.reference.regions().province()));
		while (!todo.isEmpty() && codes.size() < 1000) {
			Region region = todo.remove(todo.size() - 1);
			if (region.name().contains(text) || (region.shortName() != null && region.shortName().contains(text))) {
				codes.add(region.code());
			}
			todo.addAll(this.reference.regions().children(region.code(), year));
		}
		return codes;
	}

	private static String token(FactPages.Key key) {
		String joined = key.region() + "\u0000" + key.indicator() + "\u0000" + key.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
	}

	/** The key a page's token names, or null for none or one that is not a token. */
	private static FactPages.Key key(String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\u0000");
			return (parts.length == 3) ? new FactPages.Key(parts[0], parts[1], Long.parseLong(parts[2])) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Optional<String> blank(String value) {
		return Optional.ofNullable(value).map(String::strip).filter((v) -> !v.isEmpty());
	}

	private String choice(FactChoices.Choice choice, boolean english) {
		String region = this.reference.regions().byCode(choice.region()).map(Region::name).orElse(choice.region());
		String indicator = this.reference.indicators()
			.byCode(choice.indicator())
			.map((i) -> i.name())
			.orElse(choice.indicator());
		String value = (choice.value() != null) ? choice.value().stripTrailingZeros().toPlainString() : "…";
		return Messages.get(english, "web.facts.choice", region, indicator, choice.year(), value, choice.editor(),
				choice.chosenAt(), choice.reason());
	}

}
