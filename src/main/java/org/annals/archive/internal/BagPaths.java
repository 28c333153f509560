package org.annals.archive.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.annals.archive.BagFindings;

/**
 * File paths as manifests and {@code fetch.txt} write them: percent-decoded, refused when
 * they would leave the bag, and brought to the plain {@code data/…} form.
 */
final class BagPaths {

	private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:");

	private BagPaths() {
	}

	/**
	 * Decodes a listed path. RFC 8493 §2.1.3 percent-encodes CR, LF and {@code %}, and
	 * only those; 0.97 encoded nothing, but its tools wrote {@code %0A} and {@code %0D}
	 * for line breaks (a real one cannot stand in a line), so 0.97 reads those two and
	 * keeps {@code %25} as written. Any other {@code %} stays as it is.
	 */
	static String decode(String raw, boolean rfc8493) {
		if (raw.indexOf('%') < 0) {
			return raw;
		}
		StringBuilder decoded = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			int escaped = (raw.charAt(i) == '%' && i + 3 <= raw.length())
					? escaped(raw.substring(i + 1, i + 3), rfc8493) : -1;
			if (escaped >= 0) {
				decoded.append((char) escaped);
				i += 2;
			}
			else {
				decoded.append(raw.charAt(i));
			}
		}
		return decoded.toString();
	}

	private static int escaped(String hex, boolean rfc8493) {
		return switch (hex.toUpperCase(Locale.ROOT)) {
			case "0A" -> '\n';
			case "0D" -> '\r';
			case "25" -> rfc8493 ? '%' : -1;
			default -> -1;
		};
	}

	/**
	 * Why a decoded path would reach outside the bag, or null when it stays inside. These
	 * are the conformance suite's "out-of-scope" cases.
	 */
	static String outOfScope(String path) {
		if (path.isEmpty()) {
			return "an empty path";
		}
		if (path.indexOf('\0') >= 0) {
			return "a NUL character";
		}
		if (path.startsWith("/")) {
			return "an absolute path";
		}
		if (path.startsWith("\\\\") || WINDOWS_DRIVE.matcher(path).lookingAt()) {
			return "a Windows drive or UNC path";
		}
		if (path.startsWith("~")) {
			return "a home-directory shortcut " + path.split("/", 2)[0];
		}
		for (String segment : path.split("[/\\\\]")) {
			if (segment.equals("..")) {
				return "'..' climbs out of the bag";
			}
		}
		return null;
	}

	/**
	 * A listed path decoded, checked and normalised; {@code ./} and {@code //} are read
	 * with a warning (0.97 tools wrote them; the conformance suite warns).
	 * @return the path relative to the bag, or null when refused (the error is recorded)
	 */
	static String normalize(String raw, boolean rfc8493, BagFindings findings, String source, int line) {
		String path = decode(raw, rfc8493);
		String reason = outOfScope(path);
		if (reason != null) {
			findings.error(source, "line " + line + ": " + raw + " is out of scope (" + reason + ")");
			return null;
		}
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/", -1)) {
			if (!segment.isEmpty() && !segment.equals(".")) {
				segments.add(segment);
			}
		}
		String plain = String.join("/", segments);
		if (plain.isEmpty()) {
			findings.error(source, "line " + line + ": '" + raw + "' names no file");
			return null;
		}
		if (!plain.equals(path)) {
			findings.warn(plain, "listed in " + source + " as " + raw + " (line " + line + "); read as " + plain
					+ ", the plain relative form");
		}
		return plain;
	}

}
