package org.annals.archive.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.annals.archive.BagFindings;

/**
 * The payload against its manifests: every listed file present (or still to be fetched),
 * every present file listed in every manifest, each listed file's checksums handed to
 * {@link BagFixity}.
 * <p>
 * A listed name missing on disk is looked for under the same name in another Unicode
 * normalization (macOS writes NFD) and, failing that, in another case (the suite's
 * {@code duplicate-file-with-different-case} lists one file twice, as a case-insensitive
 * system sees it); the file found must still match the listed checksum. Such names are
 * warned about by {@link BagNames}.
 */
public final class BagPayloadCheck {

	/**
	 * The payload for Payload-Oxum.
	 *
	 * @param octets the bytes of the present payload files
	 * @param count how many there are
	 * @param excused listed files that are absent without being an error: not fetched
	 * yet, or operating-system files that copies drop
	 */
	public record Totals(long octets, long count, int excused) {
	}

	/**
	 * A present file a listed name leads to; an alias by case does not count as listing.
	 */
	private record Match(String path, boolean lists) {
	}

	private final BagFiles files;

	private final BagDeclaration declaration;

	private final BagFindings findings;

	private final BagPayloadFiles.Scan scan;

	private final Set<String> fetch;

	private final Map<String, List<String>> byNfc;

	private final Map<String, List<String>> byFold;

	private final Set<String> excused = new TreeSet<>();

	public BagPayloadCheck(BagFiles files, BagDeclaration declaration, BagFindings findings, BagPayloadFiles.Scan scan,
			Set<String> fetch) {
		this.files = files;
		this.declaration = declaration;
		this.findings = findings;
		this.scan = scan;
		this.fetch = fetch;
		this.byNfc = index(scan.files().keySet(), BagNames::nfc);
		this.byFold = index(scan.files().keySet(), BagNames::fold);
	}

	private static Map<String, List<String>> index(Set<String> paths, Function<String, String> key) {
		Map<String, List<String>> index = new HashMap<>();
		paths.forEach((p) -> index.computeIfAbsent(key.apply(p), (k) -> new ArrayList<>()).add(p));
		return index;
	}

	public Totals run(List<BagManifest> manifests, BagFixity fixity) throws IOException {
		if (manifests.isEmpty()) {
			this.findings.error("manifest-<algorithm>.txt", "no payload manifest; a bag needs at least one");
		}
		else if (manifests.stream().noneMatch(BagManifest::supported)) {
			this.findings.error(manifests.get(0).name(), "no payload manifest uses an algorithm this verifier knows");
		}
		Set<String> names = new TreeSet<>(this.scan.files().keySet());
		manifests.forEach((m) -> names.addAll(m.checksums().keySet()));
		names.addAll(this.fetch);
		BagNames.warn(names, this.findings);
		Map<String, Set<String>> listedIn = new HashMap<>();
		for (BagManifest manifest : manifests) {
			resolve(manifest, fixity, listedIn);
		}
		checkListed(manifests, listedIn);
		checkFetch(manifests);
		return totals();
	}

	private void resolve(BagManifest manifest, BagFixity fixity, Map<String, Set<String>> listedIn) {
		manifest.checksums().forEach((listed, checksum) -> {
			Match match = match(listed);
			if (match == null) {
				absent(listed, manifest);
				return;
			}
			if (match.lists()) {
				listedIn.computeIfAbsent(match.path(), (p) -> new TreeSet<>()).add(manifest.name());
			}
			if (manifest.supported()) {
				fixity.expect(this.scan.files().get(match.path()), listed, manifest.algorithm(), checksum);
			}
		});
	}

	private Match match(String listed) {
		if (this.scan.files().containsKey(listed)) {
			return new Match(listed, true);
		}
		List<String> sameNfc = this.byNfc.get(BagNames.nfc(listed));
		if (sameNfc != null) {
			return new Match(sameNfc.get(0), true);
		}
		List<String> sameFold = this.byFold.get(BagNames.fold(listed));
		return (sameFold != null) ? new Match(sameFold.get(0), false) : null;
	}

	private void absent(String listed, BagManifest manifest) {
		if (this.scan.refused().contains(listed)) {
			return;
		}
		if (this.fetch.contains(listed)) {
			if (this.excused.add(listed)) {
				this.findings.warn(listed, "is in fetch.txt and not fetched yet; its checksum was not verified");
			}
		}
		else if (BagNames.systemFile(listed) != null) {
			if (this.excused.add(listed)) {
				this.findings.warn(listed, "listed in " + manifest.name() + " but missing; an operating-system file, "
						+ "which copies routinely drop, so this is only a warning");
			}
		}
		else if (this.files.isDirectory(listed)) {
			this.findings.error(listed, "is a directory; " + manifest.name() + " must list files");
		}
		else {
			this.findings.error(listed, "listed in " + manifest.name() + " but missing");
		}
	}

	/** RFC 8493: in every manifest; 0.97: in at least one, and every manifest SHOULD. */
	private void checkListed(List<BagManifest> manifests, Map<String, Set<String>> listedIn) {
		for (String path : this.scan.files().keySet()) {
			Set<String> listing = listedIn.getOrDefault(path, Set.of());
			boolean error = listing.isEmpty() || this.declaration.rfc8493();
			for (BagManifest manifest : manifests) {
				if (!listing.contains(manifest.name())) {
					this.findings.report(error, path, "present but not in " + manifest.name()
							+ (error ? "" : " (0.97: every payload manifest should list every file)"));
				}
			}
		}
	}

	private void checkFetch(List<BagManifest> manifests) {
		for (String path : this.fetch) {
			for (BagManifest manifest : manifests) {
				if (!manifest.checksums().containsKey(path)) {
					this.findings.error(path, "listed in fetch.txt but not in " + manifest.name());
				}
			}
		}
	}

	private Totals totals() throws IOException {
		long octets = 0;
		for (Path file : this.scan.files().values()) {
			octets += Files.size(file);
		}
		return new Totals(octets, this.scan.files().size(), this.excused.size());
	}

}
