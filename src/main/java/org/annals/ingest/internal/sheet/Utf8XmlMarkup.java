package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The middle of {@link Utf8SheetXml}: XML's markup, read as an XML parser would and
 * checked as far as a sheet's cells depend on it (every end tag matches its start,
 * nothing ends early, no document type declaration), comments, processing instructions
 * and CDATA sections passed over or, in a text, taken in. Which elements and attributes
 * matter is the subclass's ({@link #elementCode}, {@link #started}, {@link #attribute}).
 */
abstract class Utf8XmlMarkup extends Utf8XmlText implements SheetXml {

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

	/** The qualified names of the open elements, one after the other. */
	private byte[] names = new byte[256];

	private int[] nameEnds = new int[16];

	private int depth;

	/** The root element has ended. */
	private boolean rootEnded;

	/** The last start was of an empty element: its end comes next. */
	private boolean emptyPending;

	int element;

	// ------------------------------------------------------------------ elements

	Utf8XmlMarkup(InputStream in, byte[] buf, int lim, int maxText) {
		super(in, buf, lim, maxText);
	}

	/**
	 * What an element is, by its local name.
	 * @param name bytes holding the name
	 * @param start where the local name starts
	 * @param length its length
	 * @return one of the element codes of {@link SheetXml}
	 */
	abstract int elementCode(byte[] name, int start, int length);

	/**
	 * An element's start tag is being read: its attributes come next.
	 * @param element the element's code
	 */
	abstract void started(int element);

	/**
	 * Reads one attribute, from the first byte of its name to its closing quote.
	 * @param first the first byte of its name
	 * @param seen the attributes kept so far of this element, one bit each
	 * @return the attributes kept so far, one bit each
	 * @throws IOException when the attribute is malformed or given twice
	 */
	abstract int attribute(int first, int seen) throws IOException;

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
		this.element = elementCode(this.names, nameStart + localStart, length - localStart);
		started(this.element);
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

	int skipSpace(int first) throws IOException {
		int c = first;
		while (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
			c = read();
		}
		return c;
	}

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
		this.element = elementCode(this.names, localStart, end - localStart);
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

}
