package org.annals.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.annals.ingest.ExportTexts;
import org.annals.ingest.FactObservations;
import org.annals.ingest.JsonStatWriter;
import org.annals.ingest.SdmxCsvWriter;
import org.annals.ingest.StatDataset;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.support.AnnalsProperties;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableCsvWriter;
import org.annals.tables.TableObservations;

import org.springframework.stereotype.Component;

/**
 * The exports in open formats for {@code annals export facts|table}: JSON-stat 2.0 and
 * SDMX-CSV 1.0 of a year's facts, and a compiled table as CSV, JSON-stat or SDMX-CSV.
 */
@Component
class OpenExports {

	/** The formats of a table export, as the command line names them. */
	static final String TABLE_FORMATS = "csv, jsonstat, sdmx-csv";

	private final FactObservations facts;

	private final TableBuilds builds;

	private final TablesRun tables;

	private final ReferenceData reference;

	private final ExportTexts texts;

	OpenExports(FactObservations facts, TableBuilds builds, TablesRun tables, ReferenceData reference,
			AnnalsProperties properties) {
		this.facts = facts;
		this.builds = builds;
		this.tables = tables;
		this.reference = reference;
		this.texts = ExportTexts.of(properties.english());
	}

	/**
	 * Exports a year's facts as JSON-stat or SDMX-CSV.
	 * @param year the year
	 * @param format {@code jsonstat} or {@code sdmx-csv}
	 * @param out the file, or null for standard output
	 * @return the exit code
	 * @throws IOException when the file cannot be written
	 */
	int facts(int year, String format, Path out) throws IOException {
		String chosen = format.toLowerCase(Locale.ROOT);
		if (!chosen.equals("jsonstat") && !chosen.equals("sdmx-csv")) {
			System.err.println(this.texts.get("export.format.unknown", TABLE_FORMATS));
			return ExitCodes.USAGE;
		}
		StatDataset dataset = this.facts.of(year, this.texts);
		write(out, (stream) -> open(dataset, chosen, stream));
		if (out != null) {
			System.err.println(this.texts.get("export.facts.done", dataset.observations().size(), out));
		}
		return ExitCodes.OK;
	}

	/**
	 * Exports a year's compiled table, compiling the year's tables first when it has no
	 * build yet.
	 * @param id the table's id, e.g. main-economic-indicators
	 * @param year the year
	 * @param format {@code csv}, {@code jsonstat} or {@code sdmx-csv}
	 * @param out the file, or null for standard output
	 * @return the exit code
	 * @throws Exception when the tables cannot be compiled or the file written
	 */
	int table(String id, int year, String format, Path out) throws Exception {
		String chosen = format.toLowerCase(Locale.ROOT);
		if (!chosen.equals("csv") && !chosen.equals("jsonstat") && !chosen.equals("sdmx-csv")) {
			System.err.println(this.texts.get("export.format.unknown", TABLE_FORMATS));
			return ExitCodes.USAGE;
		}
		if (this.reference.table(id).isEmpty()) {
			System.err.println(this.texts.get("export.table.unknown", id,
					String.join(", ", this.reference.tables().stream().map(TableDefinition::id).toList())));
			return ExitCodes.USAGE;
		}
		Optional<TableBuilds.Build> build = this.builds.latest(id, year);
		if (build.isEmpty()) {
			if (!this.tables.compile(year)) {
				System.err.println(this.texts.get("export.table.failed"));
				return ExitCodes.SYSTEM;
			}
			build = this.builds.latest(id, year);
		}
		TableBuilds.Build found = build.orElseThrow();
		if (chosen.equals("csv")) {
			write(out, (stream) -> new TableCsvWriter().write(found.document().toCompiled(), stream));
		}
		else {
			StatDataset dataset = new TableObservations(this.reference.indicators()).of(found);
			write(out, (stream) -> open(dataset, chosen, stream));
		}
		if (out != null) {
			System.err.println(this.texts.get("export.table.done", found.document().title(), out));
		}
		return ExitCodes.OK;
	}

	private void open(StatDataset dataset, String format, OutputStream out) {
		if (format.equals("jsonstat")) {
			new JsonStatWriter(this.texts).write(dataset, out);
		}
		else {
			new SdmxCsvWriter().write(dataset, out);
		}
	}

	private static void write(Path out, Content content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		content.writeTo(bytes);
		if (out == null) {
			System.out.write(bytes.toByteArray());
			System.out.flush();
			return;
		}
		Path parent = out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(out, bytes.toByteArray());
	}

	@FunctionalInterface
	private interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

}
