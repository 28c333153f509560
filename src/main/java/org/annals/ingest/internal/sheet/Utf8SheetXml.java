package org.annals.ingest.internal.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
 */
final class Utf8SheetXml implements SheetXml {

	private static final int BUFFER = 64 * 1024;

	/**
	 * Elements open at once at most: a sheet nests seven deep; a deeper one is no sheet,
	 * and would only fill the memory with the names of open elements.
	 */
	static final int MAX_DEPTH = 1000;

	/**
	 * The longest name of an element, in bytes: no sheet's is longer than a few dozen.
	 */
	static final int MAX_NAME = 1000;

	/**
	 * Bytes that text cannot simply be copied past: controls, {@code <} and {@code &}.
	 */
	private static final boolean[] SPECIAL = new boolean[256];

	static {
		for (int i = 0; i < 0x20; i++) {
			SPECIAL[i] = true;
		}
		SPECIAL['<'] = true;
		SPECIAL['&'] = true;
	}

	private static final byte[] CDATA = "CDATA[".getBytes(StandardCharsets.US_ASCII);

	private final InputStream in;

	private final byte[] buf;

	private int pos;

	private int lim;

	/** Bytes of the stream before {@code buf[0]}. */
	private long offset;

	/** The qualified names of the open elements, one after the other. */
	private byte[] names = new byte[256];

	private int[] nameEnds = new int[16];

	private int depth;

	/** The root element has ended. */
	private boolean rootEnded;

	/** The last start was of an empty element: its end comes next. */
	private boolean emptyPending;

	private int element;

	private byte[] text = new byte[256];

	private int textLength;

	private int textBits;

	/**
	 * Short texts beyond ASCII kept once decoded, by their bytes: the names of regions,
	 * indicators and units that every row of a long table repeats are decoded once and
	 * are the same strings each time, their hashes made once.
	 */
	private static final int KEPT = 1024;

	private static final int KEPT_LENGTH = 48;

	private final byte[][] keptBytes = new byte[KEPT][];

	private final String[] keptTexts = new String[KEPT];

	/** The sheet's name, for messages. */
	private final String sheet;

	private final ReadLimits limits;

	/**
	 * The longest text of a value, formula or text run, or of an attribute read, in
	 * bytes: three times the characters a cell may hold, as no character takes more than
	 * three bytes of UTF-8 for each of its UTF-16 units.
	 */
	private final int maxText;

	/** Rows begun so far. */
	private int rows;

	private int rowNumber;

	private String rowNumberText;

	private int column;

	private String type;

	private int style;

	private String styleText;

