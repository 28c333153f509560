package org.annals.archive.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.annals.archive.BagFindings;

/**
 * Names that are valid but travel badly: names that differ only in case or in Unicode
 * normalization (one file on Windows or macOS), and operating-system files that are not
 * archival content.
 */
final class BagNames {

	private static final Set<String> SYSTEM_FILES = Set.of(".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini",
			".spotlight-v100", ".trashes", ".fseventsd", ".temporaryitems");

	private BagNames() {
	}

	static String nfc(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC);
	}

	/** What case-insensitive, normalizing file systems compare. */
	static String fold(String name) {
		return nfc(name).toLowerCase(Locale.ROOT);
	}

	/** The operating-system file a path is or lies in, or null. */
	static String systemFile(String path) {
		for (String segment : path.split("/")) {
			if (SYSTEM_FILES.contains(segment.toLowerCase(Locale.ROOT)) || segment.startsWith("._")) {
				return segment;
			}
		}
		return null;
	}

	/** Warns about every payload name, present or listed, that travels badly. */
	static void warn(Collection<String> names, BagFindings findings) {
		Map<String, Set<String>> byFold = new TreeMap<>();
		for (String name : names) {
			byFold.computeIfAbsent(fold(name), (k) -> new TreeSet<>()).add(name);
			String system = systemFile(name);
			if (system != null) {
				findings.warn(name, "is an operating-system file (" + system + "), not archival content");
			}
		}
		for (Set<String> same : byFold.values()) {
			String first = same.iterator().next();
			same.stream()
				.skip(1)
				.forEach((other) -> findings.warn(first, "and " + other + " " + difference(first, other)));
		}
	}

	private static String difference(String a, String b) {
		if (nfc(a).equals(nfc(b))) {
			return "differ only in Unicode normalization (" + form(a) + " and " + form(b)
					+ "); they are one file on macOS, so the bag does not travel there intact";
		}
		String also = (nfc(a).equals(a) == nfc(b).equals(b)) ? "" : " and Unicode normalization";
		return "differ only in case" + also
				+ "; they are one file on Windows and macOS, so the bag does not travel there intact";
	}

	private static String form(String name) {
		return nfc(name).equals(name) ? "NFC" : "not NFC";
	}

}
