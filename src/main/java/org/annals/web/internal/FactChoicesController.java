package org.annals.web.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.annals.ingest.FactChoices;
import org.annals.support.AuditTrail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors settle which source's value is published (数出一门): from the facts page (a form,
 * with CSRF) or by the API, always with a reason.
 */
@Controller
@ConditionalOnWebApplication
class FactChoicesController {

	private final FactChoices choices;

	private final RequestAudit audit;

	FactChoicesController(FactChoices choices, RequestAudit audit) {
		this.choices = choices;
		this.audit = audit;
	}

	/** The audit trail learns of a conflict settled: which value, of what, and why. */
	private void audited(FactChoices.Choice choice, Principal editor, HttpServletRequest request) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("fact", choice.fact());
		detail.put("region", choice.region());
		detail.put("indicator", choice.indicator());
		detail.put("year", choice.year());
		detail.put("value", (choice.value() != null) ? choice.value().stripTrailingZeros().toPlainString() : null);
		detail.put("reason", choice.reason());
		this.audit.record(editor, request, AuditTrail.FACT_CHOICE, detail);
	}

	@PostMapping("/api/facts/choices")
	@ResponseBody
	ResponseEntity<Map<String, Object>> choose(@RequestParam long fact, @RequestParam(required = false) String reason,
			Principal editor, HttpServletRequest request) {
		try {
			FactChoices.Choice choice = this.choices.choose(fact, reason, editor.getName());
			audited(choice, editor, request);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("region", choice.region());
			body.put("indicator", choice.indicator());
			body.put("year", choice.year());
			body.put("fact", choice.fact());
			body.put("value", (choice.value() != null) ? choice.value().stripTrailingZeros().toPlainString() : null);
			body.put("replaced", choice.replaced());
			body.put("reason", choice.reason());
			body.put("chosenBy", choice.editor());
			body.put("chosenAt", choice.chosenAt().toString());
			return ResponseEntity.status(HttpStatus.CREATED).body(body);
		}
		catch (FactChoices.RefusedChoiceException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
		}
	}

	@PostMapping("/facts/choices")
	String chooseOnPage(@RequestParam long fact, @RequestParam int year, @RequestParam(required = false) String reason,
			Principal editor, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			audited(this.choices.choose(fact, reason, editor.getName()), editor, request);
		}
		catch (FactChoices.RefusedChoiceException ex) {
			boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
			redirect.addFlashAttribute("choiceError", english ? ex.english() : ex.chinese());
		}
		return "redirect:/facts?year=" + year;
	}

}
