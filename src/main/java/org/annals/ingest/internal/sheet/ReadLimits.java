package org.annals.ingest.internal.sheet;

import java.util.function.Function;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a file a reader takes in before it refuses the file, so that no file,
 * however made, can fill the memory or hold a reader for long: each limit is refused with
 * a message of its own that names it ({@code annals.ingest.limits.*}). The defaults let
 * through four times the largest workbook of the benchmark (5 M cells, 262 MB of sheet
 * XML) and every table a department sends; what one file being read can hold at once is
 * then about {@code sharedStrings} × 60 bytes + {@code sharedStringsChars} × 2 bytes for
 * its shared strings, {@code documentBytes} × 10 for a Word document or a workbook's
 * styles, and a few dozen rows of at most {@code rowChars} characters. A limit given as
 * {@code null} is its default.
 *
 * @param fileBytes bytes that reading a file may take from it, unzipped (1 GiB by
 * default): beyond POI's zip-bomb ratio, a bound on what any file costs to read
 * @param cellChars characters in one cell, CSV field or Word paragraph (by default four
 * times the 32 767 Excel holds in a cell)
 * @param rowChars characters in one row or CSV record, all its cells together (1 Mi by
 * default)
 * @param rowCells cells in one row or fields in one CSV record (by default 16 384,
 * Excel's columns)
 * @param sharedStrings strings in a workbook's shared-strings table (1 Mi by default)
 * @param sharedStringsChars characters in a workbook's shared-strings table, all strings
 * together (32 Mi by default)
 * @param documentBytes bytes of a part that is read whole rather than streamed, unzipped
 * (16 MiB by default): a Word document's body and its other parts, a workbook's styles,
 * theme and workbook part, and every package's content types, relationships and
 * properties
 */
public record ReadLimits(@DefaultValue("1073741824") Long fileBytes, @DefaultValue("131072") Integer cellChars,
		@DefaultValue("1048576") Integer rowChars, @DefaultValue("16384") Integer rowCells,
		@DefaultValue("1048576") Integer sharedStrings, @DefaultValue("33554432") Long sharedStringsChars,
		@DefaultValue("16777216") Long documentBytes) {

	/** Where the limits are set, for messages. */
	static final String PREFIX = "annals.ingest.limits.";

	/**
	 * The defaults: the limits bound from no settings at all, so that the
	 * {@link DefaultValue}s above are the only place they are written.
	 */
	public static final ReadLimits DEFAULTS = new Binder().bindOrCreate("annals.ingest.limits", ReadLimits.class);

	public ReadLimits {
		fileBytes = positive(fileBytes, ReadLimits::fileBytes, "file-bytes");
		cellChars = positive(cellChars, ReadLimits::cellChars, "cell-chars");
		rowChars = positive(rowChars, ReadLimits::rowChars, "row-chars");
		rowCells = positive(rowCells, ReadLimits::rowCells, "row-cells");
		sharedStrings = positive(sharedStrings, ReadLimits::sharedStrings, "shared-strings");
		sharedStringsChars = positive(sharedStringsChars, ReadLimits::sharedStringsChars, "shared-strings-chars");
		documentBytes = positive(documentBytes, ReadLimits::documentBytes, "document-bytes");
		if (rowChars < cellChars) {
			throw new IllegalArgumentException(PREFIX + "row-chars must be at least " + PREFIX + "cell-chars");
		}
	}

	RejectedFileException fileTooLarge() {
		return new RejectedFileException("FILE_TOO_LARGE", "more than " + this.fileBytes + " bytes read",
				this.fileBytes);
	}

	RejectedFileException partTooLarge(String part) {
		return new RejectedFileException("PART_TOO_LARGE", part + " larger than " + this.documentBytes + " bytes", part,
				this.documentBytes);
	}

	RejectedFileException cellTooLong(String sheet, String cell) {
		return new RejectedFileException("CELL_TOO_LONG", sheet + "!" + cell + " over " + this.cellChars + " chars",
				sheet, cell, this.cellChars);
	}

	RejectedFileException rowTooLong(String sheet, int row) {
		return new RejectedFileException("ROW_TOO_LONG", sheet + " row " + row + " over " + this.rowChars + " chars",
				sheet, row, this.rowChars);
	}

	RejectedFileException rowTooWide(String sheet, int row) {
		return new RejectedFileException("ROW_TOO_WIDE", sheet + " row " + row + " over " + this.rowCells + " cells",
				sheet, row, this.rowCells);
	}

	RejectedFileException tooManySharedStrings() {
		return new RejectedFileException("TOO_MANY_SHARED_STRINGS", "over " + this.sharedStrings + " shared strings",
				this.sharedStrings);
	}

	RejectedFileException sharedStringsTooLong() {
		return new RejectedFileException("SHARED_STRINGS_TOO_LONG",
				"over " + this.sharedStringsChars + " characters of shared strings", this.sharedStringsChars);
	}

	private static <N extends Number> N positive(N value, Function<ReadLimits, N> fallback, String name) {
		if (value == null) {
			// only after DEFAULTS exists: binding it passes every default
			return fallback.apply(DEFAULTS);
		}
		if (value.longValue() <= 0) {
			throw new IllegalArgumentException(PREFIX + name + " must be positive, not " + value);
		}
		return value;
	}

}
