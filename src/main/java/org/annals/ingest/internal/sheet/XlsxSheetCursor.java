package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams an xlsx workbook, pulling each sheet's cells from its XML
 * ({@link Utf8SheetXml}, or a StAX parser for a sheet in another encoding), inside POI's
 * package reader so that POI's zip-bomb limits apply. Its shared strings, styles and
 * workbook part are read by POI with its XML hardening. Pulling maps onto Spring Batch's
 * pull-style reader without a thread of its own; a StAX parser parsed a 2-million-row
 * sheet (8 M cells, parse only, -Xmx256m) in 4.6 s against POI's SAX event model's 7.4 s.
 * What it reads is held to {@link ReadLimits}: the bytes the file gives, the parts POI
 * reads whole, the shared strings, and each row and cell.
 */
final class XlsxSheetCursor implements SheetCursor {

	private final OPCPackage pkg;

	private final SharedStrings strings;

	private final StylesTable styles;

	private final XSSFReader.SheetIterator sheets;

	private final Set<String> hidden;

	/** The 说明 sheet of a workbook Annals annotated, passed over unread. */
	private final Set<String> annotation;

	private final List<String> hiddenSeen = new ArrayList<>();

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	/** Shared strings kept at most (the texts of indexes beyond are made each time). */
	private static final int SHARED_KEPT = 100_000;

	private String[] shared = new String[256];

	private String sheetName;

	private InputStream sheetStream;

	private final boolean reference;

	private final ReadLimits limits;

	private final FileBudget budget;

	private final RowCheck check;

	private SheetXml xml;

	private int lastRow = -1;

	private MergedCells merged = MergedCells.NONE;

	XlsxSheetCursor(Path file) throws IOException {
		this(file, false);
	}

	XlsxSheetCursor(Path file, boolean reference) throws IOException {
		this(file, ReadLimits.DEFAULTS, reference);
	}

	/**
	 * Opens a workbook.
	 * @param file the workbook
	 * @param limits the limits
	 * @param reference whether to read its sheets with the StAX parser, the reference
	 * that the faster reader of UTF-8 sheets is tested against
	 */
	XlsxSheetCursor(Path file, ReadLimits limits, boolean reference) throws IOException {
		this.reference = reference;
		this.limits = limits;
		this.budget = new FileBudget(limits);
		this.check = new RowCheck(limits);
		PackageParts.measureBeforeOpening(file, this.budget, false);
		try {
			this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | NotOfficeXmlFileException ex) {
			throw Rejections.of(ex);
		}
		catch (RuntimeException ex) {
			throw Rejections.of(ex);
		}
		try {
			XSSFReader reader = new XSSFReader(this.pkg);
			WorkbookParts.measureWholeParts(this.pkg, reader, this.budget);
			this.strings = new SharedStrings(this.pkg, limits, this.budget);
			this.styles = WorkbookParts.styles(reader);
			this.hidden = WorkbookParts.hiddenSheetNames(reader);
			this.annotation = WorkbookParts.annotationSheetNames(reader);
			this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		}
		catch (OpenXML4JException | org.xml.sax.SAXException | XMLStreamException | RuntimeException ex) {
			this.pkg.revert();
			throw Rejections.of(ex);
		}
		catch (IOException ex) {
			this.pkg.revert();
			if (Rejections.isContent(ex)) {
				throw Rejections.of(ex);
			}
			throw ex;
		}
	}

	@Override
	public boolean nextSheet() throws IOException {
		closeSheet();
		while (hasNextSheet()) {
			InputStream in = nextSheetStream();
			String name = this.sheets.getSheetName();
			if (this.hidden.contains(name)) {
				in.close();
				this.hiddenSeen.add(name);
				continue;
			}
			if (this.annotation.contains(name)) {
				in.close();
				continue;
			}
			this.sheetName = name;
			this.sheetStream = in;
			this.lastRow = -1;
			this.merged = mergedCells();
			InputStream metered = this.budget.meter(in);
			try {
				this.xml = this.reference ? new StaxSheetXml(metered) : Utf8SheetXml.open(metered, name, this.limits);
			}
			catch (IOException | RuntimeException ex) {
				throw Rejections.of(ex);
			}
			return true;
		}
		return false;
	}

	/**
	 * The current sheet's merged ranges, looked for outside the byte budget (the sheet's
	 * reading counts its bytes once); a part that cannot be looked through has none here.
	 */
	private MergedCells mergedCells() {
		try {
			return new MergedCells(XlsxMergeRanges.scan(this.sheets.getSheetPart().getInputStream()));
		}
		catch (IOException | RuntimeException ex) {
			// the reading of the sheet meets the same fault and names it
			return MergedCells.NONE;
		}
	}

