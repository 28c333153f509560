package org.annals.web.internal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.annals.support.AuditTrail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Records what a signed-in user did through a page or the API in the audit trail, with
 * the user, the client's address and the way ({@code api} or {@code page}).
 */
@Component
@ConditionalOnWebApplication
class RequestAudit {

	private final AuditTrail trail;

	RequestAudit(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Records one action.
	 * @param user who, signed in
	 * @param request the request that did it
	 * @param type what, one of {@link AuditTrail}'s types
	 * @param detail what it concerned, in order
	 */
	void record(Principal user, HttpServletRequest request, String type, Map<String, ?> detail) {
		Map<String, Object> data = new LinkedHashMap<>(detail);
		data.put("via", via(request));
		this.trail.record((user != null) ? user.getName() : null, type, request.getRemoteAddr(), data);
	}

	static String via(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? "api" : "page";
	}

}
