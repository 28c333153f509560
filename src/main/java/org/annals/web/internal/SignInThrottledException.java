package org.annals.web.internal;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without its password being checked: its account, or its client
 * address, failed too often of late. Says for how long.
 */
class SignInThrottledException extends LockedException {

	/** What is refused. */
	enum Scope {

		/** The account, from any address. */
		ACCOUNT,

		/** The client address, for any account. */
		ADDRESS

	}

	private final Scope scope;

	private final Duration retryAfter;

	SignInThrottledException(Scope scope, Duration retryAfter) {
		super("too many failed sign-ins for this " + scope.name().toLowerCase(java.util.Locale.ROOT) + ", retry after "
				+ retryAfter.toSeconds() + " s");
		this.scope = scope;
		this.retryAfter = retryAfter;
	}

	Scope scope() {
		return this.scope;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	/**
	 * Whole minutes to wait, at least one, as people are told.
	 * @return the minutes
	 */
	long minutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

}
