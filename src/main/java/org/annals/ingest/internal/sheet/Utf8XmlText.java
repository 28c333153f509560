package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bottom of {@link Utf8SheetXml}: a buffer over a sheet's UTF-8 bytes, and the text
 * of a value or an attribute as XML gives it (references resolved, line ends normalised,
 * controls refused), decoded strictly as UTF-8, the short texts a long table repeats
 * decoded once. What the markup around it means is the subclasses'.
 */
abstract class Utf8XmlText {

	private final InputStream in;

	final byte[] buf;

	int pos;

	int lim;

	/** Bytes of the stream before {@code buf[0]}. */
	long offset;

	byte[] text = new byte[256];

	int textLength;

	int textBits;

	/**
	 * Short texts beyond ASCII kept once decoded, by their bytes: the names of regions,
	 * indicators and units that every row of a long table repeats are decoded once and
	 * are the same strings each time, their hashes made once.
	 */
	private static final int KEPT = 1024;

	private static final int KEPT_LENGTH = 48;

	private final byte[][] keptBytes = new byte[KEPT][];

	private final String[] keptTexts = new String[KEPT];

	/**
	 * The longest text of a value, formula or text run, or of an attribute read, in
	 * bytes: three times the characters a cell may hold, as no character takes more than
	 * three bytes of UTF-8 for each of its UTF-16 units.
	 */
	private final int maxText;

	/**
	 * Starts reading.
	 * @param in the rest of the bytes
	 * @param buf the buffer, its first bytes already read
	 * @param lim how many bytes of the buffer are read
	 * @param maxText the longest text read, in bytes
	 */
	Utf8XmlText(InputStream in, byte[] buf, int lim, int maxText) {
		this.in = in;
		this.buf = buf;
		this.lim = lim;
		this.maxText = maxText;
	}

	/**
	 * Says what is wrong where a person can find it.
	 * @param key the message's key
	 * @param args the message's arguments
	 * @return the exception to throw
	 */
	abstract IOException malformed(String key, Object... args);

	/**
	 * Says that a text is longer than a cell may hold.
	 * @return the exception to throw
	 */
	abstract RuntimeException textTooLong();

	/** Reads more bytes into the buffer; false at the end of the stream. */
	boolean fill() throws IOException {
		this.offset += this.lim;
		this.pos = 0;
		this.lim = 0;
		int n = this.in.read(this.buf, 0, this.buf.length);
		if (n <= 0) {
			return false;
		}
		this.lim = n;
		return true;
	}

	/** The next byte, 0 to 255; the end of the stream is an error here. */
	int read() throws IOException {
		if (this.pos < this.lim) {
			return this.buf[this.pos++] & 0xFF;
		}
		return refill();
	}

	private int refill() throws IOException {
		if (!fill()) {
			throw malformed("ingest.xml.unexpectedEnd");
		}
		return this.buf[this.pos++] & 0xFF;
	}

	void skipValue(int quote) throws IOException {
		while (true) {
			int c = read();
			if (c == quote) {
				return;
			}
			if (c == '<') {
				throw malformed("ingest.xml.inAttribute");
			}
		}
	}

	/** Reads an attribute value into the text, as XML normalises it. */
	void readValue(int quote) throws IOException {
		this.textLength = 0;
		this.textBits = 0;
		boolean cr = false;
		while (true) {
			int c = read();
			if (c == quote) {
				return;
			}
			if (c == '<') {
				throw malformed("ingest.xml.inAttribute");
			}
			if (c == '&') {
				reference();
				cr = false;
			}
			else if (c == '\n' && cr) {
				cr = false;
			}
			else if (c < 0x20) {
				if (c != '\t' && c != '\n' && c != '\r') {
					throw malformed("ingest.xml.controlCharacter");
				}
				cr = (c == '\r');
				append(' ');
			}
			else {
				cr = false;
				append(c);
			}
		}
	}

