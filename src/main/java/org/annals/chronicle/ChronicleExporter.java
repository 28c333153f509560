package org.annals.chronicle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.annals.support.Messages;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.annals.chronicle.internal.ChronicleCompiler;
import org.annals.support.CsvText;

import org.springframework.stereotype.Component;

/**
 * Writes a chronicle as the CSV of DESIGN.md, as Markdown, and as a Word document in
 * yearbook form: month headings (一月 … 十二月, and 全年 for whole-year entries), each entry led
 * by its printed date. The Word document is built with POI on A4 with Chinese fonts,
 * never from a text template. Only the CSV, which a spreadsheet opens, neutralises text
 * that would execute; what is stored stays verbatim.
 */
@Component
public class ChronicleExporter {

	/** The header row, fixed by the public contract. */
	public static final String[] HEADER = { "start", "end", "precision", "label", "departments", "title", "content",
			"sources" };

	/**
	 * The chronicle is a Chinese yearbook's: its headings are Chinese whatever --lang.
	 */
	private static final String WHOLE_YEAR = Messages.get(Messages.CHINESE, "chronicle.wholeYear");

	/**
	 * The formats a chronicle exports to.
	 */
	public enum Format {

		/** RFC 4180 CSV, UTF-8. */
		CSV,
		/** Markdown. */
		MD,
		/** Word (OOXML). */
		DOCX;

		/**
		 * The format of a name such as {@code md}.
		 * @param name the name
		 * @return the format
		 */
		public static Format of(String name) {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}

	}

	/**
	 * Writes a chronicle.
	 * @param title the document title, e.g. {@code 2022年大事记}
	 * @param entries the entries in chronicle order
	 * @param format the format
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	public void write(String title, List<ChronicleEntry> entries, Format format, OutputStream out) throws IOException {
		switch (format) {
			case CSV -> csv(entries, out);
			case MD -> markdown(title, entries, out);
			case DOCX -> docx(title, entries, out);
		}
	}

	private void csv(List<ChronicleEntry> entries, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		csv.writeRecord(HEADER);
		for (ChronicleEntry e : entries) {
			csv.writeRecord(e.start().toString(), e.end().toString(), CsvText.neutralise(e.precision().code()),
					CsvText.neutralise(e.label()), CsvText.neutralise(String.join(";", e.departments())),
					CsvText.neutralise(e.title()), CsvText.neutralise(e.content()),
					CsvText.neutralise(String.join(";", e.sources())));
		}
		csv.flush();
		writer.flush();
	}

	private void markdown(String title, List<ChronicleEntry> entries, OutputStream out) throws IOException {
		StringBuilder md = new StringBuilder("# ").append(escape(title)).append("\n\n");
		String heading = null;
		for (ChronicleEntry e : entries) {
			String section = section(e);
			if (!section.equals(heading)) {
				md.append("## ").append(section).append("\n\n");
				heading = section;
			}
			md.append("**").append(escape(e.label())).append("**\u3000").append(escape(text(e))).append("\n\n");
		}
		out.write(md.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private void docx(String title, List<ChronicleEntry> entries, OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			a4(doc);
			XWPFParagraph head = doc.createParagraph();
			head.setAlignment(ParagraphAlignment.CENTER);
			run(head, title, "黑体", 16, true);
			String heading = null;
			for (ChronicleEntry e : entries) {
				String section = section(e);
				if (!section.equals(heading)) {
					XWPFParagraph p = doc.createParagraph();
					p.setSpacingBefore(240);
					run(p, section, "黑体", 14, true);
					heading = section;
				}
				XWPFParagraph p = doc.createParagraph();
				p.setIndentationFirstLine(0);
				run(p, e.label(), "宋体", 12, true);
				run(p, "\u3000" + text(e), "宋体", 12, false);
			}
			doc.write(out);
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
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
		run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
	}

	/**
	 * The month heading an entry stands under: the month of its sort date; 全年 for a year.
	 */
	static String section(ChronicleEntry entry) {
		if (entry.precision() == DatePrecision.YEAR) {
			return WHOLE_YEAR;
		}
		return Messages.get(Messages.CHINESE, "chronicle.month." + ChronicleCompiler.sortDate(entry).getMonthValue());
	}

	private static String text(ChronicleEntry entry) {
		return entry.content().isBlank() ? entry.title().strip()
				: entry.title().strip() + "\u3000" + entry.content().strip();
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_[]<>#|".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c == '\n' || c == '\r' ? ' ' : c);
		}
		return out.toString();
	}

}
