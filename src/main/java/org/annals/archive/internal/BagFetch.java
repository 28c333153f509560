package org.annals.archive.internal;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.archive.BagFindings;

/**
 * {@code fetch.txt} of a holey bag: payload files still to be fetched, which may be
 * listed in the manifests without being present. Its paths obey the same scope rules as
 * the manifests'.
 */
public final class BagFetch {

	static final String FILE = "fetch.txt";

	/** URL, length (octets or {@code -}), file path (which may hold spaces). */
	private static final Pattern LINE = Pattern.compile("(\\S+)[ \\t]+(\\S+)[ \\t]+(.+)");

	private BagFetch() {
	}

	/**
	 * The paths of fetch.txt.
	 * @return relative, decoded paths under {@code data/}; empty when there is no
	 * fetch.txt
	 */
	public static Set<String> read(BagFiles files, BagDeclaration declaration, BagFindings findings)
			throws IOException {
		Set<String> paths = new TreeSet<>();
		BagFiles.Found found = files.locate(FILE);
		if (found.refusal() != null) {
			findings.error(FILE, found.refusal());
		}
		if (found.path() != null) {
			BagTagText.read(found.path(), FILE, declaration.encoding(), findings,
					(number, line) -> parse(number, line, declaration.rfc8493(), findings, paths));
		}
		return paths;
	}

	private static void parse(int number, String line, boolean rfc8493, BagFindings findings, Set<String> paths) {
		if (line.isBlank()) {
			return;
		}
		Matcher fields = LINE.matcher(line);
		if (!fields.matches() || !fields.group(2).matches("\\d+|-")) {
			findings.error(FILE, "line " + number + " is not 'url length filepath'");
			return;
		}
		String path = BagPaths.normalize(fields.group(3), rfc8493, findings, FILE, number);
		if (path != null && !path.startsWith("data/")) {
			findings.error(FILE,
					"line " + number + ": " + path + " is outside data/; fetch.txt lists payload files only");
		}
		else if (path != null) {
			paths.add(path);
		}
	}

}
