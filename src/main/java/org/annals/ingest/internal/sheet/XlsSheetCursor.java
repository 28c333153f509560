package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.support.Messages;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Streams a legacy xls (BIFF8) workbook record by record with POI's record stream, the
 * pull form of HSSF's event API: one record in memory at a time, the shared strings and
 * formats aside. What it reads is held to {@link ReadLimits}: the file's bytes, the
 * shared strings (measured before POI reads them) and each row and cell.
 */
final class XlsSheetCursor implements SheetCursor {

	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private final POIFSFileSystem fs;

	private final InputStream stream;

	private final RecordFactoryInputStream records;

	private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

	private final List<Integer> xfFormats = new ArrayList<>();

	private final Map<Integer, String> formats = new HashMap<>();

	private final List<String> hiddenSeen = new ArrayList<>();

	private SSTRecord strings;

	private int sheetIndex = -1;

	private String sheetName;

	private boolean inSheet;

	private final List<Cell> pending = new ArrayList<>();

	private final ReadLimits limits;

	private final RowCheck check;

	private int pendingRow = -1;

	private boolean pendingFormulaString;

	private int formulaRow;

	private int formulaColumn;

	private Map<Integer, List<org.apache.poi.ss.util.CellRangeAddress>> mergedBySheet = Map.of();

	private MergedCells merged = MergedCells.NONE;

	XlsSheetCursor(Path file) throws IOException {
		this(file, ReadLimits.DEFAULTS);
	}

	XlsSheetCursor(Path file, ReadLimits limits) throws IOException {
		if (Files.size(file) > limits.fileBytes()) {
			throw limits.fileTooLarge();
		}
		this.limits = limits;
		this.check = new RowCheck(limits);
		this.fs = open(file);
		try {
			DocumentEntry workbook = workbook(this.fs);
			XlsSharedStrings.checkBeforeReading(this.fs.getRoot().createDocumentInputStream(workbook), limits);
			this.mergedBySheet = XlsMergeRanges.scan(this.fs.getRoot().createDocumentInputStream(workbook));
			this.stream = this.fs.getRoot().createDocumentInputStream(workbook);
			this.records = new RecordFactoryInputStream(this.stream, false);
			readGlobals();
		}
		catch (IOException | RuntimeException ex) {
			this.fs.close();
			if (ex instanceof IOException io) {
				throw io;
			}
			throw Rejections.of(ex);
		}
	}

	/**
	 * The workbook stream, named in any case as {@link FileFormat} found it; a directory
	 * of that name, or none, is a damaged file, not an I/O error.
	 */
	private static DocumentEntry workbook(POIFSFileSystem fs) {
		DirectoryNode root = fs.getRoot();
		Entry entry = root.hasEntryCaseInsensitive("Workbook") ? entryOf(root) : null;
		if (entry instanceof DocumentEntry document) {
			return document;
		}
		throw new RejectedFileException("CORRUPT", "no Workbook stream", Messages.both(" / ", "ingest.xls.noWorkbook"));
	}

	private static Entry entryOf(DirectoryNode root) {
		try {
			return root.getEntryCaseInsensitive("Workbook");
		}
		catch (java.io.FileNotFoundException ex) {
			return null;
		}
	}

