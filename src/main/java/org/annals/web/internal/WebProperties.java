package org.annals.web.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web pages and the HTTP API, bound to {@code annals.web}.
 *
 * @param maxUploadSize the largest file a department may upload (page or API); one byte
 * more is answered with 413 and nothing is stored (default 200MB)
 * @param signIn how failed sign-ins are throttled
 */
@ConfigurationProperties("annals.web")
public record WebProperties(DataSize maxUploadSize, SignIn signIn) {

	public WebProperties {
		maxUploadSize = (maxUploadSize != null) ? maxUploadSize : DataSize.ofMegabytes(200);
		signIn = (signIn != null) ? signIn : new SignIn(0, 0, null);
	}

	/**
	 * Failed sign-ins allowed before the account, or the client address, is refused for a
	 * while; each allowance comes back gradually over the window.
	 *
	 * @param accountFailures failed sign-ins one account may have in a window, from any
	 * address (default 5)
	 * @param addressFailures failed sign-ins one client address may have in a window, for
	 * any accounts (default 20)
	 * @param window the time in which a spent allowance comes back whole (default 15
	 * minutes)
	 */
	public record SignIn(int accountFailures, int addressFailures, Duration window) {

		public SignIn {
			accountFailures = (accountFailures > 0) ? accountFailures : 5;
			addressFailures = (addressFailures > 0) ? addressFailures : 20;
			window = (window != null) ? window : Duration.ofMinutes(15);
		}

	}

}
