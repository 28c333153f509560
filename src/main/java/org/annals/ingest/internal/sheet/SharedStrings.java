package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * A workbook's shared-strings table as POI's read-only table reads it (its texts,
 * phonetic runs left out, exactly), held to {@link ReadLimits} while it is read: POI
 * keeps every string in memory, so a table of more strings or characters than the limits
 * is refused as soon as it passes them (RELIABILITY #19). A string longer than a cell may
 * be is refused where a cell uses it, naming the cell.
 */
final class SharedStrings extends ReadOnlySharedStringsTable {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private ReadLimits limits;

	private int strings;

	private long chars;

	private boolean inText;

	private boolean inPhonetic;

	/**
	 * Reads the table of a workbook, if it has one.
	 * @param pkg the workbook
	 * @param limits the limits
	 * @param budget the file's budget, which the table's bytes count against
	 * @throws IOException when it cannot be read
	 * @throws SAXException when it is not well formed
	 */
	SharedStrings(OPCPackage pkg, ReadLimits limits, FileBudget budget) throws IOException, SAXException {
		// POI reads a table as it is made; an empty stream gives none, so that the limits
		// are set before the table is read
		super(InputStream.nullInputStream(), false);
		this.limits = limits;
		List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
		if (!parts.isEmpty()) {
			try (InputStream in = budget.meter(parts.get(0).getInputStream())) {
				readFrom(in);
			}
		}
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		super.startElement(uri, localName, qName, attributes);
		if (this.limits == null || (uri != null && !MAIN.equals(uri))) {
			return;
		}
		switch (localName) {
			case "si" -> {
				if (++this.strings > this.limits.sharedStrings()) {
					throw this.limits.tooManySharedStrings();
				}
			}
			case "t" -> this.inText = true;
			case "rPh" -> this.inPhonetic = true;
			default -> {
				// nothing else is text
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		super.endElement(uri, localName, qName);
		if (uri != null && !MAIN.equals(uri)) {
			return;
		}
		if ("t".equals(localName)) {
			this.inText = false;
		}
		else if ("rPh".equals(localName)) {
			this.inPhonetic = false;
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		super.characters(ch, start, length);
		if (this.limits == null || !this.inText || this.inPhonetic) {
			return;
		}
		this.chars += length;
		if (this.chars > this.limits.sharedStringsChars()) {
			throw this.limits.sharedStringsTooLong();
		}
	}

}
