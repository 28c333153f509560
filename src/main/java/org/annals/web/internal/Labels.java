package org.annals.web.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names people read for the codes the pages show: jobs and flows ({@code nightly} →
 * 夜间作业), execution states ({@code COMPLETED} → 已完成), audit event types, snapshot
 * outcomes; from the bundles, in the request's language. A code the bundles do not name
 * is shown as it is.
 */
@Component
class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	String job(String name) {
		return label("roles.job.", name);
	}

	String status(String status) {
		return label("roles.status.", status);
	}

	String auditType(String type) {
		return label("audit.type.", type);
	}

	String outcome(String outcome) {
		return label("roles.outcome.", (outcome != null) ? outcome : "none");
	}

	/**
	 * Names of many codes at once, for a page's script.
	 * @param prefix {@code job} or {@code status}
	 * @param codes the codes
	 * @return code → name, in the codes' order
	 */
	Map<String, String> all(String prefix, Iterable<String> codes) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : codes) {
			names.put(code, label("roles." + prefix + ".", code));
		}
		return names;
	}

	private String label(String prefix, String code) {
		if (code == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(prefix + code, null, code, locale);
	}

}
