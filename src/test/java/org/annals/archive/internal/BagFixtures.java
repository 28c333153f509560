package org.annals.archive.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Small BagIt 1.0 bags written by hand for the verifier's tests, independent of
 * {@link BagWriter}: SHA-256 and SHA-512 payload manifests with RFC 8493's percent
 * encoding, bag-info.txt with Payload-Oxum, and a SHA-256 tag manifest.
 */
final class BagFixtures {

	private BagFixtures() {
	}

	/**
	 * Writes a bag.
	 * @param bag the folder to create
	 * @param payload content by path under the bag, each starting with {@code data/}
	 * @return the bag
	 */
	static Path bag(Path bag, Map<String, String> payload) throws IOException {
		long octets = 0;
		for (Map.Entry<String, String> file : payload.entrySet()) {
			Path path = bag.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			octets += Files.write(path, file.getValue().getBytes(StandardCharsets.UTF_8)).toFile().length();
		}
		Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
		Files.writeString(bag.resolve("bag-info.txt"),
				"Source-Organization: 省地方志办公室\nPayload-Oxum: " + octets + "." + payload.size() + "\n");
		writeManifests(bag);
		return bag;
	}

	/**
	 * (Re)writes both payload manifests from what is under data/, then the tag manifest.
	 */
	static void writeManifests(Path bag) throws IOException {
		for (String algorithm : new String[] { "sha256", "sha512" }) {
			StringBuilder manifest = new StringBuilder();
			try (Stream<Path> files = Files.walk(bag.resolve("data"))) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					manifest.append(hash(algorithm, file))
						.append("  ")
						.append(encode(bag.relativize(file)))
						.append('\n');
				}
			}
			Files.writeString(bag.resolve("manifest-" + algorithm + ".txt"), manifest);
		}
		writeTagManifest(bag);
	}

	/** (Re)writes tagmanifest-sha256.txt, as after a legitimate change of a tag file. */
	static void writeTagManifest(Path bag) throws IOException {
		StringBuilder manifest = new StringBuilder();
		for (String tag : new String[] { "bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt" }) {
			manifest.append(hash("sha256", bag.resolve(tag))).append(' ').append(tag).append('\n');
		}
		Files.writeString(bag.resolve("tagmanifest-sha256.txt"), manifest);
	}

	static String hash(String algorithm, Path file) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance(algorithm.replace("sha", "SHA-"));
			return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(Path relative) {
		return relative.toString().replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

}
