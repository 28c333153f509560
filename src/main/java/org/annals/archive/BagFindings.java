package org.annals.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors and warnings gathered while one bag is verified.
 */
public final class BagFindings {

	private final List<BagVerifier.Problem> errors = new ArrayList<>();

	private final List<BagVerifier.Problem> warnings = new ArrayList<>();

	public void error(String file, String what) {
		this.errors.add(new BagVerifier.Problem(file, what));
	}

	public void warn(String file, String what) {
		this.warnings.add(new BagVerifier.Problem(file, what));
	}

	/** For what RFC 8493 forbids but BagIt 0.97 only discouraged. */
	public void report(boolean asError, String file, String what) {
		if (asError) {
			error(file, what);
		}
		else {
			warn(file, what);
		}
	}

	BagVerifier.Verification verification() {
		return new BagVerifier.Verification(this.errors.isEmpty(), this.errors, this.warnings);
	}

}
