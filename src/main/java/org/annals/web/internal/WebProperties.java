package org.annals.web.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web pages and the HTTP API, bound to {@code annals}: the group
 * {@code annals.web} and {@code annals.admin-password}.
 *
 * @param web how uploads and sign-ins are limited
 * @param adminPassword the password of the first operator, {@code admin}, set at every
 * start (or {@code ANNALS_ADMIN_PASSWORD}); when not set, one is generated and printed
 * once
 */
@ConfigurationProperties("annals")
public record WebProperties(@DefaultValue Web web, String adminPassword) {

	/**
	 * How uploads and sign-ins are limited.
	 *
	 * @param maxUploadSize the largest file a department may upload (page or API); one
	 * byte more is answered with 413 and nothing is stored
	 * @param signIn how failed sign-ins are throttled
	 */
	public record Web(@DefaultValue("200MB") DataSize maxUploadSize, @DefaultValue SignIn signIn) {

	}

	/**
	 * Failed sign-ins allowed before the account, or the client address, is refused for a
	 * while; each allowance comes back gradually over the window.
	 *
	 * @param accountFailures failed sign-ins one account may have in a window, from any
	 * address
	 * @param addressFailures failed sign-ins one client address may have in a window, for
	 * any accounts
	 * @param window the time in which a spent allowance comes back whole
	 */
	public record SignIn(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
			@DefaultValue("15m") Duration window) {

		public SignIn {
			if (accountFailures <= 0 || addressFailures <= 0 || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("annals.web.sign-in.* must be positive");
			}
		}

	}

}
