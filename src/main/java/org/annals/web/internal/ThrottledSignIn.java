package org.annals.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (the form's or HTTP Basic's) through the
 * {@link SignInThrottle}: a sign-in of an account or from an address that failed too
 * often of late is refused with a {@link SignInThrottledException} before its password is
 * looked at; the failure that empties a bucket is written to the audit log as
 * {@value #LOCKED}, once, not each refusal after it.
 */
class ThrottledSignIn implements AuthenticationProvider {

	/** The audit event type of an account or address that is now refused for a while. */
	static final String LOCKED = "SIGN_IN_LOCKED";

	private final AuthenticationProvider delegate;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	ThrottledSignIn(AuthenticationProvider delegate, SignInThrottle throttle, ApplicationEventPublisher events) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = addressOf(authentication);
		this.throttle.check(authentication.getName(), address);
		try {
			return this.delegate.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(authentication.getName(), address)
				.ifPresent((scope) -> locked(authentication.getName(), address, scope));
			throw ex;
		}
	}

	private void locked(String account, String address, SignInThrottledException.Scope scope) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("remoteAddress", address);
		data.put("scope", scope.name());
		this.events.publishEvent(new AuditApplicationEvent(account, LOCKED, data));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

	static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null)
				? web.getRemoteAddress() : "unknown";
	}

}
