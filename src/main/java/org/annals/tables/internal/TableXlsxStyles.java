package org.annals.tables.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.common.usermodel.fonts.FontCharset;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one yearbook table workbook, each made once and shared by its cells:
 * a workbook holds only so many styles, and Excel slows with each one. 宋体 for the body,
 * 黑体 for the title; table cells carry thin borders all round.
 */
public final class TableXlsxStyles {

	private static final String SONG = "宋体";

	private static final String HEI = "黑体";

	private static final double BODY_POINTS = 10.5;

	private final XSSFWorkbook workbook;

	private final Map<String, XSSFFont> fonts = new HashMap<>();

	private final Map<String, CellStyle> styles = new HashMap<>();

	public TableXlsxStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	public CellStyle title() {
		return cached("title", () -> style(font(HEI, 16, true, false), HorizontalAlignment.CENTER, false, false));
	}

	public CellStyle unit() {
		return cached("unit", () -> style(font(SONG, 10, false, false), HorizontalAlignment.RIGHT, false, false));
	}

	public CellStyle header() {
		return cached("header",
				() -> style(font(SONG, BODY_POINTS, true, false), HorizontalAlignment.CENTER, true, true));
	}

	public CellStyle label() {
		return cached("label", () -> {
			CellStyle style = style(body(false), HorizontalAlignment.LEFT, true, false);
			style.setDataFormat(this.workbook.createDataFormat().getFormat("@"));
			return style;
		});
	}

	public CellStyle note() {
		return cached("note", () -> style(font(SONG, 9, false, false), HorizontalAlignment.LEFT, false, true));
	}

	public CellStyle missing(boolean provisional) {
		return cached("missing/" + provisional,
				() -> style(body(provisional), HorizontalAlignment.CENTER, true, false));
	}

	public CellStyle number(int decimals, boolean provisional) {
		String format = (decimals > 0) ? "0." + "0".repeat(decimals) : "0";
		return cached(format + "/" + provisional, () -> {
			CellStyle style = style(body(provisional), HorizontalAlignment.RIGHT, true, false);
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
			return style;
		});
	}

	private CellStyle cached(String key, Supplier<CellStyle> create) {
		return this.styles.computeIfAbsent(key, (k) -> create.get());
	}

	private XSSFFont body(boolean italic) {
		return font(SONG, BODY_POINTS, false, italic);
	}

	private XSSFFont font(String name, double points, boolean bold, boolean italic) {
		String key = name + "/" + points + "/" + bold + "/" + italic;
		return this.fonts.computeIfAbsent(key, (k) -> createFont(name, points, bold, italic));
	}

	private XSSFFont createFont(String name, double points, boolean bold, boolean italic) {
		XSSFFont font = this.workbook.createFont();
		font.setFontName(name);
		font.setFontHeight(points);
		font.setBold(bold);
		font.setItalic(italic);
		// GB2312 tells Excel the face is Chinese, so it does not substitute a Latin one.
		font.setCharSet(FontCharset.GB2312);
		return font;
	}

	private CellStyle style(XSSFFont font, HorizontalAlignment alignment, boolean bordered, boolean wrapped) {
		CellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(wrapped);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		return style;
	}

}
