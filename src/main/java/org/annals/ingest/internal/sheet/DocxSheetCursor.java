package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads a Word document (an event log written as paragraphs) as one sheet named
 * {@code docx}: one row per non-empty paragraph, its text in the first cell. Event logs
 * are a few pages, so POI's document model is used, which holds about ten times a part's
 * XML in memory: every XML part of the document is measured first and the document
 * refused when one is larger than {@link ReadLimits#documentBytes()}; its package reader
 * applies the same zip-bomb limits as for workbooks.
 */
final class DocxSheetCursor implements SheetCursor {

	/** The sheet name reports use for a Word document. */
	static final String SHEET = "docx";

	private final XWPFDocument document;

	private final RowCheck check;

	private Iterator<XWPFParagraph> paragraphs;

	private int index = -1;

	private boolean started;

	DocxSheetCursor(Path file) throws IOException {
		this(file, ReadLimits.DEFAULTS);
	}

	DocxSheetCursor(Path file, ReadLimits limits) throws IOException {
		this.check = new RowCheck(limits);
		PackageParts.measureBeforeOpening(file, new FileBudget(limits), true);
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw Rejections.of(ex);
		}
		try {
			this.document = new XWPFDocument(pkg);
		}
		catch (IOException ex) {
			pkg.revert();
			if (Rejections.isContent(ex)) {
				throw Rejections.of(ex);
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			pkg.revert();
			throw Rejections.of(ex);
		}
	}

	@Override
	public boolean nextSheet() {
		if (this.started) {
			return false;
		}
		this.started = true;
		this.paragraphs = this.document.getParagraphs().iterator();
		return true;
	}

	@Override
	public String sheetName() {
		return SHEET;
	}

	@Override
	public SheetRow nextRow() {
		try {
			while (this.paragraphs != null && this.paragraphs.hasNext()) {
				String text = this.paragraphs.next().getText();
				this.index++;
				if (text != null && !text.isBlank()) {
					this.check.start(SHEET, this.index);
					this.check.cell(0, text);
					return new SheetRow(this.index, List.of(CellText.text(0, text, null)));
				}
			}
			return null;
		}
		catch (RejectedFileException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw Rejections.of(ex);
		}
	}

	@Override
	public List<String> hiddenSheets() {
		return List.of();
	}

	@Override
	public void close() throws IOException {
		this.document.getPackage().revert();
	}

}
