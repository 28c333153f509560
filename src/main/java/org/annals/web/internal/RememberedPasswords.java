package org.annals.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers for a few minutes which passwords it has verified, so
 * that a client calling {@code /api/**} with HTTP Basic again and again (a script
 * watching a run, a monitor) pays for one bcrypt check, not for one on every request:
 * each costs about 0.1 s of a core, and a client asking ten times a second took one of
 * the machine's two cores from the ingest it was watching.
 * <p>
 * What it keeps, in memory only, is a keyed digest (HMAC-SHA-256 under a random key made
 * at start) of each password that matched, under the stored hash it matched. So a changed
 * password, whose hash is new, is checked in full at once; a wrong password is always
 * checked in full and never remembered; and a digest kept cannot be tried against offline
 * without the key. Encoding and upgrades are the delegate's.
 */
final class RememberedPasswords implements PasswordEncoder {

	/** How long a verified password is taken on trust by default. */
	static final Duration LIFETIME = Duration.ofMinutes(5);

	/** How many verified passwords are kept at most; past it the expired are dropped. */
	static final int CAPACITY = 1000;

	private static final String MAC = "HmacSHA256";

	private final PasswordEncoder delegate;

	private final Clock clock;

	private final Duration lifetime;

	private final SecretKeySpec key;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	private record Verified(byte[] digest, Instant until) {
	}

	/**
	 * Creates the encoder, taking a verified password on trust for {@link #LIFETIME}.
	 * @param delegate the encoder that hashes and checks
	 * @param clock the clock lifetimes are measured by
	 */
	RememberedPasswords(PasswordEncoder delegate, Clock clock) {
		this(delegate, clock, LIFETIME);
	}

	/**
	 * Creates the encoder.
	 * @param delegate the encoder that hashes and checks
	 * @param clock the clock lifetimes are measured by
	 * @param lifetime how long a verified password is taken on trust
	 */
	RememberedPasswords(PasswordEncoder delegate, Clock clock, Duration lifetime) {
		this.delegate = delegate;
		this.clock = clock;
		this.lifetime = lifetime;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, MAC);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		byte[] digest = digest(rawPassword);
		Instant now = this.clock.instant();
		Verified known = this.verified.get(encodedPassword);
		if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
			return true;
		}
		if (!this.delegate.matches(rawPassword, encodedPassword)) {
			return false;
		}
		if (this.verified.size() >= CAPACITY) {
			this.verified.values().removeIf((v) -> !now.isBefore(v.until()));
			if (this.verified.size() >= CAPACITY) {
				this.verified.clear();
			}
		}
		this.verified.put(encodedPassword, new Verified(digest, now.plus(this.lifetime)));
		return true;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	/**
	 * How many verified passwords are kept now.
	 * @return the count
	 */
	int remembered() {
		return this.verified.size();
	}

	private byte[] digest(CharSequence rawPassword) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(this.key);
			return mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java", ex);
		}
	}

}
