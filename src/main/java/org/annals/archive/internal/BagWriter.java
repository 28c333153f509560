package org.annals.archive.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.annals.support.DurableFiles;
import org.annals.support.OneLine;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) so that it is never seen half made: everything is
 * written in a {@link BuildingFolder} beside the target, made read-only, forced to disk
 * file by file and folder by folder, renamed into place in one step, and the rename
 * forced too, before the caller records the bag. Payload names are NFC-normalised and
 * made safe (Chinese kept; separators and control characters replaced); in manifests
 * {@code %}, CR and LF are percent-encoded as the RFC says. A bag-info.txt value is put
 * on one line, so that no text can forge a line there.
 */
public final class BagWriter {

	private static final String[] ALGORITHMS = { "sha256", "sha512" };

	private final DurableFiles durable;

	public BagWriter(DurableFiles durable) {
		this.durable = durable;
	}

	/**
	 * One payload file.
	 *
	 * @param path its path under {@code data/}, with {@code /}
	 * @param content writes its content
	 */
	public record Entry(String path, Content content) {
	}

	/**
	 * Writes a payload file's content.
	 */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * What was written.
	 *
	 * @param folder the bag
	 * @param payloadOxum octets.count of the payload
	 * @param tagManifestSha256 the SHA-256 of {@code tagmanifest-sha256.txt}
	 */
	public record Written(Path folder, String payloadOxum, String tagManifestSha256) {
	}

	/**
	 * Writes a bag.
	 * @param target the bag's folder, which must not exist
	 * @param entries the payload
	 * @param info the bag-info.txt fields (Payload-Oxum is added)
	 * @param progress called with each payload path once it is written
	 * @return what was written
	 * @throws IOException when it cannot be written; nothing is left at the target
	 */
	public Written write(Path target, List<Entry> entries, Map<String, String> info, Consumer<String> progress)
			throws IOException {
		Path parent = this.durable.createDirectories(target.toAbsolutePath().getParent());
		BuildingFolder building = BuildingFolder.start(parent, target.getFileName().toString(), this.durable);
		try {
			Path temp = building.folder();
			String oxum = writeContent(temp, entries, info, progress);
			String anchor = hash(temp.resolve("tagmanifest-sha256.txt"), "SHA-256");
			readOnly(temp);
			this.durable.tree(temp);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			this.durable.directory(parent);
			building.finish();
			return new Written(target, oxum, anchor);
		}
		catch (Throwable ex) {
			try {
				building.abandon();
			}
			catch (IOException cleanup) {
				ex.addSuppressed(cleanup);
			}
			throw ex;
		}
	}

	/** Writes the payload, then the tag files; answers the Payload-Oxum. */
	private String writeContent(Path temp, List<Entry> entries, Map<String, String> info, Consumer<String> progress)
			throws IOException {
		Map<String, Map<String, String>> manifests = new LinkedHashMap<>();
		long octets = 0;
		for (Entry entry : entries) {
			String relative = "data/" + safe(entry.path());
			Path file = temp.resolve(relative);
			Files.createDirectories(file.getParent());
			Map<String, MessageDigest> digests = digests();
			try (OutputStream out = Files.newOutputStream(file)) {
				entry.content().writeTo(new DigestingOutputStream(out, digests.values()));
			}
			octets += Files.size(file);
			digests.forEach((alg, digest) -> manifests.computeIfAbsent(alg, (k) -> new LinkedHashMap<>())
				.put(relative, HexFormat.of().formatHex(digest.digest())));
			progress.accept(relative);
		}
		String oxum = octets + "." + entries.size();
		Files.writeString(temp.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
				StandardCharsets.UTF_8);
		Map<String, String> fields = new LinkedHashMap<>(info);
		fields.put("Payload-Oxum", oxum);
		StringBuilder bagInfo = new StringBuilder();
		fields.forEach((name, value) -> bagInfo.append(OneLine.of(name).replace(':', '_'))
			.append(": ")
			.append(OneLine.of(value))
			.append('\n'));
		Files.writeString(temp.resolve("bag-info.txt"), bagInfo.toString(), StandardCharsets.UTF_8);
		List<String> tagFiles = new ArrayList<>(List.of("bagit.txt", "bag-info.txt"));
		for (String alg : ALGORITHMS) {
			writeManifest(temp.resolve("manifest-" + alg + ".txt"), manifests.getOrDefault(alg, Map.of()));
			tagFiles.add("manifest-" + alg + ".txt");
		}
		Map<String, String> tags = new LinkedHashMap<>();
		for (String tag : tagFiles) {
			tags.put(tag, hash(temp.resolve(tag), "SHA-256"));
		}
		writeManifest(temp.resolve("tagmanifest-sha256.txt"), tags);
		return oxum;
	}

	private static void writeManifest(Path file, Map<String, String> sums) throws IOException {
		StringBuilder out = new StringBuilder();
		sums.forEach((path, sum) -> out.append(sum).append("  ").append(encode(path)).append('\n'));
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
	}

	/** RFC 8493 §2.1.3: %, CR and LF in a manifest's file path are percent-encoded. */
	static String encode(String path) {
		return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	/** An NFC name with no separators, control characters or dot-only segments. */
	static String safe(String path) {
		List<String> segments = new ArrayList<>();
		for (String segment : Normalizer.normalize(path, Normalizer.Form.NFC).split("/")) {
			StringBuilder safe = new StringBuilder(segment.length());
			for (int i = 0; i < segment.length(); i++) {
				char c = segment.charAt(i);
				safe.append((c == '\\' || c == 0 || (Character.isISOControl(c) && c != '\r' && c != '\n')) ? '_' : c);
			}
			String name = safe.toString().strip();
			if (!name.isEmpty() && !name.equals(".") && !name.equals("..")) {
				segments.add(name);
			}
		}
		return String.join("/", segments);
	}

	private static Map<String, MessageDigest> digests() {
		Map<String, MessageDigest> digests = new LinkedHashMap<>();
		try {
			digests.put("sha256", MessageDigest.getInstance("SHA-256"));
			digests.put("sha512", MessageDigest.getInstance("SHA-512"));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return digests;
	}

	public static String hash(Path file, String algorithm) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance(algorithm);
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) > 0) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void readOnly(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.toList()) {
				if (Files.isRegularFile(path)) {
					path.toFile().setWritable(false, false);
				}
			}
		}
	}

	/** Hashes what passes through, for every algorithm at once. */
	private static final class DigestingOutputStream extends java.io.FilterOutputStream {

		private final java.util.Collection<MessageDigest> digests;

		DigestingOutputStream(OutputStream out, java.util.Collection<MessageDigest> digests) {
			super(out);
			this.digests = digests;
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.digests.forEach((d) -> d.update((byte) b));
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.digests.forEach((d) -> d.update(b, off, len));
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
