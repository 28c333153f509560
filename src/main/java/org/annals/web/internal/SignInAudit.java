package org.annals.web.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.actuate.security.AuthenticationAuditListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Boot's sign-in auditing, less the flood: a program calling {@code /api/**} with
 * HTTP Basic signs in with every request, and a script polling ten times a second would
 * write 864,000 rows a day. A sign-in without a session is written once per user and
 * address in {@link #QUIET}; sign-ins through the form, failures and sign-outs always.
 */
class SignInAudit extends AuthenticationAuditListener {

	/** How long a session-less sign-in of a user from an address is not written again. */
	static final Duration QUIET = Duration.ofMinutes(15);

	private final Cache<String, Boolean> recent = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(QUIET)
		.build();

	@Override
	public void onApplicationEvent(AbstractAuthenticationEvent event) {
		if (event instanceof AuthenticationSuccessEvent
				&& event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
				&& web.getSessionId() == null) {
			String key = event.getAuthentication().getName() + "\n" + web.getRemoteAddress();
			if (this.recent.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
				return;
			}
		}
		super.onApplicationEvent(event);
	}

}
