package org.annals.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.FactChanges;
import org.annals.ingest.FactChoices;
import org.annals.ingest.PublishedFacts;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.support.Messages;
import org.annals.tables.TableBuilds;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' pages: years, the tables of a year, a table's preview (click a figure to
 * see where it came from), and a year's facts with their conflicts.
 */
@Controller
@ConditionalOnWebApplication
class EditorPagesController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReferenceData reference;

	private final TableBuilds builds;

	private final PublishedFacts facts;

	private final FactChanges changes;

	private final FactChoices choices;

	private final ReviewMarks marks;

	EditorPagesController(ReferenceData reference, TableBuilds builds, PublishedFacts facts, FactChanges changes,
			FactChoices choices, ReviewMarks marks) {
		this.marks = marks;
		this.changes = changes;
		this.choices = choices;
		this.reference = reference;
		this.builds = builds;
		this.facts = facts;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String locked, @RequestParam(required = false) String scope,
			Model model) {
		if (locked != null && locked.matches("[0-9]{1,4}")) {
			model.addAttribute("lockedMinutes", Integer.parseInt(locked));
			model.addAttribute("lockedScope", "address".equals(scope) ? "address" : "account");
		}
		return "login";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/tables";
	}

	@GetMapping("/tables")
	String years(Model model) {
		model.addAttribute("years", this.builds.years());
		return "years";
	}

	@GetMapping("/tables/{year}")
	String tables(@PathVariable int year, Model model) {
		List<TableBuilds.Build> tables = new ArrayList<>();
		for (TableDefinition definition : this.reference.tables()) {
			this.builds.latest(definition.id(), year).ifPresent(tables::add);
		}
		model.addAttribute("year", year);
		model.addAttribute("tables", tables);
		return "tables";
	}

	@GetMapping("/tables/{year}/{table}")
	String table(@PathVariable int year, @PathVariable String table, Model model) {
		TableBuilds.Build build = this.builds.latest(table, year)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("build", build);
		model.addAttribute("view", TableView.of(build.document()));
		model.addAttribute("lineage", JSON.writeValueAsString(build.document().rows()));
		// a first build has nothing to compare with: mark nothing rather than everything
		model.addAttribute("changed",
				(build.changedCells() == build.document().rows().size() * build.document().columns().size())
						? java.util.Set.of() : this.builds.changedCells(table, year));
		// issue 22: figures not passed at every level, and whether the table is 审定
		model.addAttribute("marks", this.marks.of(build.document()));
		model.addAttribute("review", this.marks.table(table, year).orElse(null));
		return "table";
	}

	@GetMapping("/facts")
	String facts(@RequestParam int year, Model model) {
		List<Map<String, Object>> facts = this.facts.ofYear(year).stream().map((fact) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("region", this.reference.regions().byCode(fact.regionCode()).map((r) -> r.name()).orElse(""));
			row.put("indicator", fact.indicatorName());
			row.put("unit", fact.unit());
			row.put("value", (fact.value() != null) ? fact.value().stripTrailingZeros().toPlainString() : "…");
			row.put("status", fact.status());
			row.put("conflict", fact.conflict());
			row.put("state", fact.state());
			row.put("department", fact.department());
			row.put("source", fact.file() + " " + fact.sheet() + "!" + fact.cell());
			row.put("id", fact.id());
			return row;
		}).toList();
		model.addAttribute("year", year);
		model.addAttribute("facts", facts);
		model.addAttribute("conflicts", facts.stream().filter((f) -> Boolean.TRUE.equals(f.get("conflict"))).count());
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		model.addAttribute("changes", this.changes.ofYear(year).stream().map((c) -> c.line(english)).toList());
		model.addAttribute("choices", this.choices.ofYear(year).stream().map((c) -> choice(c, english)).toList());
		return "facts";
	}

	private String choice(FactChoices.Choice choice, boolean english) {
		String region = this.reference.regions().byCode(choice.region()).map((r) -> r.name()).orElse(choice.region());
		String indicator = this.reference.indicators()
			.byCode(choice.indicator())
			.map((i) -> i.name())
			.orElse(choice.indicator());
		String value = (choice.value() != null) ? choice.value().stripTrailingZeros().toPlainString() : "…";
		return Messages.get(english, "web.facts.choice", region, indicator, choice.year(), value, choice.editor(),
				choice.chosenAt(), choice.reason());
	}

}
