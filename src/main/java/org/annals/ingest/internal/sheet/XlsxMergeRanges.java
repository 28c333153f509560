package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged ranges of an xlsx sheet, found before its rows are read: SpreadsheetML
 * writes {@code <mergeCells>} after {@code <sheetData>}, so a streaming reader that wants
 * them for the rows looks through the sheet's part once beforehand. The look is a scan of
 * the bytes for {@code mergeCell} start tags (a raw {@code <} is markup in well-formed
 * XML), not a second parse: the sheet's reader checks the XML itself, and a scan costs a
 * small part of a parse.
 */
final class XlsxMergeRanges {

	private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);

	private static final Pattern REF = Pattern
		.compile("\\sref\\s*=\\s*[\"']([A-Za-z]+[0-9]+(?::[A-Za-z]+[0-9]+)?)[\"']");

	/** Bytes kept from one buffer to the next, so that a tag across two reads is seen. */
	private static final int TAG = 512;

	private XlsxMergeRanges() {
	}

	/**
	 * Scans a sheet part for its merged ranges.
	 * @param in the sheet part's bytes, closed when read
	 * @return the ranges, at most {@link MergedCells#LIMIT}
	 * @throws IOException when the part cannot be read
	 */
	static List<CellRangeAddress> scan(InputStream in) throws IOException {
		List<CellRangeAddress> ranges = new ArrayList<>();
		byte[] buf = new byte[64 * 1024 + TAG];
		int kept = 0;
		try (in) {
			int n;
			while ((n = in.read(buf, kept, buf.length - kept)) > 0) {
				int end = kept + n;
				int resume = find(buf, end, ranges);
				int from = Math.max(resume, end - TAG);
				kept = end - from;
				System.arraycopy(buf, from, buf, 0, kept);
				if (ranges.size() >= MergedCells.LIMIT) {
					break;
				}
			}
		}
		return ranges;
	}

	/**
	 * Adds the ranges of the complete tags in the buffer; returns where scanning stopped.
	 */
	private static int find(byte[] buf, int end, List<CellRangeAddress> ranges) {
		int i = 1;
		int done = 0;
		while (i + NAME.length < end) {
			if (buf[i] == 'm' && matches(buf, i) && (buf[i - 1] == '<' || buf[i - 1] == ':')
					&& isSpace(buf[i + NAME.length])) {
				int close = indexOf(buf, i, Math.min(end, i + TAG), (byte) '>');
				if (close < 0) {
					return (end - i < TAG) ? i - 1 : i + 1;
				}
				Matcher m = REF
					.matcher(new String(buf, i + NAME.length, close - i - NAME.length, StandardCharsets.US_ASCII));
				if (m.find()) {
					ranges.add(CellRangeAddress.valueOf(m.group(1).toUpperCase()));
				}
				i = close + 1;
				done = i;
				continue;
			}
			i++;
		}
		return Math.max(done, end - TAG);
	}

	private static boolean matches(byte[] buf, int at) {
		for (int k = 0; k < NAME.length; k++) {
			if (buf[at + k] != NAME[k]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\n' || b == '\r';
	}

	private static int indexOf(byte[] buf, int from, int to, byte b) {
		for (int i = from; i < to; i++) {
			if (buf[i] == b) {
				return i;
			}
		}
		return -1;
	}

}
