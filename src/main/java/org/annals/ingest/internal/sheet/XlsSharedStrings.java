package org.annals.ingest.internal.sheet;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.util.LittleEndianInputStream;

/**
 * Holds an xls workbook's shared-string table to {@link ReadLimits}. POI reads the table
 * whole, as one record with its continuations, into about three times its bytes of
 * objects, so its record headers are walked first: a table that says it has more strings
 * than the limit, or is larger than a table within the limits can be, is refused before
 * POI reads it; the one POI read is then measured exactly.
 */
final class XlsSharedStrings {

	private static final int EOF = 0x000A;

	private static final int FILEPASS = 0x002F;

	private static final int CONTINUE = 0x003C;

	private XlsSharedStrings() {
	}

	/**
	 * Walks the records of a workbook's globals, up to their end, reading the bodies of
	 * none but the table's first eight bytes.
	 * @param workbook the workbook stream, from its start; closed here
	 * @param limits the limits
	 * @throws IOException when it cannot be read
	 * @throws RejectedFileException when the table is over a limit
	 */
	static void checkBeforeReading(InputStream workbook, ReadLimits limits) throws IOException {
		try (LittleEndianInputStream in = new LittleEndianInputStream(workbook)) {
			boolean inTable = false;
			long tableBytes = 0;
			while (in.available() >= 4) {
				int sid = in.readUShort();
				int length = in.readUShort();
				if (sid == EOF || sid == FILEPASS) {
					// an encrypted table is POI's to refuse, as encrypted
					break;
				}
				if (sid == SSTRecord.sid && length >= 8) {
					in.readInt();
					long unique = in.readInt() & 0xFFFFFFFFL;
					if (unique > limits.sharedStrings()) {
						throw limits.tooManySharedStrings();
					}
					inTable = true;
					tableBytes = length;
					in.skipNBytes(length - 8L);
				}
				else {
					inTable = inTable && sid == CONTINUE;
					tableBytes += inTable ? length : 0;
					in.skipNBytes(length);
				}
				if (tableBytes > largest(limits)) {
					throw limits.sharedStringsTooLong();
				}
			}
		}
		catch (EOFException ex) {
			// a record cut short: POI's to refuse as damaged
		}
	}

	/**
	 * The most bytes a table within the limits takes: two bytes a character, and for each
	 * string its header, rich-text runs and phonetic data, allowed generously.
	 */
	private static long largest(ReadLimits limits) {
		return 2 * limits.sharedStringsChars() + 64L * limits.sharedStrings();
	}

	/**
	 * Measures the table POI read.
	 * @param table the table
	 * @param limits the limits
	 * @throws RejectedFileException when it holds more characters than the limit
	 */
	static void check(SSTRecord table, ReadLimits limits) {
		long chars = 0;
		for (int i = 0, n = table.getNumUniqueStrings(); i < n; i++) {
			chars += table.getString(i).getCharCount();
		}
		if (chars > limits.sharedStringsChars()) {
			throw limits.sharedStringsTooLong();
		}
	}

}
