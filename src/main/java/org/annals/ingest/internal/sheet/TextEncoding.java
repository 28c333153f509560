package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides the encoding of a text submission: a UTF-8 byte-order mark means UTF-8; else
 * strictly valid UTF-8; else strictly valid GB18030 (a superset of GBK and GB2312); else
 * the file is rejected. Never decodes with replacement characters.
 */
final class TextEncoding {

	/** GB18030, the national standard that contains GBK. */
	public static final Charset GB18030 = Charset.forName("GB18030");

	private TextEncoding() {
	}

	/**
	 * The detected encoding of a file.
	 *
	 * @param charset the charset
	 * @param bom whether the file starts with a UTF-8 byte-order mark
	 */
	public record Detected(Charset charset, boolean bom) {

		/**
		 * A strict decoder: malformed input is an error, never a replacement character.
		 * @return the decoder
		 */
		public CharsetDecoder decoder() {
			return this.charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		}

	}

	/**
	 * Detects the encoding by reading the whole file, strictly.
	 * @param file the file
	 * @return the encoding
	 * @throws IOException when it cannot be read
	 * @throws RejectedFileException when it is neither UTF-8 nor GB18030
	 */
	public static Detected detect(Path file) throws IOException {
		boolean bom;
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(3);
			bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
		}
		if (decodes(file, StandardCharsets.UTF_8)) {
			return new Detected(StandardCharsets.UTF_8, bom);
		}
		if (bom) {
			throw new RejectedFileException("ENCODING", "BOM but invalid UTF-8");
		}
		if (decodes(file, GB18030)) {
			return new Detected(GB18030, false);
		}
		throw new RejectedFileException("ENCODING", "neither UTF-8 nor GB18030");
	}

	private static boolean decodes(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
				bytes.position(bytes.position() + read);
				bytes.flip();
				if (!decodeChunk(decoder, bytes, chars, false)) {
					return false;
				}
				bytes.compact();
			}
			bytes.flip();
			if (!decodeChunk(decoder, bytes, chars, true)) {
				return false;
			}
			chars.clear();
			return !decoder.flush(chars).isError() && !bytes.hasRemaining();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean decodeChunk(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end)
			throws CharacterCodingException {
		while (true) {
			chars.clear();
			CoderResult result = decoder.decode(bytes, chars, end);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				return true;
			}
		}
	}

}
