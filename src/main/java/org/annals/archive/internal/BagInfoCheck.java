package org.annals.archive.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.archive.BagFindings;

/**
 * {@code bag-info.txt}, which is optional: each line a {@code Label: value} or the
 * continuation of one; labels may repeat and separators may be spaced (the suite's valid
 * bags do both); {@code Payload-Oxum}, when present, must match the payload.
 */
public final class BagInfoCheck implements BagTagText.Lines {

	static final String FILE = "bag-info.txt";

	private static final Pattern OXUM = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

	private final boolean rfc8493;

	private final BagFindings findings;

	private final List<String> oxums = new ArrayList<>();

	private boolean layoutWarned;

	private BagInfoCheck(boolean rfc8493, BagFindings findings) {
		this.rfc8493 = rfc8493;
		this.findings = findings;
	}

	/**
	 * Checks bag-info.txt. Its absence is no error: 0.97 and RFC 8493 make it optional,
	 * the suite's valid 1.0 bag has none, and when a tag manifest lists it (the suite's
	 * {@code missing-baginfo}) the tag check reports it missing.
	 */
	public static void check(BagFiles files, BagDeclaration declaration, BagFindings findings,
			BagPayloadCheck.Totals totals) throws IOException {
		BagFiles.Found found = files.locate(FILE);
		if (found.refusal() != null) {
			findings.error(FILE, found.refusal());
		}
		if (found.path() == null) {
			return;
		}
		BagInfoCheck check = new BagInfoCheck(declaration.rfc8493(), findings);
		if (BagTagText.read(found.path(), FILE, declaration.encoding(), findings, check)) {
			check.oxums.forEach((oxum) -> check.compare(oxum, totals));
		}
	}

	@Override
	public void accept(int number, String line) {
		if (line.isEmpty() || ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && number > 1)) {
			// a continuation of the value above
			return;
		}
		int colon = line.indexOf(':');
		if (colon < 1 || line.substring(0, colon).isBlank()) {
			this.findings.error(FILE, "line " + number + " is neither 'Label: value' nor the continuation of one");
			return;
		}
		String label = line.substring(0, colon);
		String value = line.substring(colon + 1);
		if (this.rfc8493 && !this.layoutWarned
				&& (!label.equals(label.strip()) || !(value.startsWith(" ") || value.startsWith("\t")))) {
			this.layoutWarned = true;
			this.findings.warn(FILE,
					"line " + number + " '" + line + "' is not exactly 'Label: value' (RFC 8493 §2.2.2)");
		}
		if (label.strip().equalsIgnoreCase("Payload-Oxum")) {
			this.oxums.add(value.strip());
		}
	}

	private void compare(String oxum, BagPayloadCheck.Totals totals) {
		Matcher numbers = OXUM.matcher(oxum);
		if (!numbers.matches()) {
			this.findings.error(FILE, "Payload-Oxum '" + oxum + "' is not octets.count");
			return;
		}
		long octets = Long.parseLong(numbers.group(1));
		long count = Long.parseLong(numbers.group(2));
		String actual = totals.octets() + "." + totals.count();
		if (octets == totals.octets() && count == totals.count()) {
			return;
		}
		if (totals.excused() > 0 && count == totals.count() + totals.excused() && octets >= totals.octets()) {
			this.findings.warn(FILE, "Payload-Oxum " + oxum + " includes " + totals.excused()
					+ " listed file(s) that are absent (not fetched yet, or dropped system files); the present payload is "
					+ actual);
			return;
		}
		this.findings.error(FILE, "Payload-Oxum " + oxum + " does not match " + actual);
	}

}
