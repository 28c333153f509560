package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * A worksheet's XML through a StAX pull parser with POI's hardening (no DTDs, no external
 * entities): the reader of sheets in an encoding other than UTF-8, and the reference that
 * {@link Utf8SheetXml} is tested against.
 */
final class StaxSheetXml implements SheetXml {

	private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

	private final XMLStreamReader xml;

	private int element;

	StaxSheetXml(InputStream in) throws IOException {
		try {
			this.xml = XML.createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			throw Rejections.of(ex);
		}
	}

	@Override
	public int next() throws IOException {
		try {
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
					this.element = code(this.xml.getLocalName());
					return (event == XMLStreamConstants.START_ELEMENT) ? START : END;
				}
			}
			return DONE;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	private static int code(String name) {
		return switch (name) {
			case "row" -> ROW;
			case "c" -> CELL;
			case "v" -> VALUE;
			case "f" -> FORMULA;
			case "t" -> TEXT;
			case "sheetData" -> SHEET_DATA;
			case "rPh" -> PHONETIC;
			default -> OTHER;
		};
	}

	@Override
	public int element() {
		return this.element;
	}

	@Override
	public int rowNumber() throws IOException {
		String r = attribute('r');
		return (r != null) ? SheetXml.number(r) : -1;
	}

	@Override
	public int cellColumn() {
		String ref = attribute('r');
		return (ref != null) ? Cell.columnOf(ref) : Integer.MIN_VALUE;
	}

	@Override
	public String cellType() {
		return attribute('t');
	}

	@Override
	public int cellStyle() throws IOException {
		String style = attribute('s');
		return (style != null) ? SheetXml.number(style) : -1;
	}

	/** An attribute without a prefix, as SpreadsheetML's own are. */
	private String attribute(char name) {
		for (int i = 0, n = this.xml.getAttributeCount(); i < n; i++) {
			String local = this.xml.getAttributeLocalName(i);
			if (local.length() == 1 && local.charAt(0) == name) {
				String prefix = this.xml.getAttributePrefix(i);
				if (prefix == null || prefix.isEmpty()) {
					return this.xml.getAttributeValue(i);
				}
			}
		}
		return null;
	}

	@Override
	public String elementText() throws IOException {
		try {
			String text = this.xml.getElementText();
			this.element = code(this.xml.getLocalName());
			return text;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// closing a finished reader; nothing left to release
		}
	}

}