	private static POIFSFileSystem open(Path file) throws IOException {
		try {
			return new POIFSFileSystem(file.toFile(), true);
		}
		catch (RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	private void readGlobals() {
		Record record = this.records.nextRecord();
		while (record != null && !(record instanceof EOFRecord)) {
			if (record instanceof BoundSheetRecord bound) {
				this.boundSheets.add(bound);
			}
			else if (record instanceof SSTRecord sst) {
				XlsSharedStrings.check(sst, this.limits);
				this.strings = sst;
			}
			else if (record instanceof FormatRecord format) {
				this.formats.put(format.getIndexCode(), format.getFormatString());
			}
			else if (record instanceof ExtendedFormatRecord xf) {
				this.xfFormats.add((int) xf.getFormatIndex());
			}
			record = this.records.nextRecord();
		}
	}

	@Override
	public boolean nextSheet() {
		try {
			if (this.inSheet) {
				skipToEndOfSubstream();
			}
			Record record = this.records.nextRecord();
			while (record != null) {
				if (record instanceof BOFRecord bof) {
					this.sheetIndex++;
					BoundSheetRecord bound = (this.sheetIndex < this.boundSheets.size())
							? this.boundSheets.get(this.sheetIndex) : null;
					boolean hidden = bound != null && (bound.isHidden() || bound.isVeryHidden());
					if (bof.getType() == BOFRecord.TYPE_WORKSHEET && !hidden) {
						this.sheetName = (bound != null) ? CellText.visible(bound.getSheetname())
								: "Sheet" + (this.sheetIndex + 1);
						this.inSheet = true;
						this.merged = new MergedCells(this.mergedBySheet.getOrDefault(this.sheetIndex, List.of()));
						this.pending.clear();
						this.pendingRow = -1;
						return true;
					}
					if (hidden && bound != null) {
						this.hiddenSeen.add(CellText.visible(bound.getSheetname()));
					}
					this.inSheet = true;
					skipToEndOfSubstream();
				}
				record = this.records.nextRecord();
			}
			return false;
		}
		catch (RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	private void skipToEndOfSubstream() {
		int depth = 1;
		Record record = this.records.nextRecord();
		while (record != null) {
			if (record instanceof BOFRecord) {
				depth++;
			}
			else if (record instanceof EOFRecord && --depth == 0) {
				break;
			}
			record = this.records.nextRecord();
		}
		this.inSheet = false;
	}

	@Override
	public String sheetName() {
		return this.sheetName;
	}

	@Override
	public SheetRow nextRow() {
		try {
			while (this.inSheet) {
				Record record = this.records.nextRecord();
				if (record == null || record instanceof EOFRecord) {
					this.inSheet = false;
					SheetRow last = flush();
					return (last != null) ? this.merged.apply(last) : null;
				}
				if (record instanceof BOFRecord) {
					skipNested();
					continue;
				}
				SheetRow done = accept(record);
				if (done != null) {
					return this.merged.apply(done);
				}
			}
			return null;
		}
		catch (RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	private void skipNested() {
		int depth = 1;
		while (depth > 0) {
			Record record = this.records.nextRecord();
			if (record == null) {
				return;
			}
			if (record instanceof BOFRecord) {
				depth++;
			}
			else if (record instanceof EOFRecord) {
				depth--;
			}
		}
	}

	private SheetRow accept(Record record) {
		if (record instanceof StringRecord string && this.pendingFormulaString) {
			this.pendingFormulaString = false;
			return add(this.formulaRow, CellText.text(this.formulaColumn, string.getString(), ""));
		}
		if (record instanceof LabelSSTRecord label) {
			String text = (this.strings != null) ? this.strings.getString(label.getSSTIndex()).getString() : "";
			return add(label.getRow(), CellText.text(label.getColumn(), text, null));
		}
		if (record instanceof LabelRecord label) {
			return add(label.getRow(), CellText.text(label.getColumn(), label.getValue(), null));
		}
		if (record instanceof NumberRecord number) {
			return add(number.getRow(), number(number.getColumn(), number.getValue(), number.getXFIndex(), null));
		}
		if (record instanceof RKRecord rk) {
			return add(rk.getRow(), number(rk.getColumn(), rk.getRKNumber(), rk.getXFIndex(), null));
		}
		if (record instanceof MulRKRecord mul) {
			SheetRow done = null;
			for (int i = 0; i < mul.getNumColumns(); i++) {
				SheetRow flushed = add(mul.getRow(),
						number(mul.getFirstColumn() + i, mul.getRKNumberAt(i), mul.getXFAt(i), null));
				done = (done != null) ? done : flushed;
			}
			return done;
		}
		if (record instanceof BoolErrRecord boolErr) {
			String text = boolErr.isBoolean() ? String.valueOf(boolErr.getBooleanValue()).toUpperCase()
					: FormulaError.forInt(boolErr.getErrorValue()).getString();
			return add(boolErr.getRow(), new Cell(boolErr.getColumn(), text,
					boolErr.isBoolean() ? Cell.Kind.BOOLEAN : Cell.Kind.ERROR, null));
		}
		if (record instanceof FormulaRecord formula) {
			return formula(formula);
		}
		return null;
	}

	private SheetRow formula(FormulaRecord formula) {
		CellType type = formula.getCachedResultTypeEnum();
		if (type == CellType.STRING) {
			this.pendingFormulaString = true;
			this.formulaRow = formula.getRow();
			this.formulaColumn = formula.getColumn();
			return (this.pendingRow != formula.getRow() && !this.pending.isEmpty()) ? flushAndStart(formula.getRow())
					: null;
		}
		if (type == CellType.BOOLEAN) {
			return add(formula.getRow(), new Cell(formula.getColumn(),
					String.valueOf(formula.getCachedBooleanValue()).toUpperCase(), Cell.Kind.BOOLEAN, ""));
		}
		if (type == CellType.ERROR) {
			return add(formula.getRow(), new Cell(formula.getColumn(),
					FormulaError.forInt(formula.getCachedErrorValue()).getString(), Cell.Kind.ERROR, ""));
		}
		return add(formula.getRow(), number(formula.getColumn(), formula.getValue(), formula.getXFIndex(), ""));
	}

	private Cell number(int column, double value, int xf, String formula) {
		String text = BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
		return new Cell(column, text, isDate(xf) ? Cell.Kind.DATE : Cell.Kind.NUMBER, formula);
	}

	private boolean isDate(int xf) {
		if (xf < 0 || xf >= this.xfFormats.size()) {
			return false;
		}
		int formatIndex = this.xfFormats.get(xf);
		String format = this.formats.getOrDefault(formatIndex, BuiltinFormats.getBuiltinFormat(formatIndex));
		return format != null && DateUtil.isADateFormat(formatIndex, format);
	}

	private SheetRow add(int row, Cell cell) {
		SheetRow done = null;
		if (row != this.pendingRow && !this.pending.isEmpty()) {
			done = flushAndStart(row);
		}
		if (row != this.pendingRow || this.pending.isEmpty()) {
			this.check.start(this.sheetName, row);
		}
		this.pendingRow = row;
		if (!cell.text().isEmpty() || cell.formula() != null) {
			this.check.cell(cell.column(), cell.text());
			this.pending.add(cell);
		}
		return done;
	}

	private SheetRow flushAndStart(int row) {
		SheetRow done = flush();
		this.pendingRow = row;
		return done;
	}

	private SheetRow flush() {
		if (this.pending.isEmpty()) {
			return null;
		}
		List<Cell> cells = new ArrayList<>(this.pending);
		cells.sort(java.util.Comparator.comparingInt(Cell::column));
		SheetRow row = new SheetRow(this.pendingRow, cells);
		this.pending.clear();
		return row;
	}

	@Override
	public List<String> hiddenSheets() {
		return List.copyOf(this.hiddenSeen);
	}

	@Override
	public void close() throws IOException {
		this.stream.close();
		this.fs.close();
	}

}
