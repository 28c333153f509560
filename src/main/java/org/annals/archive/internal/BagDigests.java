package org.annals.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The checksum algorithms of manifest names and a streaming hash of a file for several of
 * them in one read.
 */
final class BagDigests {

	/** Files are read 64 KB at a time, never whole. */
	static final int BUFFER = 64 * 1024;

	/**
	 * The manifest algorithm names BagIt uses, to Java's; sha224 and sha384 appear too.
	 */
	private static final Map<String, String> JAVA_NAMES = Map.of("md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224",
			"sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

	private BagDigests() {
	}

	static boolean supported(String algorithm) {
		return JAVA_NAMES.containsKey(algorithm.toLowerCase(Locale.ROOT));
	}

	/**
	 * Hashes a file once for every algorithm.
	 * @param file a regular file (a symbolic link is not opened)
	 * @param algorithms supported manifest algorithm names
	 * @return each algorithm's checksum, lower-case hex
	 */
	static Map<String, String> hash(Path file, Collection<String> algorithms) throws IOException {
		Map<String, MessageDigest> digests = new LinkedHashMap<>();
		for (String algorithm : algorithms) {
			digests.put(algorithm, newDigest(algorithm));
		}
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				for (MessageDigest digest : digests.values()) {
					digest.update(buffer, 0, read);
				}
			}
		}
		Map<String, String> checksums = new LinkedHashMap<>();
		digests.forEach((algorithm, digest) -> checksums.put(algorithm, HexFormat.of().formatHex(digest.digest())));
		return checksums;
	}

	private static MessageDigest newDigest(String algorithm) {
		try {
			return MessageDigest.getInstance(JAVA_NAMES.get(algorithm.toLowerCase(Locale.ROOT)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has " + algorithm, ex);
		}
	}

}
