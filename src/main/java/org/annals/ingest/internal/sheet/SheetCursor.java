package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.util.List;

/**
 * Reads a spreadsheet one row at a time, sheet after sheet, never holding a whole sheet
 * in memory. Hidden sheets are passed over and named in {@link #hiddenSheets()}.
 */
public interface SheetCursor extends AutoCloseable {

	/**
	 * Moves to the next visible sheet.
	 * @return false when there are no more sheets
	 * @throws IOException when the file cannot be read
	 * @throws RejectedFileException when the file is not acceptable
	 */
	boolean nextSheet() throws IOException;

	/**
	 * The current sheet's name.
	 * @return the name
	 */
	String sheetName();

	/**
	 * The next non-empty row of the current sheet.
	 * @return the row, or null at the end of the sheet
	 * @throws IOException when the file cannot be read
	 * @throws RejectedFileException when the file is not acceptable
	 */
	SheetRow nextRow() throws IOException;

	/**
	 * The names of the hidden sheets that were passed over.
	 * @return the names
	 */
	List<String> hiddenSheets();

	@Override
	void close() throws IOException;

}
