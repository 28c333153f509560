package org.annals.web.internal;

import org.springframework.boot.actuate.security.AuthorizationAuditListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationEvent;

/**
 * Spring Boot's auditing of refused requests, for signed-in users only: someone who is
 * not signed in is sent to sign in (or answered 401), and writing a row for each such
 * request would let anyone fill the audit log.
 */
class AccessDeniedAudit extends AuthorizationAuditListener {

	@Override
	public void onApplicationEvent(AuthorizationEvent event) {
		if (event.getAuthentication().get() instanceof AnonymousAuthenticationToken
				|| event.getAuthentication().get() == null) {
			return;
		}
		super.onApplicationEvent(event);
	}

}
