package org.annals.web.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.annals.ingest.FactChoices;

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

	FactChoicesController(FactChoices choices) {
		this.choices = choices;
	}

	@PostMapping("/api/facts/choices")
	@ResponseBody
	ResponseEntity<Map<String, Object>> choose(@RequestParam long fact, @RequestParam(required = false) String reason,
			Principal editor) {
		try {
			FactChoices.Choice choice = this.choices.choose(fact, reason, editor.getName());
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
			Principal editor, RedirectAttributes redirect) {
		try {
			this.choices.choose(fact, reason, editor.getName());
		}
		catch (FactChoices.RefusedChoiceException ex) {
			boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
			redirect.addFlashAttribute("choiceError", english ? ex.english() : ex.chinese());
		}
		return "redirect:/facts?year=" + year;
	}

}
