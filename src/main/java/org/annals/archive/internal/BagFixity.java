package org.annals.archive.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.archive.BagFindings;

/**
 * The checksums every file must have, gathered from all manifests first so that each file
 * is read once, whatever number of manifests and algorithms list it.
 */
public final class BagFixity {

	/**
	 * One manifest line's promise.
	 *
	 * @param listedAs the path as the manifest lists it (decoded)
	 * @param algorithm the algorithm
	 * @param checksum the expected checksum
	 */
	record Expectation(String listedAs, String algorithm, String checksum) {
	}

	private final Map<Path, List<Expectation>> expected = new LinkedHashMap<>();

	void expect(Path file, String listedAs, String algorithm, String checksum) {
		this.expected.computeIfAbsent(file, (f) -> new ArrayList<>())
			.add(new Expectation(listedAs, algorithm, checksum));
	}

	public void verify(BagFindings findings) {
		this.expected.forEach((file, expectations) -> verify(file, expectations, findings));
	}

	private static void verify(Path file, List<Expectation> expectations, BagFindings findings) {
		Set<String> algorithms = new LinkedHashSet<>();
		expectations.forEach((e) -> algorithms.add(e.algorithm()));
		Map<String, String> found;
		try {
			found = BagDigests.hash(file, algorithms);
		}
		catch (IOException ex) {
			findings.error(expectations.get(0).listedAs(), "cannot be read: " + ex);
			return;
		}
		for (Expectation expectation : expectations) {
			String actual = found.get(expectation.algorithm());
			if (!actual.equalsIgnoreCase(expectation.checksum())) {
				findings.error(expectation.listedAs(), expectation.algorithm() + " mismatch: expected "
						+ expectation.checksum() + ", found " + actual);
			}
		}
	}

}
