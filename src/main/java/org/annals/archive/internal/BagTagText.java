package org.annals.archive.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.annals.archive.BagFindings;

/**
 * Reads a tag file line by line in the bag's declared encoding, strictly: text that is
 * not valid in that encoding is an error, never silently replaced. Lines end with LF, CR
 * or CRLF, as BagIt allows.
 */
final class BagTagText {

	private BagTagText() {
	}

	/**
	 * Receives the lines of a tag file.
	 */
	@FunctionalInterface
	interface Lines {

		void accept(int number, String line);

	}

	/**
	 * Reads a tag file.
	 * @return false when it is not valid text in the encoding (the error is recorded)
	 */
	static boolean read(Path file, String name, Charset charset, BagFindings findings, Lines lines) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), decoder),
				BagDigests.BUFFER)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				// a UTF-8 BOM, or a UTF-16LE/BE one the decoder keeps, is not part of the
				// first line
				lines.accept(number, (number == 1 && line.startsWith("\uFEFF")) ? line.substring(1) : line);
			}
			return true;
		}
		catch (CharacterCodingException ex) {
			findings.error(name, "is not valid " + charset.name() + " text (the bag's Tag-File-Character-Encoding)");
			return false;
		}
	}

}
