package org.annals.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.annals.archive.internal.BagDeclaration;
import org.annals.archive.internal.BagFetch;
import org.annals.archive.internal.BagFiles;
import org.annals.archive.internal.BagFixity;
import org.annals.archive.internal.BagInfoCheck;
import org.annals.archive.internal.BagManifest;
import org.annals.archive.internal.BagPayloadCheck;
import org.annals.archive.internal.BagPayloadFiles;
import org.annals.archive.internal.BagTagCheck;

/**
 * Full fixity check of any BagIt bag, ours or anyone's, of version 0.97 or 1.0 (RFC
 * 8493): the declaration, every payload and tag manifest, every checksum, completeness,
 * {@code fetch.txt} and {@code Payload-Oxum}. Files are hashed as streams with a 64 KB
 * buffer, each file once for all its algorithms; symbolic links are never followed out of
 * the bag, and paths that climb out of it are refused before anything is opened.
 * <p>
 * What the RFC leaves open follows the Library of Congress conformance suite: a bag the
 * suite calls valid has no error here, one it calls invalid at least one, and one it puts
 * under {@code warning/} is valid with at least one warning.
 */
public final class BagVerifier {

	/**
	 * The outcome of a verification.
	 *
	 * @param valid true when there is no error; warnings never make a bag invalid
	 * @param errors what makes the bag invalid
	 * @param warnings what is allowed but deserves an archivist's look
	 */
	public record Verification(boolean valid, List<Problem> errors, List<Problem> warnings) {

		public Verification {
			errors = List.copyOf(errors);
			warnings = List.copyOf(warnings);
		}

	}

	/**
	 * One thing found wrong.
	 *
	 * @param file the file concerned: a payload path relative to the bag as its manifest
	 * lists it (decoded), or the tag file at fault ({@code bagit.txt},
	 * {@code manifest-sha256.txt} …)
	 * @param what what is wrong, in English
	 */
	public record Problem(String file, String what) {

		@Override
		public String toString() {
			return this.file + ": " + this.what;
		}

	}

	/**
	 * Verifies a bag completely, reading every payload file.
	 * @param bag the bag's base directory
	 * @return the errors and warnings; never throws for a broken bag
	 */
	public Verification verify(Path bag) {
		BagFindings findings = new BagFindings();
		try {
			check(bag, findings);
		}
		catch (IOException ex) {
			findings.error(".", "cannot be read: " + ex);
		}
		catch (UncheckedIOException ex) {
			findings.error(".", "cannot be read: " + ex.getCause());
		}
		return findings.verification();
	}

	private void check(Path bag, BagFindings findings) throws IOException {
		if (!Files.isDirectory(bag)) {
			findings.error(".", bag + " is not a directory");
			return;
		}
		BagFiles files = new BagFiles(bag);
		BagDeclaration declaration = BagDeclaration.read(files, findings);
		if (declaration == null) {
			// without a version and an encoding no other tag file can be read reliably
			return;
		}
		Set<String> fetch = BagFetch.read(files, declaration, findings);
		List<BagManifest> payload = BagManifest.readAll(files, declaration, findings, false);
		List<BagManifest> tags = BagManifest.readAll(files, declaration, findings, true);
		BagPayloadFiles.Scan scan = BagPayloadFiles.scan(files, findings);
		BagFixity fixity = new BagFixity();
		BagPayloadCheck.Totals totals = new BagPayloadCheck(files, declaration, findings, scan, fetch).run(payload,
				fixity);
		BagTagCheck.check(files, tags, fixity, findings);
		fixity.verify(findings);
		BagInfoCheck.check(files, declaration, findings, totals);
	}

}
