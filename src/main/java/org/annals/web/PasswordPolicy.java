package org.annals.web;

import java.util.Locale;
import java.util.Set;

import org.annals.support.Messages;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, and not one of the
 * kinds that are guessed first: a common password or word with digits or signs around it,
 * one short piece repeated, a run along the keyboard or the alphabet, or the user's own
 * name.
 */
public final class PasswordPolicy {

	/** The fewest characters of a password. */
	public static final int MIN_LENGTH = 12;

	private static final Set<String> COMMON = Set.of("password", "passwort", "passw0rd", "p@ssw0rd", "pass", "admin",
			"administrator", "root", "secret", "letmein", "welcome", "iloveyou", "changeme", "qwerty", "qwertz",
			"azerty", "abc", "test", "guest", "user", "login", "master", "monkey", "dragon", "football", "sunshine",
			"annals", "nianjian", "dashiji", "difangzhi", "woaini", "zhongguo", "china");

	private static final String[] RUNS = { "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1234567890",
			"1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "1q2w3e4r5t6y7u8i9o0p" };

	private PasswordPolicy() {
	}

	/**
	 * Refuses a password that breaks the policy.
	 * @param username whose password it is
	 * @param password the password in clear
	 * @throws WeakPasswordException saying why, in Chinese and English
	 */
	public static void check(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new WeakPasswordException(Messages.get("web.password.tooShort", MIN_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		if (COMMON.contains(core) || repeated(lower) || run(lower)
				|| (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT)))) {
			throw new WeakPasswordException(Messages.get("web.password.guessable"));
		}
	}

	/** One piece of up to four characters, repeated. */
	private static boolean repeated(String password) {
		for (int unit = 1; unit <= 4; unit++) {
			if (password.length() % unit == 0
					&& password.substring(0, unit).repeat(password.length() / unit).equals(password)) {
				return true;
			}
		}
		return false;
	}

	/** A run along the alphabet, a keyboard row or the digits, either way, wrapping. */
	private static boolean run(String password) {
		for (String run : RUNS) {
			String twice = run + run;
			String reversed = new StringBuilder(twice).reverse().toString();
			if (twice.contains(password) || reversed.contains(password)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A password that the policy refuses.
	 */
	public static class WeakPasswordException extends IllegalArgumentException {

		WeakPasswordException(String message) {
			super(message);
		}

	}

}
