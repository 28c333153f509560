package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.LittleEndianInputStream;

/**
 * The merged ranges of each sheet of an xls workbook, found before its rows are read: a
 * sheet's {@code MERGEDCELLS} records ({@link MergeCellsRecord}) follow its cells, so the
 * workbook stream is looked through once beforehand, record headers only, reading the
 * bodies of those records alone. Sheets are numbered as the substreams after the globals
 * come, embedded substreams (charts) left out.
 */
final class XlsMergeRanges {

	private XlsMergeRanges() {
	}

	/**
	 * Scans a workbook stream.
	 * @param stream the workbook stream, closed when read
	 * @return the ranges by sheet index; what cannot be read is left out (the reading of
	 * the sheets says why)
	 */
	static Map<Integer, List<CellRangeAddress>> scan(InputStream stream) {
		Map<Integer, List<CellRangeAddress>> bySheet = new HashMap<>();
		int substream = -1;
		int depth = 0;
		int count = 0;
		try (LittleEndianInputStream in = new LittleEndianInputStream(stream)) {
			while (in.available() >= 4 && count < MergedCells.LIMIT) {
				int sid = in.readUShort();
				int length = in.readUShort();
				if (sid == FilePassRecord.sid) {
					break;
				}
				if (sid == BOFRecord.sid) {
					substream += (depth == 0) ? 1 : 0;
					depth++;
				}
				else if (sid == EOFRecord.sid) {
					depth = Math.max(0, depth - 1);
				}
				if (sid == MergeCellsRecord.sid && depth == 1 && substream > 0 && length >= 2) {
					count += read(in, length, bySheet.computeIfAbsent(substream - 1, (k) -> new ArrayList<>()));
				}
				else {
					in.skipFully(length);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// a damaged stream: the ranges found so far serve
		}
		return bySheet;
	}

	private static int read(LittleEndianInputStream in, int length, List<CellRangeAddress> into) throws IOException {
		int ranges = in.readUShort();
		int read = 0;
		for (int i = 0; i < ranges && 2 + (i + 1) * 8 <= length; i++) {
			int firstRow = in.readUShort();
			int lastRow = in.readUShort();
			int firstColumn = in.readUShort();
			int lastColumn = in.readUShort();
			if (firstRow <= lastRow && firstColumn <= lastColumn) {
				into.add(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
			}
			read++;
		}
		in.skipFully(length - 2 - read * 8);
		return read;
	}

}
