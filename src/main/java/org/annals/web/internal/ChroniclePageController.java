package org.annals.web.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.annals.chronicle.ChronicleCorrection;
import org.annals.chronicle.ChronicleCorrections;
import org.annals.chronicle.ChronicleListing;
import org.annals.chronicle.DatePrecision;
import org.annals.reference.ReferenceData;
import org.annals.support.Messages;

import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' chronicle page: a year's chronicle filtered by department, month,
 * precision and words, a page at a time, each entry with its sources, merged wordings and
 * history, and the downloads; editors correct an entry's wording or date, merge two
 * entries or split an event out (a form with CSRF), and each correction is written to the
 * audit log.
 */
@Controller
@ConditionalOnWebApplication
class ChroniclePageController {

	/** Entries on a page. */
	static final int PAGE_SIZE = 50;

	private static final String AUDIT_TYPE = "CHRONICLE_CORRECTED";

	private final ChronicleListing listing;

	private final ChronicleCorrections corrections;

	private final ReferenceData reference;

	private final ApplicationEventPublisher events;

	ChroniclePageController(ChronicleListing listing, ChronicleCorrections corrections, ReferenceData reference,
			ApplicationEventPublisher events) {
		this.listing = listing;
		this.corrections = corrections;
		this.reference = reference;
		this.events = events;
	}

	@GetMapping("/chronicle")
	String chronicle(@RequestParam(required = false) Integer year, @RequestParam(required = false) String department,
			@RequestParam(required = false) Integer month, @RequestParam(required = false) String precision,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int after, Authentication user,
			Model model) {
		int shown = (year != null) ? year
				: this.listing.years().stream().findFirst().orElse(LocalDate.now().getYear() - 1);
		DatePrecision chosen = precision(precision);
		ChronicleListing.Filter filter = new ChronicleListing.Filter(blankToNull(department), month, chosen,
				blankToNull(q));
		ChronicleListing.Page page = this.listing.page(shown, filter, Math.max(after, 0), PAGE_SIZE);
		Set<String> folders = new LinkedHashSet<>();
		this.reference.departments().departments().forEach((d) -> folders.add(d.folder()));
		model.addAttribute("year", shown);
		model.addAttribute("years", this.listing.years());
		model.addAttribute("departments", folders);
		model.addAttribute("precisions", DatePrecision.values());
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("editor",
				user.getAuthorities().stream().anyMatch((a) -> "ROLE_EDITOR".equals(a.getAuthority())));
		return "chronicle";
	}

	@PostMapping("/chronicle/corrections")
	String correct(@RequestParam long entry, @RequestParam int year, @RequestParam String kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) String content,
			@RequestParam(required = false) String start, @RequestParam(required = false) String end,
			@RequestParam(required = false) String precision, @RequestParam(required = false) Integer into,
			@RequestParam(required = false) Long event, @RequestParam(required = false) String reason, Principal editor,
			RedirectAttributes redirect) {
		try {
			ChronicleCorrection made = switch (kind) {
				case "wording" -> this.corrections.wording(entry, title, content, reason, editor.getName());
				case "date" ->
					this.corrections.date(entry, day(start), day(end), precision(precision), reason, editor.getName());
				case "merge" -> this.corrections.merge(entry, target(year, into), reason, editor.getName());
				case "split" -> this.corrections.split(entry, (event != null) ? event : -1, reason, editor.getName());
				default -> throw new ChronicleCorrections.RefusedCorrectionException("chronicle.refused.kind");
			};
			audit(made);
			redirect.addFlashAttribute("corrected", true);
		}
		catch (ChronicleCorrections.RefusedCorrectionException ex) {
			redirect.addFlashAttribute("correctionError", Messages.get(LocaleContextHolder.getLocale(), ex.key()));
		}
		return "redirect:/chronicle?year=" + year;
	}

	private void audit(ChronicleCorrection made) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("year", made.year());
		data.put("kind", made.kind().code());
		data.put("correction", made.id());
		data.put("department", made.department());
		data.put("title", made.title());
		if (made.newTitle() != null) {
			data.put("newTitle", made.newTitle());
		}
		if (made.label() != null) {
			data.put("label", made.label());
		}
		if (made.otherTitle() != null) {
			data.put("otherTitle", made.otherTitle());
		}
		data.put("reason", made.reason());
		this.events.publishEvent(new AuditApplicationEvent(made.editor(), AUDIT_TYPE, data));
	}

	private long target(int year, Integer position) {
		Long id = (position != null) ? this.listing.idAt(year, position) : null;
		if (id == null) {
			throw new ChronicleCorrections.RefusedCorrectionException("chronicle.refused.merge");
		}
		return id;
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ChronicleCorrections.RefusedCorrectionException("chronicle.refused.date");
		}
	}

	private static DatePrecision precision(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return DatePrecision.ofCode(code.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
