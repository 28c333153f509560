package org.annals.ingest.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.annals.support.Messages;

/**
 * Reads a worksheet's XML straight from its UTF-8 bytes, for what a sheet's cells need
 * and nothing more: the StAX parser under it before spent half the time of ingesting a
 * large workbook (85% of the reading thread's samples) making events, names and strings
 * that were thrown away; this reads the same sheets, unzipping included, in three fifths
 * of its time.
 * <p>
 * What it reads, it reads as an XML parser would: entities and character references
 * resolved, CDATA sections, comments and processing instructions, line ends normalised,
 * elements by their local name, SpreadsheetML's own attributes (never prefixed) by name.
 * In what it reads, it checks what makes XML well formed: every end tag matches its
 * start, nothing ends early, the characters of texts and of the attributes read are legal
 * XML characters in valid UTF-8 (stricter than the StAX parser, which took overlong
 * forms), references are known, and a document type declaration is refused outright (no
 * DTD, hence no entity of a file's own, is ever read). What no cell depends on it passes
 * over unchecked, as long as the markup can be told apart: text between elements,
 * comments, processing instructions and the XML declaration, the names of elements and
 * attributes, the values of attributes it does not read, namespace declarations.
 * <p>
 * A sheet that declares another encoding, or starts with a UTF-16 byte order mark, is
 * read by {@link StaxSheetXml} instead ({@link #open(InputStream, String)}).
 * <p>
 * The reading of bytes and texts is {@link Utf8XmlText}'s, of markup
 * {@link Utf8XmlMarkup}'s; this class knows what a sheet's elements and attributes mean.
 */
final class Utf8SheetXml extends Utf8XmlMarkup {

	private static final int BUFFER = 64 * 1024;

	/** The sheet's name, for messages. */
	private final String sheet;

	private final ReadLimits limits;

	/** Rows begun so far. */
	private int rows;

	private int rowNumber;

	private String rowNumberText;

	private int column;

	private String type;

	private int style;

	private String styleText;

	private Utf8SheetXml(InputStream in, byte[] buf, int lim, String sheet, ReadLimits limits) {
		super(in, buf, lim, (int) Math.min(Integer.MAX_VALUE - 16, 3L * limits.cellChars()));
		this.sheet = sheet;
		this.limits = limits;
	}

	/**
	 * Opens a sheet's XML: with this reader when it is in UTF-8, the encoding of every
	 * sheet seen, else with {@link StaxSheetXml}.
	 * @param in the sheet's bytes
	 * @param sheet the sheet's name, for messages
	 * @return the reader
	 * @throws IOException when the bytes cannot be read
	 */
	static SheetXml open(InputStream in, String sheet) throws IOException {
		return open(in, sheet, ReadLimits.DEFAULTS);
	}

	/**
	 * Opens a sheet's XML: with this reader when it is in UTF-8, the encoding of every
	 * sheet seen, else with {@link StaxSheetXml}.
	 * @param in the sheet's bytes
	 * @param sheet the sheet's name, for messages
	 * @param limits the limits, of which a cell's characters bound a text read
	 * @return the reader
	 * @throws IOException when the bytes cannot be read
	 */
	static SheetXml open(InputStream in, String sheet, ReadLimits limits) throws IOException {
		byte[] buf = new byte[BUFFER];
		int lim = in.readNBytes(buf, 0, 512);
		if (utf8(buf, lim)) {
			Utf8SheetXml xml = new Utf8SheetXml(in, buf, lim, sheet, limits);
			if (lim >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
				xml.pos = 3;
			}
			return xml;
		}
		return new StaxSheetXml(new SequenceInputStream(new ByteArrayInputStream(buf, 0, lim), in));
	}

	/**
	 * Whether a document that starts with these bytes is in UTF-8: no UTF-16 or UTF-32
	 * byte order mark or zero bytes, and an XML declaration, if any, that names no other
	 * encoding.
	 */
	private static boolean utf8(byte[] head, int length) {
		for (int i = 0; i < Math.min(length, 4); i++) {
			if (head[i] == 0) {
				return false;
			}
		}
		if (length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
			return false;
		}
		int start = (length >= 3 && (head[0] & 0xFF) == 0xEF) ? 3 : 0;
		String text = new String(head, start, length - start, StandardCharsets.ISO_8859_1);
		if (!text.startsWith("<?xml")) {
			return true;
		}
		int end = text.indexOf("?>");
		if (end < 0) {
			return false;
		}
		String declaration = text.substring(0, end);
		int at = declaration.indexOf("encoding");
		if (at < 0) {
			return true;
		}
		String rest = declaration.substring(at + "encoding".length()).strip();
		if (!rest.startsWith("=")) {
			return false;
		}
		rest = rest.substring(1).strip();
		return rest.regionMatches(true, 0, "\"utf-8\"", 0, 7) || rest.regionMatches(true, 0, "'utf-8'", 0, 7)
				|| rest.regionMatches(true, 0, "\"utf8\"", 0, 6) || rest.regionMatches(true, 0, "'utf8'", 0, 6);
	}

	/**
	 * Says what is wrong where a person can find it: the sheet and the row being read
	 * (its number, or how many rows came before when rows carry none), then the byte of
	 * the XML.
	 */
	@Override
	IOException malformed(String key, Object... args) {
		String why = Messages.both(" / ", key, args);
		String where = (this.rows == 0) ? Messages.get(Messages.CHINESE, "ingest.xml.where", this.sheet) : Messages.get(
				Messages.CHINESE, "ingest.xml.whereRow", this.sheet, (this.rowNumber > 0) ? this.rowNumber : this.rows);
		return new IOException(
				Messages.get(Messages.CHINESE, "ingest.xml.malformed", where, why, this.offset + this.pos));
	}

