package org.annals.chronicle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.chronicle.internal.ChroniclePlaces;
import org.annals.chronicle.internal.ChronicleSection;
import org.annals.chronicle.internal.MarkdownChronicle;
import org.annals.chronicle.internal.WordChronicle;
import org.annals.chronicle.internal.YearbookText;
import org.annals.reference.ReferenceData;
import org.annals.support.CsvText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes a chronicle as the CSV of DESIGN.md, as Markdown, and as a Word document in
 * yearbook 大事记 form: month headings (一月 … 十二月, and 全年 for whole-year entries), each entry
 * led by its printed date, then its title as a sentence with its full stop, then its
 * content; in the provincial chronicle a city's or county's event names its place
 * ({@link ChroniclePlaces}). Only the CSV, which a spreadsheet opens, neutralises text
 * that would execute; what is stored stays verbatim.
 */
@Component
public class ChronicleExporter {

	/** The header row, fixed by the public contract. */
	public static final String[] HEADER = { "start", "end", "precision", "label", "departments", "title", "content",
			"sources" };

	private final ChroniclePlaces places;

	/**
	 * An exporter that names no places (a test's, or a department's own chronicle).
	 */
	public ChronicleExporter() {
		this(null);
	}

	/**
	 * An exporter that names a city's or county's place by the office's configuration.
	 * @param reference what {@code jobs/} declares
	 */
	@Autowired
	public ChronicleExporter(ReferenceData reference) {
		this.places = new ChroniclePlaces(reference);
	}

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
	 * Writes the provincial chronicle: a city's or county's event names its place.
	 * @param title the document title, e.g. {@code 2022年大事记}
	 * @param entries the entries in chronicle order
	 * @param format the format
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	public void write(String title, List<ChronicleEntry> entries, Format format, OutputStream out) throws IOException {
		write(title, entries, format, out, (e) -> YearbookText.of(e, this.places.of(e).orElse(null)));
	}

	/**
	 * Writes one department's own chronicle: its places go without saying.
	 * @param title the document title, e.g. {@code 雅安市地方志办公室2022年大事记}
	 * @param entries the entries in chronicle order
	 * @param format the format
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	public void writeOwn(String title, List<ChronicleEntry> entries, Format format, OutputStream out)
			throws IOException {
		write(title, entries, format, out, (e) -> YearbookText.of(e, null));
	}

	/**
	 * Writes a department volume (Markdown or Word): a table of contents, then a section
	 * per department.
	 * @param title the document title, e.g. {@code 2022年部门大事记}
	 * @param sections the departments' sections, in order
	 * @param format {@link Format#MD} or {@link Format#DOCX}
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	void writeVolume(String title, List<ChronicleSection> sections, Format format, OutputStream out)
			throws IOException {
		switch (format) {
			case MD -> MarkdownChronicle.volume(title, sections, (e) -> YearbookText.of(e, null), out);
			case DOCX -> WordChronicle.volume(title, sections, (e) -> YearbookText.of(e, null), out);
			case CSV -> throw new IllegalArgumentException("a department volume is md or docx");
		}
	}

	private void write(String title, List<ChronicleEntry> entries, Format format, OutputStream out,
			Function<ChronicleEntry, String> text) throws IOException {
		switch (format) {
			case CSV -> csv(entries, out);
			case MD -> MarkdownChronicle.write(title, entries, text, out);
			case DOCX -> WordChronicle.write(title, entries, text, out);
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

}
