package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's {@code COPY … FROM STDIN} text format, encoded straight into UTF-8
 * bytes and sent in pieces of about 64 KB as they fill, so that PostgreSQL parses the
 * first rows of a chunk while the rest is encoded. Values repeated by the same string (a
 * region's code, an indicator's code, a status) are encoded once, and a column whose
 * value is the same string as in the row before takes its bytes without a lookup; values
 * that are plain ASCII by how they are made (a cell reference, a decimal's digits) are
 * copied without being looked at.
 */
final class CopyText {

	private static final int FLUSH_AT = 1 << 16;

	private static final int CACHE_LIMIT = 50_000;

	/** Columns whose last value {@link #repeated(int, String)} keeps, at most. */
	static final int COLUMNS = 16;

	private final Map<String, byte[]> encoded = new IdentityHashMap<>();

	private final String[] lastText = new String[COLUMNS];

	private final byte[][] lastBytes = new byte[COLUMNS][];

	private final CopyIn copy;

	private byte[] buffer = new byte[FLUSH_AT + 4096];

	private int length;

	CopyText(CopyIn copy) {
		this.copy = copy;
	}

	/**
	 * A text value of a column, escaped, cached by identity, and taken at once when it is
	 * the same string as the column's value before.
	 * @param column the column, 0 to {@link #COLUMNS} - 1
	 * @param text the text, or null
	 * @return this
	 */
	CopyText repeated(int column, String text) {
		if (text == null) {
			return nul();
		}
		if (text != this.lastText[column]) {
			this.lastBytes[column] = encoded(text);
			this.lastText[column] = text;
		}
		return raw(this.lastBytes[column]);
	}

	private byte[] encoded(String text) {
		byte[] bytes = this.encoded.get(text);
		if (bytes == null) {
			if (this.encoded.size() >= CACHE_LIMIT) {
				this.encoded.clear();
			}
			bytes = escape(text);
			this.encoded.put(text, bytes);
		}
		return bytes;
	}

	/**
	 * A value made only of ASCII letters, digits, signs and points, such as a cell
	 * reference or a decimal's plain digits: copied as it is, nothing in it needs
	 * escaping.
	 * @param text the text, or null
	 * @return this
	 */
	@SuppressWarnings("deprecation") // copies each char's low byte: all of an ASCII char
	CopyText ascii(String text) {
		if (text == null) {
			return nul();
		}
		int n = text.length();
		room(n);
		text.getBytes(0, n, this.buffer, this.length);
		this.length += n;
		return this;
	}

	/**
	 * A whole number.
	 * @param value the number
	 * @return this
	 */
	CopyText number(long value) {
		if (value < 0) {
			if (value == Long.MIN_VALUE) {
				return ascii(Long.toString(value));
			}
			room(1);
			this.buffer[this.length++] = '-';
			value = -value;
		}
		int digits = 1;
		for (long rest = value / 10; rest > 0; rest /= 10) {
			digits++;
		}
		room(digits);
		byte[] b = this.buffer;
		int at = this.length + digits;
		this.length = at;
		do {
			b[--at] = (byte) ('0' + (value % 10));
			value /= 10;
		}
		while (value > 0);
		return this;
	}

	/**
	 * A decimal, in plain notation.
	 * @param value the decimal, or null
	 * @return this
	 */
	CopyText decimal(BigDecimal value) {
		return (value != null) ? ascii(value.toPlainString()) : nul();
	}

	/**
	 * SQL null.
	 * @return this
	 */
	CopyText nul() {
		room(2);
		this.buffer[this.length++] = '\\';
		this.buffer[this.length++] = 'N';
		return this;
	}

	/**
	 * Bytes already in the format.
	 * @param bytes the bytes
	 * @return this
	 */
	CopyText raw(byte[] bytes) {
		room(bytes.length);
		System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
		this.length += bytes.length;
		return this;
	}

	/**
	 * Ends a column.
	 * @return this
	 */
	CopyText tab() {
		room(1);
		this.buffer[this.length++] = '\t';
		return this;
	}

	/**
	 * Ends a row, and sends what has gathered once it is enough.
	 * @throws SQLException when PostgreSQL refuses it
	 */
	void endRow() throws SQLException {
		room(1);
		this.buffer[this.length++] = '\n';
		if (this.length >= FLUSH_AT) {
			flush();
		}
	}

	/**
	 * What has gathered and is not sent yet, as text (for tests).
	 * @return the text
	 */
	String pending() {
		return new String(this.buffer, 0, this.length, StandardCharsets.UTF_8);
	}

	/**
	 * Sends what is left and ends the copy.
	 * @return the rows PostgreSQL took
	 * @throws SQLException when PostgreSQL refuses them
	 */
	long finish() throws SQLException {
		flush();
		return this.copy.endCopy();
	}

	/**
	 * Abandons the copy after a failure (the transaction rolls back anyway).
	 */
	void cancel() {
		try {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the connection is failing already; the caller reports the first failure
		}
	}

	private void flush() throws SQLException {
		if (this.length > 0) {
			this.copy.writeToCopy(this.buffer, 0, this.length);
			this.length = 0;
		}
	}

	private void room(int bytes) {
		if (this.length + bytes > this.buffer.length) {
			this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.length + bytes));
		}
	}

	static byte[] escape(String text) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = switch (c) {
				case '\\' -> "\\\\";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				case '\t' -> "\\t";
				default -> (c < 0x20) ? String.format("\\%03o", (int) c) : null;
			};
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (escaped != null) {
				if (replacement != null) {
					escaped.append(replacement);
				}
				else {
					escaped.append(c);
				}
			}
		}
		return ((escaped != null) ? escaped.toString() : text).getBytes(StandardCharsets.UTF_8);
	}

}
