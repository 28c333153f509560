package org.annals.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.deliverables.DeliverableReport;
import org.annals.deliverables.DeliverableStatus;
import org.annals.deliverables.DeliverableStatuses;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What each department owes for a data year and where it stands, for operators and
 * editors: {@code GET /api/deliverables?year=Y} (last year when not given); labels in the
 * request's language.
 */
@RestController
@ConditionalOnWebApplication
class DeliverablesApiController {

	private final DeliverableStatuses statuses;

	DeliverablesApiController(DeliverableStatuses statuses) {
		this.statuses = statuses;
	}

	@GetMapping("/api/deliverables")
	ResponseEntity<Map<String, Object>> deliverables(@RequestParam(required = false) Integer year, Locale locale) {
		int data = (year != null) ? year : this.statuses.currentDataYear();
		if (data < 1900 || data > 2200) {
			return ResponseEntity.badRequest().body(Map.of("error", DeliverableReport.badYear(data, locale)));
		}
		List<Map<String, Object>> rows = this.statuses.of(data).stream().map((s) -> row(s, locale)).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", data);
		body.put("today", this.statuses.today().toString());
		body.put("deliverables", rows);
		return ResponseEntity.ok(body);
	}

	private static Map<String, Object> row(DeliverableStatus status, Locale locale) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("department", status.deliverable().department());
		row.put("deliverable", status.deliverable().name());
		row.put("kind", status.deliverable().kind().name().toLowerCase(Locale.ROOT));
		row.put("term", status.term().label(locale));
		row.put("termStart", status.term().start().toString());
		row.put("termEnd", status.term().end().toString());
		row.put("due", (status.due() != null) ? status.due().toString() : null);
		row.put("dueLabel", status.dueLabel(locale));
		row.put("state", status.state().name().toLowerCase(Locale.ROOT));
		row.put("stateLabel", status.stateLabel(locale));
		DeliverableStatus.LatestSubmission latest = status.latest();
		if (latest != null) {
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("id", latest.id());
			file.put("name", latest.originalName());
			file.put("status", latest.status());
			file.put("receivedAt", (latest.receivedAt() != null) ? latest.receivedAt().toString() : null);
			file.put("errors", latest.errorCount());
			row.put("latest", file);
		}
		else {
			row.put("latest", null);
		}
		return row;
	}

}
