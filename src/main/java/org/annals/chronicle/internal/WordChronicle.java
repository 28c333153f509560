package org.annals.chronicle.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

import org.annals.chronicle.ChronicleEntry;
import org.annals.support.Messages;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A chronicle, or a department volume, as a Word document built with POI on A4 with
 * Chinese fonts (宋体 for text, 黑体 for headings), never from a text template. A volume's
 * table of contents links to a bookmark at each department's heading, and each heading
 * carries an outline level, so Word's navigation pane and a TOC field Word inserts both
 * find it.
 */
public final class WordChronicle {

	private static final String TEXT_FONT = "宋体";

	private static final String HEADING_FONT = "黑体";

	private WordChronicle() {
	}

	/**
	 * Writes a chronicle.
	 * @param title its title
	 * @param entries the entries in chronicle order
	 * @param text an entry's printed text
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	public static void write(String title, List<ChronicleEntry> entries, Function<ChronicleEntry, String> text,
			OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			a4(doc);
			title(doc, title);
			months(doc, entries, text, 14);
			doc.write(out);
		}
	}

	/**
	 * Writes a department volume.
	 * @param title its title
	 * @param sections the departments' sections, in order
	 * @param text an entry's printed text
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	public static void volume(String title, List<ChronicleSection> sections, Function<ChronicleEntry, String> text,
			OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			a4(doc);
			title(doc, title);
			XWPFParagraph contents = doc.createParagraph();
			contents.setSpacingBefore(240);
			run(contents, Messages.get(Messages.CHINESE, "chronicle.contents"), HEADING_FONT, 14, true);
			for (int i = 0; i < sections.size(); i++) {
				XWPFParagraph line = doc.createParagraph();
				CTHyperlink link = line.getCTP().addNewHyperlink();
				link.setAnchor(MarkdownChronicle.anchor(i));
				CTR r = link.addNewR();
				XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, r, line);
				style(run, TEXT_FONT, 12, false);
				run.setText(sections.get(i).name());
			}
			for (int i = 0; i < sections.size(); i++) {
				XWPFParagraph heading = doc.createParagraph();
				heading.setPageBreak(true);
				heading.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
				CTBookmark start = heading.getCTP().addNewBookmarkStart();
				start.setName(MarkdownChronicle.anchor(i));
				start.setId(BigInteger.valueOf(i + 1));
				run(heading, sections.get(i).name(), HEADING_FONT, 15, true);
				heading.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(i + 1));
				months(doc, sections.get(i).entries(), text, 13);
			}
			doc.write(out);
		}
	}

	private static void title(XWPFDocument doc, String title) {
		XWPFParagraph head = doc.createParagraph();
		head.setAlignment(ParagraphAlignment.CENTER);
		run(head, title, HEADING_FONT, 16, true);
	}

	private static void months(XWPFDocument doc, List<ChronicleEntry> entries, Function<ChronicleEntry, String> text,
			int headingSize) {
		String heading = null;
		for (ChronicleEntry e : entries) {
			String section = ChronicleSections.month(e);
			if (!section.equals(heading)) {
				XWPFParagraph p = doc.createParagraph();
				p.setSpacingBefore(240);
				run(p, section, HEADING_FONT, headingSize, true);
				heading = section;
			}
			XWPFParagraph p = doc.createParagraph();
			p.setIndentationFirstLine(0);
			run(p, e.label(), TEXT_FONT, 12, true);
			run(p, "\u3000" + text.apply(e), TEXT_FONT, 12, false);
		}
	}

	private static void a4(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1440));
		margins.setBottom(BigInteger.valueOf(1440));
		margins.setLeft(BigInteger.valueOf(1800));
		margins.setRight(BigInteger.valueOf(1800));
	}

	private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		style(run, font, size, bold);
		run.setText(text);
	}

	private static void style(XWPFRun run, String font, int size, boolean bold) {
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
	}

}
