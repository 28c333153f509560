package org.annals.cli.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annals.ingest.PublishedCoverage;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobRunner;
import org.annals.support.Messages;
import org.annals.tables.CompiledTable;
import org.annals.tables.EnglishEdition;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableCsvWriter;
import org.annals.tables.TableDocument;
import org.annals.tables.TableXlsxWriter;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compiles the yearbook tables for the command line and writes each table's latest build
 * as XLSX, CSV and JSON.
 */
@Component
class TablesRun {

	private final JobRunner jobs;

	private final TableBuilds builds;

	private final ReferenceData reference;

	private final JdbcClient jdbc;

	private final EnglishEdition english;

	TablesRun(JobRunner jobs, TableBuilds builds, ReferenceData reference, JdbcClient jdbc, EnglishEdition english) {
		this.english = english;
		this.jobs = jobs;
		this.builds = builds;
		this.reference = reference;
		this.jdbc = jdbc;
	}

	/**
	 * The latest year that has current facts.
	 * @return the year, or null when there are none
	 */
	Integer latestYear() {
		return PublishedCoverage.latestYear(this.jdbc);
	}

	boolean compile(int year) throws Exception {
		return this.jobs.run(JobCatalogue.COMPILE_TABLES, Map.of("year", String.valueOf(year)))
			.getStatus() == BatchStatus.COMPLETED;
	}

	/**
	 * Writes every table's latest build of a year.
	 * @param year the year
	 * @param folder the folder, e.g. out/2022/tables
	 * @return one line per table for the operator
	 * @throws Exception when a file cannot be written
	 */
	List<String> write(int year, Path folder) throws Exception {
		Files.createDirectories(folder);
		List<String> lines = new ArrayList<>();
		for (TableDefinition definition : this.reference.tables()) {
			TableBuilds.Build build = this.builds.latest(definition.id(), year).orElse(null);
			if (build == null) {
				continue;
			}
			CompiledTable table = build.document().toCompiled();
			try (OutputStream out = Files.newOutputStream(folder.resolve(definition.id() + ".xlsx"))) {
				new TableXlsxWriter().write(table, out);
			}
			try (OutputStream out = Files.newOutputStream(folder.resolve(definition.id() + ".csv"))) {
				new TableCsvWriter().write(table, out);
			}
			Files.writeString(folder.resolve(definition.id() + ".json"), TableBuilds.json(build),
					StandardCharsets.UTF_8);
			lines.add(Messages.get("cli.tables.written", table.title(), table.rows().size(), build.changedCells()));
			// rounding hides a source's decimals: the editor is told, figure by figure
			table.precisionWarnings().forEach((warning) -> lines.add(Messages.get("cli.tables.warning", warning)));
		}
		return lines;
	}

	/**
	 * Writes the English edition of every table's latest build of a year (issue 24): the
	 * same files and layout, with the descriptors' English texts and the regions' English
	 * names; a table without an English edition is named and skipped.
	 * @param year the year
	 * @param folder the folder, e.g. out/2022/en/tables
	 * @return one line per table for the operator
	 * @throws Exception when a file cannot be written
	 */
	List<String> writeEnglish(int year, Path folder) throws Exception {
		Files.createDirectories(folder);
		List<String> lines = new ArrayList<>();
		for (TableDefinition definition : this.reference.tables()) {
			TableBuilds.Build build = this.builds.latest(definition.id(), year).orElse(null);
			if (build == null) {
				continue;
			}
			TableDocument document = this.english.of(build.document()).orElse(null);
			if (document == null) {
				lines.add(Messages.get("english.cli.none", definition.id()));
				continue;
			}
			CompiledTable table = document.toCompiled();
			try (OutputStream out = Files.newOutputStream(folder.resolve(definition.id() + ".xlsx"))) {
				new TableXlsxWriter(EnglishEdition.LOCALE).write(table, out);
			}
			try (OutputStream out = Files.newOutputStream(folder.resolve(definition.id() + ".csv"))) {
				new TableCsvWriter(EnglishEdition.LOCALE).write(table, out);
			}
			Files.writeString(folder.resolve(definition.id() + ".json"), TableBuilds.json(document),
					StandardCharsets.UTF_8);
			lines.add(Messages.get("cli.tables.written", table.title(), table.rows().size(), build.changedCells()));
		}
		return lines;
	}

}