	/** The decimal number in the text, or -1 when it is not plain digits. */
	int digits() {
		if (this.textLength == 0 || this.textLength > 9) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < this.textLength; i++) {
			int d = this.text[i] - '0';
			if (d < 0 || d > 9) {
				return -1;
			}
			value = value * 10 + d;
		}
		return value;
	}

	void cdataText() throws IOException {
		int brackets = 0;
		boolean cr = false;
		while (true) {
			int c = read();
			if (c == '>' && brackets >= 2) {
				this.textLength -= 2;
				return;
			}
			brackets = (c == ']') ? brackets + 1 : 0;
			if (c < 0x20) {
				cr = control(c, cr);
			}
			else {
				append(c);
				cr = false;
			}
		}
	}

	/**
	 * Appends a control byte of text: a tab or line end as XML normalises it; others are
	 * errors.
	 */
	boolean control(int c, boolean cr) throws IOException {
		if (c == '\n') {
			if (!cr) {
				append('\n');
			}
			return false;
		}
		if (c == '\r') {
			append('\n');
			return true;
		}
		if (c == '\t') {
			append('\t');
			return false;
		}
		throw malformed("ingest.xml.controlCharacter");
	}

	/**
	 * Reads an entity or character reference after its {@code &} and appends its
	 * character.
	 */
	void reference() throws IOException {
		int start = this.textLength;
		int c = read();
		int length = 0;
		while (c != ';') {
			if (length == 64 || c == '<' || c == '&' || c <= ' ') {
				throw malformed("ingest.xml.malformedReference");
			}
			append(c);
			length++;
			c = read();
		}
		this.textLength = start;
		byte[] t = this.text;
		if (length > 1 && t[start] == '#') {
			appendCodePoint(codePoint(t, start + 1, length - 1));
			return;
		}
		int named = named(t, start, length);
		if (named < 0) {
			throw malformed("ingest.xml.undeclaredEntity");
		}
		append(named);
	}

	private static int named(byte[] t, int start, int length) {
		String name = new String(t, start, length, StandardCharsets.ISO_8859_1);
		return switch (name) {
			case "amp" -> '&';
			case "lt" -> '<';
			case "gt" -> '>';
			case "quot" -> '"';
			case "apos" -> '\'';
			default -> -1;
		};
	}

	private int codePoint(byte[] t, int start, int length) throws IOException {
		int radix = 10;
		int i = start;
		int end = start + length;
		if (t[i] == 'x') {
			radix = 16;
			i++;
		}
		if (i == end) {
			throw malformed("ingest.xml.malformedCharacterReference");
		}
		int value = 0;
		for (; i < end; i++) {
			int d = Character.digit(t[i], radix);
			if (d < 0 || value > 0x10FFFF) {
				throw malformed("ingest.xml.malformedCharacterReference");
			}
			value = value * radix + d;
		}
		if (!(value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
				|| (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF))) {
			throw malformed("ingest.xml.referenceTo");
		}
		return value;
	}

	/**
	 * Makes room for a text of a length, up to {@link #maxText}: a longer one is more
	 * than a cell may hold, and would only fill the memory.
	 */
	private void grow(int needed) {
		if (needed > this.maxText) {
			throw textTooLong();
		}
		this.text = Arrays.copyOf(this.text, Math.min(this.maxText, Math.max(this.text.length * 2, needed)));
	}

	private void appendCodePoint(int cp) throws IOException {
		if (cp < 0x80) {
			append(cp);
		}
		else if (cp < 0x800) {
			append(0xC0 | (cp >> 6));
			append(0x80 | (cp & 0x3F));
		}
		else if (cp < 0x10000) {
			append(0xE0 | (cp >> 12));
			append(0x80 | ((cp >> 6) & 0x3F));
			append(0x80 | (cp & 0x3F));
		}
		else {
			append(0xF0 | (cp >> 18));
			append(0x80 | ((cp >> 12) & 0x3F));
			append(0x80 | ((cp >> 6) & 0x3F));
			append(0x80 | (cp & 0x3F));
		}
	}

	private void append(int c) throws IOException {
		if (this.textLength == this.text.length) {
			grow(this.textLength + 1);
		}
		this.text[this.textLength++] = (byte) c;
		this.textBits |= c;
	}

	void appendRun(byte[] from, int start, int length, int bits) throws IOException {
		if (this.textLength + length > this.text.length) {
			grow(this.textLength + length);
		}
		System.arraycopy(from, start, this.text, this.textLength, length);
		this.textLength += length;
		this.textBits |= bits;
	}

	String decodeText() throws IOException {
		boolean high = (this.textBits & 0x80) != 0;
		if (!high || this.textLength > KEPT_LENGTH) {
			return decode(this.text, this.textLength, high);
		}
		byte[] t = this.text;
		int n = this.textLength;
		int hash = n;
		for (int i = 0; i < n; i++) {
			hash = 31 * hash + t[i];
		}
		int slot = (hash ^ (hash >>> 12)) & (KEPT - 1);
		byte[] key = this.keptBytes[slot];
		if (key != null && Arrays.equals(key, 0, key.length, t, 0, n)) {
			return this.keptTexts[slot];
		}
		String decoded = decode(t, n, true);
		this.keptBytes[slot] = Arrays.copyOf(t, n);
		this.keptTexts[slot] = decoded;
		return decoded;
	}

	/**
	 * Decodes UTF-8 strictly: the JDK's fast decoding replaces a malformed sequence, so a
	 * text in which a replacement character appears is decoded again, reporting.
	 */
	String decode(byte[] bytes, int length, boolean high) throws IOException {
		if (length == 0) {
			return "";
		}
		if (!high) {
			return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
		}
		String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFE') >= 0 || text.indexOf('\uFFFF') >= 0) {
			throw malformed("ingest.xml.characterXMLDoes");
		}
		if (text.indexOf('\uFFFD') >= 0) {
			try {
				StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
			}
			catch (CharacterCodingException ex) {
				throw malformed("ingest.xml.notValidUTF8");
			}
		}
		return text;
	}

}
