package org.annals.ingest.internal.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a file in the inbox looks whole or still half-copied, from its own bytes: a
 * copy over a network share can pause for longer than any settle time, leaving a file
 * that has not changed for a while and yet is not all there. A zip (xlsx, docx) is whole
 * once its end-of-central-directory record is there and the directory ends where it says;
 * an OLE2 compound file (xls) once every sector its header names is in the file; a text
 * file once its last line is whole (it ends with a line break, or its last line has as
 * many fields as its first, with its quotes closed). Only the head and the tail are read.
 */
final class CopyCompleteness {

	private static final int TAIL = 64 * 1024 + 22;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private CopyCompleteness() {
	}

	/**
	 * Whether a file looks whole.
	 * @param file the file
	 * @return false when it is clearly still being copied
	 * @throws IOException when it cannot be read
	 */
	public static boolean looksWhole(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size == 0) {
				return true;
			}
			ByteBuffer head = read(channel, 0, (int) Math.min(size, 512));
			if (startsWith(head, ZIP)) {
				return zipWhole(channel, size);
			}
			if (startsWith(head, OLE2)) {
				return ole2Whole(channel, head, size);
			}
			if (looksLikeText(head)) {
				return textWhole(channel, size, head);
			}
			return true;
		}
	}

	private static boolean zipWhole(FileChannel channel, long size) throws IOException {
		long from = Math.max(0, size - TAIL);
		ByteBuffer tail = read(channel, from, (int) (size - from)).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = tail.limit() - 22; i >= 0; i--) {
			if (tail.getInt(i) == 0x06054b50) {
				long directorySize = Integer.toUnsignedLong(tail.getInt(i + 12));
				long directoryOffset = Integer.toUnsignedLong(tail.getInt(i + 16));
				if (directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) {
					// ZIP64: the record's locator sits just before it
					return i >= 20 && tail.getInt(i - 20) == 0x07064b50;
				}
				return directoryOffset + directorySize <= from + i;
			}
		}
		return false;
	}

	/**
	 * An OLE2 file is whole when every sector its allocation table uses is in it: the
	 * table's own sectors (named in the header) and every sector the table marks as
	 * taken.
	 */
	private static boolean ole2Whole(FileChannel channel, ByteBuffer head, long size) throws IOException {
		if (head.limit() < 512) {
			return false;
		}
		head.order(ByteOrder.LITTLE_ENDIAN);
		int shift = head.getShort(30);
		if (shift < 7 || shift > 16) {
			return true;
		}
		int sector = 1 << shift;
		long start = Math.max(512, sector);
		long sectors = (size - start) / sector;
		for (int at : new int[] { 48, 68 }) {
			// the directory's first sector, the first sector of the rest of the table's
			// list
			long named = Integer.toUnsignedLong(head.getInt(at));
			if (named < 0xFFFFFFFAL && named >= sectors) {
				return false;
			}
		}
		long highest = -1;
		long covered = 0;
		for (int at = 76; at + 4 <= 512; at += 4) {
			long fat = Integer.toUnsignedLong(head.getInt(at));
			if (fat >= 0xFFFFFFFAL) {
				continue;
			}
			if (fat >= sectors) {
				return false;
			}
			ByteBuffer table = read(channel, start + fat * sector, sector).order(ByteOrder.LITTLE_ENDIAN);
			for (int entry = 0; entry + 4 <= table.limit(); entry += 4) {
				if (table.getInt(entry) != -1) {
					highest = Math.max(highest, covered + entry / 4);
				}
			}
			covered += sector / 4;
		}
		return highest < sectors;
	}

	private static boolean textWhole(FileChannel channel, long size, ByteBuffer head) throws IOException {
		ByteBuffer last = read(channel, size - 1, 1);
		if (last.get(0) == '\n' || last.get(0) == '\r') {
			return true;
		}
		String first = firstLine(head);
		long from = Math.max(0, size - TAIL);
		byte[] tail = bytes(read(channel, from, (int) (size - from)));
		int start = tail.length;
		while (start > 0 && tail[start - 1] != '\n') {
			start--;
		}
		if (start == 0 && from > 0) {
			// a last line longer than the tail: no judgement
			return true;
		}
		byte[] line = java.util.Arrays.copyOfRange(tail, start, tail.length);
		char separator = separator(first);
		return count(line, (byte) '"') % 2 == 0
				&& (separator == 0 || count(line, (byte) separator) >= count(first, separator));
	}

	private static boolean looksLikeText(ByteBuffer head) {
		for (int i = 0; i < head.limit(); i++) {
			byte b = head.get(i);
			if (b == 0 || (b > 0 && b < 9)) {
				return false;
			}
		}
		return true;
	}

	private static String firstLine(ByteBuffer head) {
		byte[] bytes = bytes(head.duplicate().position(0));
		int end = 0;
		while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
			end++;
		}
		return new String(bytes, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	private static char separator(String header) {
		char best = 0;
		int most = 0;
		for (char candidate : new char[] { ',', '\t', ';' }) {
			int n = count(header, candidate);
			if (n > most) {
				most = n;
				best = candidate;
			}
		}
		return best;
	}

	private static int count(String text, char c) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			n += (text.charAt(i) == c) ? 1 : 0;
		}
		return n;
	}

	private static int count(byte[] bytes, byte b) {
		int n = 0;
		for (byte each : bytes) {
			n += (each == b) ? 1 : 0;
		}
		return n;
	}

	private static boolean startsWith(ByteBuffer buffer, byte[] magic) {
		if (buffer.limit() < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (buffer.get(i) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				break;
			}
		}
		return buffer.flip();
	}

	private static byte[] bytes(ByteBuffer buffer) {
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

}
