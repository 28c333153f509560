package org.annals.ingest.internal.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Marks problem cells: a clear fill (rose for an error, light yellow for a warning) over
 * the cell's own style, whose font, borders and number format stay, and a comment with
 * each problem of the cell. A cell's own comment is kept, after ours.
 */
final class CellMarks {

	private static final String AUTHOR = "Annals";

	private static final int COMMENT_COLUMNS = 5;

	private static final int COMMENT_ROWS_PER_PROBLEM = 5;

	private final Workbook workbook;

	private final boolean english;

	private final Map<String, CellStyle> filled = new HashMap<>();

	private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

	private int marked;

	CellMarks(Workbook workbook, boolean english) {
		this.workbook = workbook;
		this.english = english;
	}

	/**
	 * Marks a cell with its problems.
	 * @param cell the cell (created empty when the problem is on a blank cell)
	 * @param problems its problems, at least one
	 */
	void mark(Cell cell, List<Problem> problems) {
		boolean error = problems.stream().anyMatch((p) -> p.severity() == Severity.ERROR);
		cell.setCellStyle(fill(cell.getCellStyle(), error));
		StringBuilder text = new StringBuilder();
		for (Problem problem : problems) {
			text.append((text.length() > 0) ? "\n\n" : "").append(problem.comment(this.english));
		}
		Comment own = cell.getCellComment();
		if (own != null && own.getString() != null) {
			text.append("\n\n——\n").append(own.getString().getString());
			cell.removeCellComment();
		}
		CreationHelper helper = this.workbook.getCreationHelper();
		ClientAnchor anchor = helper.createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 1 + COMMENT_COLUMNS);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + 1 + COMMENT_ROWS_PER_PROBLEM * problems.size());
		Drawing<?> drawing = this.drawings.computeIfAbsent(cell.getSheet(), Sheet::createDrawingPatriarch);
		Comment comment = drawing.createCellComment(anchor);
		// the drawing files the comment under its box's first cell; a streamed cell only
		// keeps a reference to it, so it is filed under the cell here
		comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
		comment.setString(helper.createRichTextString(text.toString()));
		comment.setAuthor(AUTHOR);
		cell.setCellComment(comment);
		this.marked++;
	}

	/**
	 * How many cells were marked.
	 * @return the count
	 */
	int marked() {
		return this.marked;
	}

	private CellStyle fill(CellStyle own, boolean error) {
		return this.filled.computeIfAbsent(own.getIndex() + (error ? "e" : "w"), (key) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.cloneStyleFrom(own);
			style.setFillForegroundColor(error ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
	}

}