	/** POI throws unchecked exceptions for a workbook whose sheets cannot be found. */
	private boolean hasNextSheet() {
		try {
			return this.sheets.hasNext();
		}
		catch (RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	private InputStream nextSheetStream() {
		try {
			return this.sheets.next();
		}
		catch (RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	@Override
	public String sheetName() {
		return this.sheetName;
	}

	@Override
	public SheetRow nextRow() throws IOException {
		try {
			while (this.xml != null) {
				int event = this.xml.next();
				if (event == SheetXml.DONE) {
					return null;
				}
				if (event == SheetXml.START && this.xml.element() == SheetXml.ROW) {
					SheetRow row = readRow();
					if (!row.cells().isEmpty()) {
						return this.merged.apply(row);
					}
				}
				else if (event == SheetXml.END && this.xml.element() == SheetXml.SHEET_DATA) {
					return null;
				}
			}
			return null;
		}
		catch (IOException | RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	private SheetRow readRow() throws IOException {
		int r = this.xml.rowNumber();
		int index = (r != -1) ? r - 1 : this.lastRow + 1;
		this.lastRow = index;
		this.check.start(this.sheetName, index);
		List<Cell> cells = new ArrayList<>();
		int nextColumn = 0;
		while (true) {
			int event = this.xml.next();
			if (event == SheetXml.DONE) {
				break;
			}
			if (event == SheetXml.START && this.xml.element() == SheetXml.CELL) {
				Cell cell = readCell(nextColumn);
				nextColumn = cell.column() + 1;
				if (!cell.text().isEmpty() || cell.formula() != null) {
					this.check.cell(cell.column(), cell.text());
					cells.add(cell);
				}
			}
			else if (event == SheetXml.END && this.xml.element() == SheetXml.ROW) {
				break;
			}
		}
		return new SheetRow(index, cells);
	}

	private Cell readCell(int defaultColumn) throws IOException {
		int ref = this.xml.cellColumn();
		int column = (ref != Integer.MIN_VALUE) ? ref : defaultColumn;
		String type = this.xml.cellType();
		int style = this.xml.cellStyle();
		String value = null;
		String formula = null;
		String inline = null;
		StringBuilder runs = null;
		boolean phonetic = false;
		while (true) {
			int event = this.xml.next();
			if (event == SheetXml.DONE) {
				break;
			}
			if (event == SheetXml.START) {
				int name = this.xml.element();
				if (name == SheetXml.VALUE) {
					value = this.xml.elementText();
				}
				else if (name == SheetXml.FORMULA) {
					formula = this.xml.elementText();
				}
				else if (name == SheetXml.PHONETIC) {
					phonetic = true;
				}
				else if (name == SheetXml.TEXT) {
					// an inline string's runs, a phonetic one (a reading aid) left out as
					// of shared strings; the usual one run needs no builder
					String run = this.xml.elementText();
					if (!phonetic) {
						if (inline == null) {
							inline = run;
						}
						else {
							runs = (runs != null) ? runs : new StringBuilder(inline);
							runs.append(run);
							this.check.growing(column, runs.length());
						}
					}
				}
			}
			else if (event == SheetXml.END) {
				int name = this.xml.element();
				if (name == SheetXml.CELL) {
					break;
				}
				phonetic = phonetic && name != SheetXml.PHONETIC;
			}
		}
		if (runs != null) {
			inline = runs.toString();
		}
		return toCell(column, type, style, value, inline, formula);
	}

	private Cell toCell(int column, String type, int style, String value, String inline, String formula) {
		if ("s".equals(type)) {
			// a shared string may hold a control character, written _x0000_
			String text = (value != null) ? sharedString(Integer.parseInt(value.trim())) : "";
			return CellText.text(column, text, formula);
		}
		if ("inlineStr".equals(type)) {
			return text(column, (inline != null) ? inline : "", formula);
		}
		if ("str".equals(type)) {
			return text(column, (value != null) ? value : "", formula);
		}
		if ("b".equals(type)) {
			return new Cell(column, "1".equals(value) ? "TRUE" : "FALSE", Cell.Kind.BOOLEAN, formula);
		}
		if ("e".equals(type)) {
			return new Cell(column, (value != null) ? value : "", Cell.Kind.ERROR, formula);
		}
		if (value == null) {
			return new Cell(column, "", Cell.Kind.TEXT, formula);
		}
		return new Cell(column, value, isDateStyle(style) ? Cell.Kind.DATE : Cell.Kind.NUMBER, formula);
	}

	/**
	 * A text cell: the reader of UTF-8 sheets refuses every control character XML does
	 * not allow, so only a StAX parser's texts need a look.
	 */
	private Cell text(int column, String text, String formula) {
		return (this.xml instanceof Utf8SheetXml) ? new Cell(column, text, Cell.Kind.TEXT, formula)
				: CellText.text(column, text, formula);
	}

	/**
	 * A shared string by index. POI builds an XMLBeans rich-text object each time one is
	 * asked for (half the time of reading a sheet of shared strings, measured); the texts
	 * of the first indexes, a workbook's usual few thousand, are kept once made.
	 */
	private String sharedString(int index) {
		if (index >= 0 && index < SHARED_KEPT) {
			if (index >= this.shared.length) {
				this.shared = java.util.Arrays.copyOf(this.shared,
						Math.min(SHARED_KEPT, Math.max(index + 1, this.shared.length * 2)));
			}
			String text = this.shared[index];
			if (text == null) {
				text = this.strings.getItemAt(index).getString();
				this.shared[index] = text;
			}
			return text;
		}
		return this.strings.getItemAt(index).getString();
	}

	private boolean isDateStyle(int style) {
		if (style < 0 || this.styles == null) {
			return false;
		}
		return this.dateStyles.computeIfAbsent(style, (i) -> {
			if (i >= this.styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = this.styles.getStyleAt(i);
			return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	@Override
	public List<String> hiddenSheets() {
		return List.copyOf(this.hiddenSeen);
	}

	private void closeSheet() throws IOException {
		if (this.xml != null) {
			this.xml.close();
			this.xml = null;
		}
		if (this.sheetStream != null) {
			this.sheetStream.close();
			this.sheetStream = null;
		}
	}

	@Override
	public void close() throws IOException {
		closeSheet();
		this.pkg.revert();
	}

}
