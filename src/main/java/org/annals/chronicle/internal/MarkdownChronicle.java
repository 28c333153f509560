package org.annals.chronicle.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.annals.chronicle.ChronicleEntry;
import org.annals.support.Messages;

/**
 * A chronicle, or a department volume, in Markdown: month headings, each entry led by its
 * printed date in bold; a volume has a linked table of contents and a section per
 * department.
 */
public final class MarkdownChronicle {

	private MarkdownChronicle() {
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
		StringBuilder md = new StringBuilder("# ").append(escape(title)).append("\n\n");
		months(md, "## ", entries, text);
		out.write(md.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
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
		StringBuilder md = new StringBuilder("# ").append(escape(title)).append("\n\n");
		md.append("## ").append(Messages.get(Messages.CHINESE, "chronicle.contents")).append("\n\n");
		for (int i = 0; i < sections.size(); i++) {
			md.append("- [").append(escape(sections.get(i).name())).append("](#").append(anchor(i)).append(")\n");
		}
		md.append('\n');
		for (int i = 0; i < sections.size(); i++) {
			ChronicleSection section = sections.get(i);
			md.append("<a id=\"").append(anchor(i)).append("\"></a>\n\n");
			md.append("## ").append(escape(section.name())).append("\n\n");
			months(md, "### ", section.entries(), text);
		}
		out.write(md.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/**
	 * The anchor of a volume's section, the same in Markdown and Word.
	 * @param index the section's index
	 * @return the anchor
	 */
	public static String anchor(int index) {
		return "section-" + (index + 1);
	}

	private static void months(StringBuilder md, String level, List<ChronicleEntry> entries,
			Function<ChronicleEntry, String> text) {
		String heading = null;
		for (ChronicleEntry e : entries) {
			String section = ChronicleSections.month(e);
			if (!section.equals(heading)) {
				md.append(level).append(section).append("\n\n");
				heading = section;
			}
			md.append("**").append(escape(e.label())).append("**\u3000").append(escape(text.apply(e))).append("\n\n");
		}
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