	@Override
	int elementCode(byte[] name, int start, int length) {
		if (length == 1) {
			return switch (name[start]) {
				case 'c' -> CELL;
				case 'v' -> VALUE;
				case 'f' -> FORMULA;
				case 't' -> TEXT;
				default -> OTHER;
			};
		}
		if (length == 3 && name[start] == 'r') {
			if (name[start + 1] == 'o' && name[start + 2] == 'w') {
				return ROW;
			}
			return (name[start + 1] == 'P' && name[start + 2] == 'h') ? PHONETIC : OTHER;
		}
		if (length == 9 && Arrays.equals(name, start, start + 9, SHEET_DATA_NAME, 0, 9)) {
			return SHEET_DATA;
		}
		return OTHER;
	}

	private static final byte[] SHEET_DATA_NAME = "sheetData".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Reads one attribute, from the first byte of its name to its closing quote, keeping
	 * the value of a row's or a cell's {@code r}, a cell's {@code t} and {@code s}.
	 * @return the attributes kept so far, one bit each
	 */
	@Override
	int attribute(int first, int seen) throws IOException {
		int c = first;
		int length = 0;
		int last = 0;
		while (c != '=' && c != ' ' && c != '\n' && c != '\t' && c != '\r') {
			if (c == '>' || c == '/' || c == '<' || c == '"' || c == '\'') {
				throw malformed("ingest.xml.malformedAttribute");
			}
			last = c;
			length++;
			c = read();
		}
		if (length == 0 || skipSpace(c) != '=') {
			throw malformed("ingest.xml.malformedAttribute");
		}
		int quote = skipSpace(read());
		if (quote != '"' && quote != '\'') {
			throw malformed("ingest.xml.attributeValueWithout");
		}
		int kept = (length == 1) ? kept(last) : NONE;
		if (kept == NONE) {
			skipValue(quote);
			return seen;
		}
		if ((seen & kept) != 0) {
			throw malformed("ingest.xml.attributeGivenTwice");
		}
		readValue(quote);
		switch (kept) {
			case REFERENCE -> keepReference();
			case TYPE -> this.type = typeOf();
			default -> {
				this.style = digits();
				this.styleText = (this.style < 0) ? decodeText() : null;
			}
		}
		return seen | kept;
	}

	/** {@link #kept}: an attribute not read. */
	private static final int NONE = 0;

	/** {@link #kept}: a row's or a cell's {@code r}. */
	private static final int REFERENCE = 1;

	/** {@link #kept}: a cell's {@code t}. */
	private static final int TYPE = 2;

	/** {@link #kept}: a cell's {@code s}. */
	private static final int STYLE = 4;

	/**
	 * Which attribute of the ones read a one-letter name is, one bit each (so that one
	 * given twice is found). SpreadsheetML's own attributes have no prefix, so a prefixed
	 * one is never read.
	 */
	private int kept(int c) {
		if (c == 'r' && (this.element == ROW || this.element == CELL)) {
			return REFERENCE;
		}
		if (this.element == CELL) {
			return (c == 't') ? TYPE : (c == 's') ? STYLE : NONE;
		}
		return NONE;
	}

	private void keepReference() throws IOException {
		if (this.element == ROW) {
			this.rowNumber = digits();
			this.rowNumberText = (this.rowNumber < 0) ? decodeText() : null;
			return;
		}
		if ((this.textBits & 0x80) != 0) {
			// beyond ASCII: checked as UTF-8, and read as Cell.columnOf reads letters
			this.column = Cell.columnOf(decodeText());
			return;
		}
		int column = 0;
		for (int i = 0; i < this.textLength; i++) {
			int c = this.text[i];
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else {
				break;
			}
		}
		this.column = column - 1;
	}

	private String typeOf() throws IOException {
		byte[] s = this.text;
		int n = this.textLength;
		if (n == 1) {
			switch (s[0]) {
				case 's':
					return "s";
				case 'b':
					return "b";
				case 'e':
					return "e";
				case 'n':
					return "n";
				default:
					break;
			}
		}
		else if (n == 3 && s[0] == 's' && s[1] == 't' && s[2] == 'r') {
			return "str";
		}
		else if (n == 9 && Arrays.equals(s, 0, 9, INLINE_STR, 0, 9)) {
			return "inlineStr";
		}
		return decodeText();
	}

	private static final byte[] INLINE_STR = "inlineStr".getBytes(StandardCharsets.US_ASCII);

	@Override
	public int rowNumber() throws IOException {
		return (this.rowNumberText != null) ? SheetXml.number(this.rowNumberText) : this.rowNumber;
	}

	@Override
	public int cellColumn() {
		return this.column;
	}

	@Override
	public String cellType() {
		return this.type;
	}

	@Override
	public int cellStyle() throws IOException {
		return (this.styleText != null) ? SheetXml.number(this.styleText) : this.style;
	}

	@Override
	void started(int element) {
		if (element == ROW) {
			this.rowNumber = -1;
			this.rowNumberText = null;
			this.rows++;
		}
		else if (element == CELL) {
			this.column = Integer.MIN_VALUE;
			this.type = null;
			this.style = -1;
			this.styleText = null;
		}
	}

	@Override
	RuntimeException textTooLong() {
		return this.limits.cellTooLong(this.sheet, where());
	}

	/** The cell being read, as well as it is known. */
	private String where() {
		int row = (this.rowNumber > 0) ? this.rowNumber : this.rows;
		return (this.column >= 0) ? Cell.reference(this.column, row - 1) : "#" + row;
	}

	@Override
	public void close() {
		// the stream belongs to the caller
	}

}
