package org.annals.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.ingest.PublishedFacts;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.support.CsvText;
import org.annals.support.ExportedFiles;

import org.springframework.stereotype.Component;

/**
 * A year's compiled tables as a snapshot holds them: each table's signed-off (审定) or else
 * latest build as xlsx, csv and json, and {@code lineage.csv} mapping each published
 * figure to its sources.
 */
@Component
public class TablesExport {

	private final ReferenceData reference;

	private final TableBuilds builds;

	TablesExport(ReferenceData reference, TableBuilds builds) {
		this.reference = reference;
		this.builds = builds;
	}

	/**
	 * Adds the tables of a year, under {@code tables/}.
	 * @param year the year
	 * @param files where they go
	 * @return the lineage of the very builds added, for {@code lineage.csv}
	 */
	public Lineage tables(int year, ExportedFiles files) {
		return tables(year, files, java.util.Map.of());
	}

	/**
	 * Adds the tables of a year, under {@code tables/}: of each table the build given
	 * (the one signed off, 审定), else its latest.
	 * @param year the year
	 * @param files where they go
	 * @param chosen the build to take, by table id
	 * @return the lineage of the very builds added, for {@code lineage.csv}
	 */
	public Lineage tables(int year, ExportedFiles files, java.util.Map<String, Long> chosen) {
		List<TableDocument> documents = new ArrayList<>();
		for (TableDefinition definition : this.reference.tables()) {
			java.util.Optional<TableBuilds.Build> taken = Optional.ofNullable(chosen.get(definition.id()))
				.flatMap(this.builds::byId)
				.or(() -> this.builds.latest(definition.id(), year));
			taken.ifPresent((build) -> {
				documents.add(build.document());
				CompiledTable table = build.document().toCompiled();
				String base = "tables/" + table.title();
				files.add(base + ".xlsx", (out) -> new TableXlsxWriter().write(table, out));
				files.add(base + ".csv", (out) -> new TableCsvWriter().write(table, out));
				files.add(base + ".json", (out) -> out.write(TableBuilds.json(build).getBytes(StandardCharsets.UTF_8)));
			});
		}
		return new Lineage(documents);
	}

	/**
	 * The sources of every figure of some table builds.
	 *
	 * @param documents the builds' documents
	 */
	public record Lineage(List<TableDocument> documents) {

		/**
		 * Adds {@code lineage.csv}.
		 * @param files where it goes
		 */
		public void addTo(ExportedFiles files) {
			files.add("lineage.csv", (out) -> lineage(this.documents, out));
		}

	}

	private static void lineage(List<TableDocument> documents, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		csv.writeRecord("table", "region_code", "region", "column", "figure", "fact_id", "state", "department",
				"source_file", "source_sheet", "source_cell", "source_value");
		for (TableDocument document : documents) {
			for (TableDocument.Row row : document.rows()) {
				for (int c = 0; c < row.cells().size(); c++) {
					TableDocument.Cell cell = row.cells().get(c);
					String column = document.columns().get(c).header();
					if (document.columns().get(c).group() != null) {
						column = document.columns().get(c).group() + " " + column;
					}
					for (PublishedFacts.Source source : cell.sources()) {
						csv.writeRecord(CsvText.neutralise(document.title()), CsvText.neutralise(row.regionCode()),
								CsvText.neutralise(row.label()), CsvText.neutralise(column),
								CsvText.figure(cell.display()), String.valueOf(source.factId()),
								CsvText.neutralise(source.state()), CsvText.neutralise(source.department()),
								CsvText.neutralise(source.file()), CsvText.neutralise(source.sheet()),
								CsvText.neutralise(source.cell()), String.valueOf(source.value()));
					}
				}
			}
		}
		csv.flush();
		writer.flush();
	}

}
