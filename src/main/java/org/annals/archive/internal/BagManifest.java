package org.annals.archive.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.annals.archive.BagFindings;

/**
 * A payload manifest ({@code manifest-<alg>.txt}) or tag manifest
 * ({@code tagmanifest-<alg>.txt}): the checksum each listed file must have.
 *
 * @param name the manifest's file name
 * @param algorithm the algorithm, lower case
 * @param checksums checksum by path relative to the bag (decoded), in listed order
 */
public record BagManifest(String name, String algorithm, Map<String, String> checksums) {

	private static final Pattern PAYLOAD = Pattern.compile("manifest-([A-Za-z0-9]+)\\.txt");

	private static final Pattern TAG = Pattern.compile("tagmanifest-([A-Za-z0-9]+)\\.txt");

	/** A checksum, one or more spaces or tabs, a file path (which may hold spaces). */
	private static final Pattern LINE = Pattern.compile("(\\S+)([ \\t]+)(.*)");

	boolean supported() {
		return BagDigests.supported(this.algorithm);
	}

	public static List<BagManifest> readAll(BagFiles files, BagDeclaration declaration, BagFindings findings,
			boolean tag) throws IOException {
		List<String> names;
		try (Stream<Path> entries = Files.list(files.root())) {
			names = entries.map((p) -> p.getFileName().toString())
				.filter((n) -> (tag ? TAG : PAYLOAD).matcher(n).matches())
				.sorted()
				.toList();
		}
		List<BagManifest> manifests = new ArrayList<>();
		for (String name : names) {
			BagFiles.Found found = files.locate(name);
			if (found.path() == null) {
				findings.error(name, found.refusal());
				continue;
			}
			Matcher matcher = (tag ? TAG : PAYLOAD).matcher(name);
			matcher.matches();
			Parser parser = new Parser(name, tag, declaration.rfc8493(), findings);
			BagTagText.read(found.path(), name, declaration.encoding(), findings, parser);
			manifests.add(parser.manifest(matcher.group(1).toLowerCase(Locale.ROOT)));
		}
		return manifests;
	}

	/** Reads the lines of one manifest. */
	private static final class Parser implements BagTagText.Lines {

		private final String name;

		private final boolean tag;

		private final boolean rfc8493;

		private final BagFindings findings;

		private final Map<String, String> checksums = new LinkedHashMap<>();

		private final Map<String, Integer> lines = new HashMap<>();

		private boolean md5sumMarker;

		Parser(String name, boolean tag, boolean rfc8493, BagFindings findings) {
			this.name = name;
			this.tag = tag;
			this.rfc8493 = rfc8493;
			this.findings = findings;
		}

		@Override
		public void accept(int number, String line) {
			if (line.isBlank()) {
				return;
			}
			Matcher fields = LINE.matcher(line);
			if (!fields.matches() || fields.group(3).isEmpty()) {
				this.findings.error(this.name, "line " + number + " is not 'checksum filepath'");
				return;
			}
			String raw = fields.group(3);
			if (raw.startsWith("*") && fields.group(2).equals(" ")) {
				// "checksum *path": md5sum's binary-mode flag, not part of the name
				raw = raw.substring(1);
				this.md5sumMarker = true;
			}
			String path = BagPaths.normalize(raw, this.rfc8493, this.findings, this.name, number);
			if (path != null && !this.tag && !path.startsWith("data/")) {
				this.findings.error(this.name, "line " + number + ": " + path
						+ " is outside data/; a payload manifest lists payload files only");
			}
			else if (path != null) {
				add(path, fields.group(1), number);
			}
		}

		private void add(String path, String checksum, int number) {
			Integer first = this.lines.putIfAbsent(path, number);
			if (first == null) {
				this.checksums.put(path, checksum);
			}
			else if (this.checksums.get(path).equalsIgnoreCase(checksum)) {
				// RFC 8493 lists each file once; 0.97 bags doing this are in the suite's
				// warning/
				this.findings.report(this.rfc8493, path, "listed twice in " + this.name
						+ " with the same checksum (lines " + first + " and " + number + ")");
			}
			else {
				this.findings.error(path, "listed twice in " + this.name + " with different checksums (lines " + first
						+ " and " + number + ")");
			}
		}

		BagManifest manifest(String algorithm) {
			if (this.md5sumMarker) {
				this.findings.warn(this.name, "marks file paths with '*', the binary-mode flag of md5sum and similar "
						+ "tools, not BagIt; read without it");
			}
			if (!BagDigests.supported(algorithm)) {
				this.findings.warn(this.name, "uses " + algorithm + ", which this verifier cannot compute; "
						+ "its checksums were not verified");
			}
			return new BagManifest(this.name, algorithm, this.checksums);
		}

	}

}