	private Utf8SheetXml(InputStream in, byte[] buf, int lim, String sheet, ReadLimits limits) {
		this.in = in;
		this.buf = buf;
		this.lim = lim;
		this.sheet = sheet;
		this.limits = limits;
		this.maxText = (int) Math.min(Integer.MAX_VALUE - 16, 3L * limits.cellChars());
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

	// ------------------------------------------------------------------ reading bytes

	/** Reads more bytes into the buffer; false at the end of the stream. */
	private boolean fill() throws IOException {
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
	private int read() throws IOException {
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

	/**
	 * Says what is wrong where a person can find it: the sheet and the row being read
	 * (its number, or how many rows came before when rows carry none), then the byte of
	 * the XML.
	 */
	private IOException malformed(String key, Object... args) {
		String why = Messages.both(" / ", key, args);
		String where = (this.rows == 0) ? Messages.get(Messages.CHINESE, "ingest.xml.where", this.sheet) : Messages.get(
				Messages.CHINESE, "ingest.xml.whereRow", this.sheet, (this.rowNumber > 0) ? this.rowNumber : this.rows);
		return new IOException(
				Messages.get(Messages.CHINESE, "ingest.xml.malformed", where, why, this.offset + this.pos));
	}

	// ------------------------------------------------------------------ elements

	@Override
	public int next() throws IOException {
		if (this.emptyPending) {
			this.emptyPending = false;
			return END;
		}
		while (true) {
			int p = this.pos;
			int l = this.lim;
			byte[] b = this.buf;
			while (p < l && b[p] != '<') {
				p++;
			}
			if (p == l) {
				this.pos = p;
				if (!fill()) {
					return finish();
				}
				continue;
			}
			this.pos = p + 1;
			int event = markup(false);
			if (event != DONE) {
				return event;
			}
		}
	}

	private int finish() throws IOException {
		if (this.depth > 0 || !this.rootEnded) {
			throw malformed("ingest.xml.unexpectedEnd");
		}
		return DONE;
	}

	/**
	 * Reads the markup after a {@code <}: a start or end tag (which it returns), or a
	 * comment, processing instruction or CDATA section ({@link #DONE}: passed over, or
	 * inside a text-only element, its text appended; another element there is an error).
	 */
	private int markup(boolean inText) throws IOException {
		int c = read();
		if (c == '/') {
			endTag();
			return END;
		}
		if (c == '?') {
			skipInstruction();
			return DONE;
		}
		if (c == '!') {
			if (declaration()) {
				if (inText) {
					cdataText();
				}
				else {
					skipCdata();
				}
			}
			return DONE;
		}
		if (inText) {
			throw malformed("ingest.xml.elementInside");
		}
		startTag(c);
		return START;
	}

	/**
	 * Reads a {@code <!} construct after its {@code !}: a comment is passed over, a CDATA
	 * section begins (true), anything else, a document type declaration above all, is
	 * refused.
	 */
	private boolean declaration() throws IOException {
		int c = read();
		if (c == '-') {
			if (read() != '-') {
				throw malformed("ingest.xml.malformedComment");
			}
			skipComment();
			return false;
		}
		if (c == '[') {
			for (byte expected : CDATA) {
				if (read() != expected) {
					throw malformed("ingest.xml.malformedCDATASection");
				}
			}
			return true;
		}
		if (c == 'D') {
			throw malformed("ingest.xml.doctypeIsNot");
		}
		throw malformed("ingest.xml.unknownMarkup");
	}

	private void skipComment() throws IOException {
		int dashes = 0;
		while (true) {
			int c = read();
			if (c == '>' && dashes >= 2) {
				return;
			}
			dashes = (c == '-') ? dashes + 1 : 0;
		}
	}

	private void skipInstruction() throws IOException {
		boolean question = false;
		while (true) {
			int c = read();
			if (c == '>' && question) {
				return;
			}
			question = (c == '?');
		}
	}

	private void skipCdata() throws IOException {
		int brackets = 0;
		while (true) {
			int c = read();
			if (c == '>' && brackets >= 2) {
				return;
			}
			brackets = (c == ']') ? brackets + 1 : 0;
		}
	}

	private void startTag(int first) throws IOException {
		if (this.rootEnded) {
			throw malformed("ingest.xml.elementAfter");
		}
		int nameStart = (this.depth > 0) ? this.nameEnds[this.depth - 1] : 0;
		int c = first;
		int length = 0;
		int localStart = 0;
		while (c != ' ' && c != '>' && c != '/' && c != '\n' && c != '\t' && c != '\r') {
			if (c == '<' || c == '=' || c == '"' || c == '\'') {
				throw malformed("ingest.xml.malformedElementName");
			}
			if (length == MAX_NAME) {
				throw malformed("ingest.xml.nameTooLong", MAX_NAME);
			}
			if (nameStart + length == this.names.length) {
				this.names = Arrays.copyOf(this.names, this.names.length * 2);
			}
			this.names[nameStart + length++] = (byte) c;
			if (c == ':') {
				localStart = length;
			}
			c = read();
		}
		if (length == 0) {
			throw malformed("ingest.xml.elementWithout");
		}
		this.element = code(this.names, nameStart + localStart, length - localStart);
		if (this.element == ROW) {
			this.rowNumber = -1;
			this.rowNumberText = null;
			this.rows++;
		}
		else if (this.element == CELL) {
			this.column = Integer.MIN_VALUE;
			this.type = null;
			this.style = -1;
			this.styleText = null;
		}
		int seen = 0;
		while (true) {
			c = skipSpace(c);
			if (c == '>') {
				break;
			}
			if (c == '/') {
				if (read() != '>') {
					throw malformed("ingest.xml.malformedTag");
				}
				this.emptyPending = true;
				if (this.depth == 0) {
					this.rootEnded = true;
				}
				return;
			}
			seen = attribute(c, seen);
			c = read();
		}
		if (this.depth == MAX_DEPTH) {
			throw malformed("ingest.xml.tooDeep", MAX_DEPTH);
		}
		if (this.depth == this.nameEnds.length) {
			this.nameEnds = Arrays.copyOf(this.nameEnds, this.depth * 2);
		}
		this.nameEnds[this.depth++] = nameStart + length;
	}

	private int skipSpace(int first) throws IOException {
		int c = first;
		while (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			c = read();
		}
		return c;
	}

	private static int code(byte[] name, int start, int length) {
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
	private int attribute(int first, int seen) throws IOException {
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

	private void skipValue(int quote) throws IOException {
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
	private void readValue(int quote) throws IOException {
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

	/** The decimal number in the text, or -1 when it is not plain digits. */
	private int digits() {
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

	private void endTag() throws IOException {
		if (this.depth == 0) {
			throw malformed("ingest.xml.endTagWithout");
		}
		int start = (this.depth > 1) ? this.nameEnds[this.depth - 2] : 0;
		int end = this.nameEnds[this.depth - 1];
		int at = start;
		int localStart = start;
		int c = read();
		while (c != '>' && c != ' ' && c != '\n' && c != '\t' && c != '\r') {
			if (at == end || this.names[at] != (byte) c) {
				throw mismatched(start, end);
			}
			if (c == ':') {
				localStart = at + 1;
			}
			at++;
			c = read();
		}
		if (at != end) {
			throw mismatched(start, end);
		}
		if (skipSpace(c) != '>') {
			throw malformed("ingest.xml.malformedEndTag");
		}
		this.element = code(this.names, localStart, end - localStart);
		this.depth--;
		if (this.depth == 0) {
			this.rootEnded = true;
		}
	}

	private IOException mismatched(int start, int end) {
		return malformed("ingest.xml.endTagMismatch",
				new String(this.names, start, end - start, StandardCharsets.UTF_8));
	}

	@Override
	public int element() {
		return this.element;
	}

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

	// ------------------------------------------------------------------ text

	@Override
	public String elementText() throws IOException {
		if (this.emptyPending) {
			this.emptyPending = false;
			return "";
		}
		this.textLength = 0;
		this.textBits = 0;
		boolean cr = false;
		while (true) {
			int p = this.pos;
			int l = this.lim;
			byte[] b = this.buf;
			int start = p;
			int bits = 0;
			while (p < l) {
				int c = b[p] & 0xFF;
				if (SPECIAL[c]) {
					break;
				}
				bits |= c;
				p++;
			}
			if (p > start) {
				appendRun(b, start, p - start, bits);
				cr = false;
			}
			this.pos = p;
			if (p == l) {
				if (!fill()) {
					throw malformed("ingest.xml.unexpectedEnd");
				}
				continue;
			}
			int c = b[p] & 0xFF;
			this.pos = p + 1;
			if (c == '<') {
				if (markup(true) == END) {
					return decodeText();
				}
				cr = false;
			}
			else if (c == '&') {
				reference();
				cr = false;
			}
			else {
				cr = control(c, cr);
			}
		}
	}

	private void cdataText() throws IOException {
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
	private boolean control(int c, boolean cr) throws IOException {
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
	private void reference() throws IOException {
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
			throw this.limits.cellTooLong(this.sheet, where());
		}
		this.text = Arrays.copyOf(this.text, Math.min(this.maxText, Math.max(this.text.length * 2, needed)));
	}

	/** The cell being read, as well as it is known. */
	private String where() {
		int row = (this.rowNumber > 0) ? this.rowNumber : this.rows;
		return (this.column >= 0) ? Cell.reference(this.column, row - 1) : "#" + row;
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

	private void appendRun(byte[] from, int start, int length, int bits) throws IOException {
		if (this.textLength + length > this.text.length) {
			grow(this.textLength + length);
		}
		System.arraycopy(from, start, this.text, this.textLength, length);
		this.textLength += length;
		this.textBits |= bits;
	}

	private String decodeText() throws IOException {
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
	private String decode(byte[] bytes, int length, boolean high) throws IOException {
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

	@Override
	public void close() {
		// the stream belongs to the caller
	}

}
