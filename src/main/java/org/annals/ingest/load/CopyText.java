package org.annals.ingest.load;

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
 * region's code, an indicator's name, the sheet) are encoded once.
 */
final class CopyText {

	private static final int FLUSH_AT = 1 << 16;

	private static final int CACHE_LIMIT = 50_000;

	private final Map<String, byte[]> encoded = new IdentityHashMap<>();

	private final CopyIn copy;

	private byte[] buffer = new byte[FLUSH_AT + 4096];

	private int length;

	CopyText(CopyIn copy) {
		this.copy = copy;
	}

	/**
	 * A text value, escaped, cached by identity (for values that repeat).
	 * @param text the text, or null
	 * @return this
	 */
	CopyText repeated(String text) {
		if (text == null) {
			return nul();
		}
		byte[] bytes = this.encoded.get(text);
		if (bytes == null) {
			if (this.encoded.size() >= CACHE_LIMIT) {
				this.encoded.clear();
			}
			bytes = escape(text);
			this.encoded.put(text, bytes);
		}
		return raw(bytes);
	}

	/**
	 * A text value, escaped.
	 * @param text the text, or null
	 * @return this
	 */
	CopyText text(String text) {
		if (text == null) {
			return nul();
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x80 || c == '\\' || c < 0x20) {
				return raw(escape(text));
			}
		}
		room(text.length());
		for (int i = 0; i < text.length(); i++) {
			this.buffer[this.length++] = (byte) text.charAt(i);
		}
		return this;
	}

	/**
	 * A whole number.
	 * @param value the number
	 * @return this
	 */
	CopyText number(long value) {
		room(20);
		if (value < 0) {
			this.buffer[this.length++] = '-';
			value = -value;
		}
		int start = this.length;
		do {
			this.buffer[this.length++] = (byte) ('0' + (value % 10));
			value /= 10;
		}
		while (value > 0);
		for (int i = start, j = this.length - 1; i < j; i++, j--) {
			byte b = this.buffer[i];
			this.buffer[i] = this.buffer[j];
			this.buffer[j] = b;
		}
		return this;
	}

	/**
	 * A decimal, in plain notation.
	 * @param value the decimal, or null
	 * @return this
	 */
	CopyText decimal(BigDecimal value) {
		return (value != null) ? text(value.toPlainString()) : nul();
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
