package org.annals.web.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.support.AuditTrail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' page, for operators and archivists: the audit log newest first, filtered
 * by actor, type and time range, a page at a time. It only reads: there is no way to
 * change or remove an entry, here or anywhere in the product.
 */
@Controller
@ConditionalOnWebApplication
class AuditPageController {

	/** Rows on a page. */
	static final int PAGE_SIZE = 50;

	/** The types the filter offers, in the order a person looks for them. */
	static final List<String> TYPES = List.of("AUTHENTICATION_SUCCESS", "AUTHENTICATION_FAILURE", "LOGOUT_SUCCESS",
			"AUTHORIZATION_FAILURE", AuditTrail.UPLOAD, AuditTrail.JOB_START, AuditTrail.JOB_STOP,
			AuditTrail.JOB_RESTART, AuditTrail.FACT_CHOICE, AuditTrail.SNAPSHOT_CREATED, AuditTrail.SNAPSHOT_VERIFIED,
			"USER_CREATED", "PASSWORD_CHANGED", "ROLE_CHANGED");

	private final AuditPages pages;

	private final Labels labels;

	AuditPageController(JdbcClient jdbc, Labels labels) {
		this.pages = new AuditPages(jdbc);
		this.labels = labels;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) Long before, Model model) {
		AuditPages.Page page = this.pages.page(new AuditPages.Filter(actor, type, from, until, before, PAGE_SIZE));
		Map<String, String> types = new LinkedHashMap<>();
		TYPES.forEach((t) -> types.put(t, this.labels.auditType(t)));
		model.addAttribute("rows", page.rows().stream().map(this::shown).toList());
		model.addAttribute("next", page.next());
		model.addAttribute("types", types);
		model.addAttribute("actor", actor);
		model.addAttribute("type", type);
		model.addAttribute("from", from);
		model.addAttribute("until", until);
		model.addAttribute("first", before == null);
		return "audit";
	}

	private Map<String, Object> shown(AuditPages.Row row) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("id", row.id());
		shown.put("time", row.time());
		shown.put("actor", row.actor());
		shown.put("type", row.type());
		shown.put("typeName", this.labels.auditType(row.type()));
		shown.put("address", (row.address() != null) ? row.address() : "");
		shown.put("detail", detail(row.detail()));
		return shown;
	}

	/** The detail as {@code name=value} pairs, the job named as people name it. */
	private String detail(Map<String, Object> detail) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, Object> entry : detail.entrySet()) {
			if (text.length() > 0) {
				text.append("  ");
			}
			Object value = entry.getValue();
			if ("job".equals(entry.getKey()) && value != null) {
				value = this.labels.job(value.toString()) + " (" + value + ")";
			}
			text.append(entry.getKey()).append('=').append(value);
		}
		return text.toString();
	}

}
