package org.annals.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.deliverables.DeliverableStatus;
import org.annals.deliverables.DeliverableStatuses;
import org.annals.deliverables.MissingInputs;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableColumn;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editors' pages: years, the tables of a year, a table's preview (click a figure to
 * see where it came from); a year's facts are {@link FactsPageController}'s.
 */
@Controller
@ConditionalOnWebApplication
class EditorPagesController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReferenceData reference;

	private final TableBuilds builds;

	private final DeliverableStatuses deliverables;

	private final ReviewMarks marks;

	EditorPagesController(ReferenceData reference, TableBuilds builds, DeliverableStatuses deliverables,
			ReviewMarks marks) {
		this.deliverables = deliverables;
		this.marks = marks;
		this.reference = reference;
		this.builds = builds;
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

	/**
	 * Each role's own page ({@link RolePages}): where a sign-in without a page asked for
	 * lands.
	 */
	@GetMapping("/")
	String home(org.springframework.security.core.Authentication user) {
		return "redirect:" + RolePages.home(user);
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
	String table(@PathVariable int year, @PathVariable String table, Model model, Locale locale) {
		TableBuilds.Build build = this.builds.latest(table, year)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// issue 23: a table compiled from incomplete inputs names the deliverables it
		// lacks
		List<DeliverableStatus> missing = MissingInputs.of(this.deliverables.of(year),
				build.document().columns().stream().map(TableColumn::indicatorCode).toList());
		model.addAttribute("missingHeading", MissingInputs.heading(year, missing, locale));
		model.addAttribute("missing", missing.stream().map((s) -> MissingInputs.line(s, locale)).toList());
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

}
