package org.annals.web.internal;

import java.util.Optional;

import org.annals.support.Messages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.annals.web.PasswordPolicy;
import org.annals.web.UserAccounts;

/**
 * The first operator, {@code admin}: it takes {@code ANNALS_ADMIN_PASSWORD} at every
 * start (so setting it and restarting rotates it), or, when that is not set and no
 * {@code admin} exists, a generated password printed once. Safe when several nodes start
 * at once on an empty database: the database lets exactly one of them create it, and only
 * that one prints a password.
 */
public final class FirstOperator {

	/** Its name. */
	public static final String NAME = "admin";

	private static final Log logger = LogFactory.getLog(FirstOperator.class);

	private final UserAccounts accounts;

	FirstOperator(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * Makes sure the first operator exists.
	 * @param password {@code ANNALS_ADMIN_PASSWORD}, may be blank
	 * @return the generated password, when this call generated one
	 */
	Optional<String> ensure(String password) {
		if (password.isBlank()) {
			return this.accounts.createFirstOperator();
		}
		try {
			PasswordPolicy.check(NAME, password);
		}
		catch (PasswordPolicy.WeakPasswordException ex) {
			logger.warn("ANNALS_ADMIN_PASSWORD is weak (" + ex.getMessage() + "): set a stronger one and restart");
		}
		this.accounts.store(NAME, password, "OPERATOR", null, "system");
		return Optional.empty();
	}

	/**
	 * Makes sure the first operator exists, and prints a generated password once.
	 * @param password {@code ANNALS_ADMIN_PASSWORD}, may be blank
	 */
	void ensureAndTell(String password) {
		ensure(password).ifPresent((generated) -> {
			System.err.println(Messages.get("web.firstOperator.password", generated));
			logger.warn(
					"ANNALS_ADMIN_PASSWORD is not set; a password for admin was generated and printed on the console");
		});
	}

}
