package org.annals.archive;

import java.util.List;

/**
 * Tag manifests: every tag file they list must be there, inside the bag, with its
 * checksum (which {@link BagFixity} checks with the payload).
 */
final class BagTagCheck {

	private BagTagCheck() {
	}

	static void check(BagFiles files, List<BagManifest> tagManifests, BagFixity fixity, BagFindings findings) {
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
