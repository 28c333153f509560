package org.annals.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests as lower-case hex, the identity of every file Annals keeps.
 */
public final class Sha256 {

	private Sha256() {
	}

	/**
	 * A new SHA-256 digest.
	 * @return the digest
	 */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The hex form of a finished digest.
	 * @param digest the digest
	 * @return 64 lower-case hex digits
	 */
	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The SHA-256 of a string's UTF-8 bytes.
	 * @param text the text
	 * @return 64 lower-case hex digits
	 */
	public static String of(String text) {
		MessageDigest digest = newDigest();
		digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return hex(digest);
	}

}
