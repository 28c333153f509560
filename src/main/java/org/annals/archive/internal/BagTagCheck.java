package org.annals.archive.internal;

import java.util.List;

import org.annals.archive.BagFindings;

/**
 * Tag manifests: every tag file they list must be there, inside the bag, with its
 * checksum (which {@link BagFixity} checks with the payload).
 */
public final class BagTagCheck {

	private BagTagCheck() {
	}

	public static void check(BagFiles files, List<BagManifest> tagManifests, BagFixity fixity, BagFindings findings) {
		for (BagManifest manifest : tagManifests) {
			manifest.checksums().forEach((path, checksum) -> {
				BagFiles.Found found = files.locate(path);
				if (found.path() == null) {
					findings.error(path,
							found.missing() ? "listed in " + manifest.name() + " but missing" : found.refusal());
				}
				else if (manifest.supported()) {
					fixity.expect(found.path(), path, manifest.algorithm(), checksum);
				}
			});
		}
	}

}
