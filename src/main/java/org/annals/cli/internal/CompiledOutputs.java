package org.annals.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.annals.chronicle.ChronicleExporter;
import org.annals.scheduling.DataYears;
import org.annals.support.AnnalsProperties;
import org.annals.support.Messages;
import org.annals.tables.EnglishEdition;

import org.springframework.stereotype.Component;

/**
 * What {@code annals compile} and {@code annals nightly} write of a compiled year: the
 * tables (XLSX, CSV, JSON) under {@code tables/} and the chronicle (CSV, Markdown, Word),
 * in {@code $ANNALS_HOME/out/Y/} unless told otherwise, each named on the terminal; and
 * the check that a year asked for is one the database holds data of. With
 * {@code --lang en} the English edition of the tables goes beside them, under
 * {@code en/tables/}.
 */
@Component
class CompiledOutputs {

	private final TablesRun tables;

	private final ChronicleRun chronicle;

	private final AnnalsProperties properties;

	private final DataYears years;

	private final CommandWords messages;

	CompiledOutputs(TablesRun tables, ChronicleRun chronicle, AnnalsProperties properties, DataYears years,
			CommandWords messages) {
		this.tables = tables;
		this.chronicle = chronicle;
		this.properties = properties;
		this.years = years;
		this.messages = messages;
	}

	/**
	 * Whether a year is within the data's range; when not, says so with the range on the
	 * error stream.
	 * @param year the year
	 * @return true when it is
	 */
	boolean yearInRange(int year) {
		Optional<DataYears.OutOfRange> refusal = this.years.check(year);
		refusal.ifPresent((outside) -> new PrintWriter(System.err, true, StandardCharsets.UTF_8)
			.println(this.messages.get("cli.year." + outside.reason(), outside.arguments())));
		return refusal.isEmpty();
	}

	/**
	 * Writes a compiled year and names what was written where.
	 * @param year the year
	 * @param out the folder, or null for {@code $ANNALS_HOME/out/Y}
	 * @param console where the lines go
	 * @throws Exception when a file cannot be written
	 */
	void write(int year, Path out, PrintWriter console) throws Exception {
		Path folder = ((out != null) ? out : this.properties.home().resolve("out").resolve(String.valueOf(year)))
			.toAbsolutePath()
			.normalize();
		for (ChronicleExporter.Format format : ChronicleExporter.Format.values()) {
			Path file = folder.resolve("chronicle." + format.name().toLowerCase(Locale.ROOT));
			this.chronicle.write(year, null, format, file);
		}
		console.println(this.messages.get("cli.compile.tables", String.valueOf(year), folder.resolve("tables")));
		this.tables.write(year, folder.resolve("tables")).forEach(console::println);
		if (EnglishEdition.LOCALE.equals(Messages.locale())) {
			// --lang en: the English edition beside the Chinese tables (issue 24)
			Path english = folder.resolve("en").resolve("tables");
			console.println(this.messages.get("english.cli.tables", String.valueOf(year), english));
			this.tables.writeEnglish(year, english).forEach(console::println);
		}
		int count = this.chronicle.entries(year, null).size();
		console.println(this.messages.get("cli.compile.chronicle", String.valueOf(year), count, folder));
	}

}
