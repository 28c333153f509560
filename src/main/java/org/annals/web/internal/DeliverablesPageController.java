package org.annals.web.internal;

import java.security.Principal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.deliverables.DeliverableReport;
import org.annals.deliverables.DeliverableStatus;
import org.annals.deliverables.DeliverableStatuses;
import org.annals.web.UserAccounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What each department owes and where it stands (issue 23): the page for operators and
 * editors, per department and deliverable 应报 / 已报 / 逾期 / 退回未改 with the latest submission
 * and its verdict; and a department's own, which its upload page shows.
 */
@Controller
@ConditionalOnWebApplication
class DeliverablesPageController {

	private final DeliverableStatuses statuses;

	private final UserAccounts users;

	DeliverablesPageController(DeliverableStatuses statuses, UserAccounts users) {
		this.statuses = statuses;
		this.users = users;
	}

	@GetMapping("/deliverables")
	String deliverables(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		int data = year(year);
		List<DeliverableStatus> rows = this.statuses.of(data);
		Map<DeliverableStatus.State, Integer> counts = new EnumMap<>(DeliverableStatus.State.class);
		for (DeliverableStatus.State state : DeliverableStatus.State.values()) {
			counts.put(state, 0);
		}
		rows.forEach((row) -> counts.merge(row.state(), 1, Integer::sum));
		model.addAttribute("year", data);
		model.addAttribute("today", this.statuses.today().toString());
		model.addAttribute("rows", rows.stream().map((row) -> row(row, locale)).toList());
		model.addAttribute("owed", counts.get(DeliverableStatus.State.OWED));
		model.addAttribute("submitted", counts.get(DeliverableStatus.State.SUBMITTED));
		model.addAttribute("overdue", counts.get(DeliverableStatus.State.OVERDUE));
		model.addAttribute("rejected", counts.get(DeliverableStatus.State.REJECTED_UNCORRECTED));
		model.addAttribute("total", rows.size());
		return "deliverables";
	}

	/** A department's own deliverables of the year owed now, for its upload page. */
	@GetMapping("/upload/deliverables.json")
	@ResponseBody
	List<Map<String, Object>> own(Principal principal, Locale locale) {
		String department = this.users.departmentOf(principal.getName()).orElse(null);
		if (department == null) {
			return List.of();
		}
		return this.statuses.of(this.statuses.currentDataYear())
			.stream()
			.filter((s) -> department.equals(s.deliverable().department()))
			.map((s) -> row(s, locale))
			.toList();
	}

	private int year(Integer year) {
		int data = (year != null) ? year : this.statuses.currentDataYear();
		if (data < 1900 || data > 2200) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.BAD_REQUEST, DeliverableReport.badYear(data, Locale.ROOT));
		}
		return data;
	}

	private static Map<String, Object> row(DeliverableStatus status, Locale locale) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("department", status.deliverable().department());
		row.put("deliverable", status.deliverable().name());
		row.put("term", status.term().label(locale));
		row.put("due", status.dueLabel(locale));
		row.put("state", status.state().name().toLowerCase(Locale.ROOT));
		row.put("stateLabel", status.stateLabel(locale));
		row.put("latest", status.latestLabel(locale));
		return row;
	}

}
