package org.annals.archive.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annals.archive.BagFindings;

/**
 * The bag declaration, {@code bagit.txt}: its version decides which rules apply, its
 * encoding how every other tag file is read. It is always UTF-8 and never starts with a
 * byte-order mark (RFC 8493 §2.1.1; the conformance suite refuses a BOM in 0.97 too).
 *
 * @param major the major version
 * @param minor the minor version
 * @param encoding the Tag-File-Character-Encoding (UTF-8 when the line is missing, which
 * is itself an error)
 */
public record BagDeclaration(int major, int minor, Charset encoding) {

	static final String FILE = "bagit.txt";

	private static final int MAX_BYTES = 4096;

	private static final String VERSION_LABEL = "BagIt-Version";

	private static final String ENCODING_LABEL = "Tag-File-Character-Encoding";

	/** Any spacing, so that the version can be known even when the layout is wrong. */
	private static final Pattern LENIENT = Pattern.compile("\\s*([^:]*?)\\s*:\\s*(.*?)\\s*");

	private static final Pattern[] STRICT = { Pattern.compile(VERSION_LABEL + ":[ \\t]\\d+\\.\\d+"),
			Pattern.compile(ENCODING_LABEL + ":[ \\t]\\S+") };

	private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

	/** Whether the stricter rules of RFC 8493 (BagIt 1.0) apply rather than 0.97's. */
	boolean rfc8493() {
		return this.major >= 1;
	}

	public static BagDeclaration read(BagFiles files, BagFindings findings) throws IOException {
		BagFiles.Found found = files.locate(FILE);
		if (found.path() == null) {
			findings.error(FILE,
					found.missing() ? "is missing; every bag starts with its declaration" : found.refusal());
			return null;
		}
		if (Files.size(found.path()) > MAX_BYTES) {
			findings.error(FILE, "is larger than " + MAX_BYTES + " bytes; a declaration is two short lines");
			return null;
		}
		String text = decode(Files.readAllBytes(found.path()), findings);
		return (text != null) ? parse(lines(text), findings) : null;
	}

	private static String decode(byte[] bytes, BagFindings findings) {
		int start = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			findings.error(FILE, "starts with a byte-order mark (BOM), which RFC 8493 §2.1.1 forbids");
			start = 3;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			findings.error(FILE, "is not UTF-8 text");
			return null;
		}
	}

	/** Lines end with LF, CR or CRLF; the last one may have no end. */
	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
		if (lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	private static BagDeclaration parse(List<String> lines, BagFindings findings) {
		String version = value(lines, VERSION_LABEL);
		Matcher numbers = VERSION.matcher((version != null) ? version : "");
		if (!numbers.matches() || Integer.parseInt(numbers.group(1)) > 1) {
			findings.error(FILE, (version != null) ? VERSION_LABEL + " '" + version + "' is not M.N of 0.97 or 1.0"
					: "has no " + VERSION_LABEL + " line");
			return null;
		}
		String encoding = value(lines, ENCODING_LABEL);
		Charset charset = StandardCharsets.UTF_8;
		if (encoding == null) {
			findings.error(FILE, "has no " + ENCODING_LABEL + " line; the other tag files are read as UTF-8");
		}
		else {
			charset = charset(encoding, findings);
			if (charset == null) {
				return null;
			}
		}
		BagDeclaration declaration = new BagDeclaration(Integer.parseInt(numbers.group(1)),
				Integer.parseInt(numbers.group(2)), charset);
		declaration.checkVersion(version, findings);
		if (encoding != null) {
			declaration.checkLayout(lines, findings);
		}
		return declaration;
	}

	private static String value(List<String> lines, String label) {
		for (String line : lines) {
			Matcher field = LENIENT.matcher(line);
			if (field.matches() && field.group(1).equalsIgnoreCase(label)) {
				return field.group(2);
			}
		}
		return null;
	}

	private static Charset charset(String name, BagFindings findings) {
		try {
			return Charset.forName(name);
		}
		catch (IllegalArgumentException ex) {
			findings.error(FILE, ENCODING_LABEL + " '" + name + "' is not an encoding this verifier can read");
			return null;
		}
	}

	/**
	 * Versions before 0.97 are read by 0.97's rules, 1.x by RFC 8493's; said, not
	 * refused.
	 */
	private void checkVersion(String version, BagFindings findings) {
		if (this.major == 0 && this.minor != 97) {
			findings.warn(FILE,
					VERSION_LABEL + " " + version + " is not 0.97; the bag was checked by the rules of 0.97");
		}
		if (this.major == 1 && this.minor != 0) {
			findings.warn(FILE, VERSION_LABEL + " " + version + " is not 1.0; the bag was checked by RFC 8493 (1.0)");
		}
	}

	/** RFC 8493 §2.1.1: exactly two lines, in order, one space or tab after the colon. */
	private void checkLayout(List<String> lines, BagFindings findings) {
		if (lines.size() != 2) {
			findings.report(rfc8493(), FILE, "has " + lines.size() + " lines; RFC 8493 §2.1.1 requires exactly two ("
					+ VERSION_LABEL + ", " + ENCODING_LABEL + ")");
		}
		for (int i = 0; i < Math.min(2, lines.size()); i++) {
			if (!STRICT[i].matcher(lines.get(i)).matches()) {
				findings.report(rfc8493(), FILE, "line " + (i + 1) + " '" + lines.get(i) + "' is not exactly '"
						+ ((i == 0) ? VERSION_LABEL + ": M.N" : ENCODING_LABEL + ": ENCODING")
						+ "' (whitespace around the colon or at the end, or lines out of order; RFC 8493 §2.1.1)");
			}
		}
	}

}
