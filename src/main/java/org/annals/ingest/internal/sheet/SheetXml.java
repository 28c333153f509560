package org.annals.ingest.internal.sheet;

import java.io.Closeable;
import java.io.IOException;

/**
 * The elements of a worksheet's XML that reading its cells needs, pulled one at a time:
 * starts and ends of elements, the few attributes of rows and cells, and the text of a
 * text-only element. Text between elements, comments and processing instructions are
 * passed over. Elements are named by their local part, whatever their prefix, as the
 * cells of every producer seen are found that way; the attributes read are
 * SpreadsheetML's own, which carry no prefix.
 */
interface SheetXml extends Closeable {

	/** {@link #next()}: the document ended. */
	int DONE = 0;

	/** {@link #next()}: an element starts. */
	int START = 1;

	/** {@link #next()}: an element ends (an empty element ends right after its start). */
	int END = 2;

	/** {@link #element()}: an element not named below. */
	int OTHER = 0;

	/** {@link #element()}: {@code row}. */
	int ROW = 1;

	/** {@link #element()}: {@code c}, a cell. */
	int CELL = 2;

	/** {@link #element()}: {@code v}, a cell's value. */
	int VALUE = 3;

	/** {@link #element()}: {@code f}, a cell's formula. */
	int FORMULA = 4;

	/** {@link #element()}: {@code t}, a text run of an inline string. */
	int TEXT = 5;

	/** {@link #element()}: {@code sheetData}, the rows. */
	int SHEET_DATA = 6;

	/** {@link #element()}: {@code rPh}, a phonetic run (a reading aid, not the text). */
	int PHONETIC = 7;

	/**
	 * Moves to the next start or end of an element.
	 * @return {@link #START}, {@link #END} or {@link #DONE}
	 * @throws IOException when the XML is not well formed or cannot be read
	 */
	int next() throws IOException;

	/**
	 * The element that the last {@link #next()} started or ended.
	 * @return one of the element codes
	 */
	int element();

	/**
	 * The {@code r} attribute of the row just started.
	 * @return the 1-based row number, or -1 when the row has none
	 * @throws IOException when it is not a number
	 */
	int rowNumber() throws IOException;

	/**
	 * The column of the {@code r} attribute of the cell just started, as
	 * {@link Cell#columnOf(String)} gives it.
	 * @return the 0-based column, or {@link Integer#MIN_VALUE} when the cell has no
	 * reference
	 */
	int cellColumn();

	/**
	 * The {@code t} attribute of the cell just started.
	 * @return its value, or null
	 */
	String cellType();

	/**
	 * The {@code s} attribute of the cell just started.
	 * @return the style index, or -1 when the cell has none
	 * @throws IOException when it is not a number
	 */
	int cellStyle() throws IOException;

	/**
	 * The text of the element just started, up to its end, which it moves past; the
	 * element must hold no other element.
	 * @return the text, with entities and character references resolved
	 * @throws IOException when the element holds an element or the XML is not well formed
	 */
	String elementText() throws IOException;

	/**
	 * The number an attribute holds.
	 * @param text the attribute's value
	 * @return the number
	 * @throws RejectedFileException when it is not one
	 */
	static int number(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw Rejections.of(ex);
		}
	}

}
