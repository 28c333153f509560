package org.annals.archive;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.ChronicleExporter;
import org.annals.chronicle.ChronicleRepository;
import org.annals.ingest.FactsExporter;
import org.annals.ingest.Submission;
import org.annals.ingest.SubmissionRepository;
import org.annals.ingest.intake.OriginalStore;
import org.annals.ingest.report.IngestReporter;
import org.annals.ingest.report.IngestSummary;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.support.CsvText;
import org.annals.support.Messages;
import org.annals.tables.CompiledTable;
import org.annals.tables.TableBuilds;
import org.annals.tables.TableCsvWriter;
import org.annals.tables.TableDocument;
import org.annals.tables.TableFacts;
import org.annals.tables.TableXlsxWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a snapshot of a year holds under {@code data/}: the compiled tables (xlsx, csv,
 * json), the chronicle (csv, md, docx), the canonical facts CSV, every original
 * submission that contributed (by content hash, its names in {@code originals.csv}),
 * their validation reports, and {@code lineage.csv} mapping each published figure to its
 * sources.
 */
@Component
class SnapshotPayload {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ReferenceData reference;

	private final TableBuilds builds;

	private final ChronicleRepository chronicle;

	private final ChronicleExporter chronicleExporter;

	private final FactsExporter facts;

	private final SubmissionRepository submissions;

	private final OriginalStore store;

	private final IngestReporter reporter;

	private final JdbcClient jdbc;

	SnapshotPayload(ReferenceData reference, TableBuilds builds, ChronicleRepository chronicle,
			ChronicleExporter chronicleExporter, FactsExporter facts, SubmissionRepository submissions,
			OriginalStore store, IngestReporter reporter, JdbcClient jdbc) {
		this.reference = reference;
		this.builds = builds;
		this.chronicle = chronicle;
		this.chronicleExporter = chronicleExporter;
		this.facts = facts;
		this.submissions = submissions;
		this.store = store;
		this.reporter = reporter;
		this.jdbc = jdbc;
	}

	List<BagWriter.Entry> of(int year) {
		List<BagWriter.Entry> entries = new ArrayList<>();
		List<TableDocument> documents = new ArrayList<>();
		for (TableDefinition definition : this.reference.tables()) {
			this.builds.latest(definition.id(), year).ifPresent((build) -> {
				documents.add(build.document());
				CompiledTable table = build.document().toCompiled();
				String base = "tables/" + table.title();
				entries.add(new BagWriter.Entry(base + ".xlsx", (out) -> new TableXlsxWriter().write(table, out)));
				entries.add(new BagWriter.Entry(base + ".csv", (out) -> new TableCsvWriter().write(table, out)));
				entries.add(new BagWriter.Entry(base + ".json",
						(out) -> out.write(TableBuilds.json(build).getBytes(StandardCharsets.UTF_8))));
			});
		}
		List<ChronicleEntry> chronicleEntries = this.chronicle.entries(year, null);
		for (ChronicleExporter.Format format : ChronicleExporter.Format.values()) {
			String name = "chronicle/" + Messages.get(Messages.CHINESE, "chronicle.title", year) + "."
					+ format.name().toLowerCase(java.util.Locale.ROOT);
			entries.add(new BagWriter.Entry(name, (out) -> this.chronicleExporter
				.write(Messages.get(Messages.CHINESE, "chronicle.title", year), chronicleEntries, format, out)));
		}
		entries.add(new BagWriter.Entry("facts/facts-" + year + ".csv",
				(out) -> this.facts.export(year, new OutputStreamWriter(out, StandardCharsets.UTF_8))));
		entries.add(new BagWriter.Entry("lineage.csv", (out) -> lineage(documents, out)));
		List<Submission> contributed = contributed(year);
		entries.add(new BagWriter.Entry("originals/originals.csv", (out) -> originals(contributed, out)));
		for (Submission submission : contributed) {
			entries.add(new BagWriter.Entry("originals/" + submission.sha256(),
					(out) -> Files.copy(this.store.pathOf(submission.sha256()), out)));
			IngestSummary.FileReport report = new IngestSummary.FileReport(submission,
					this.submissions.issues(submission.id()));
			String base = "reports/" + submission.id() + "-" + submission.sha256().substring(0, 12);
			entries.add(new BagWriter.Entry(base + ".txt",
					(out) -> out.write(this.reporter.text(report).getBytes(StandardCharsets.UTF_8))));
			entries.add(new BagWriter.Entry(base + ".json",
					(out) -> out.write(JSON.writeValueAsBytes(this.reporter.json(report)))));
		}
		return entries;
	}

	/**
	 * The loaded submissions with a fact (as their coverage says) or an event of the
	 * year.
	 */
	private List<Submission> contributed(int year) {
		List<Long> ids = this.jdbc.sql(
				"select s.id from ingest_submission s where s.status = 'loaded' and (exists (select 1 from ingest_coverage c "
						+ "where c.submission_id = s.id and c.fact_year = ?) or exists (select 1 from ingest_event e "
						+ "where e.submission_id = s.id and e.state in ('current', 'superseded') and e.start_date >= ? "
						+ "and e.start_date < ?)) order by s.id")
			.params(year, java.sql.Date.valueOf(year + "-01-01"), java.sql.Date.valueOf((year + 1) + "-01-01"))
			.query(Long.class)
			.list();
		return ids.stream().map(this.submissions::get).toList();
	}

	private static void originals(List<Submission> contributed, java.io.OutputStream out) throws java.io.IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		csv.writeRecord("sha256", "original_name", "department", "size", "kind", "received_at", "status",
				"facts_or_events");
		for (Submission s : contributed) {
			csv.writeRecord(CsvText.neutralise(s.sha256()), CsvText.neutralise(s.originalName()),
					CsvText.neutralise(s.department()), String.valueOf(s.sizeBytes()), CsvText.neutralise(s.kind()),
					CsvText.neutralise(String.valueOf(s.receivedAt())), CsvText.neutralise(s.status()),
					String.valueOf(s.factCount()));
		}
		csv.flush();
		writer.flush();
	}

	private static void lineage(List<TableDocument> documents, java.io.OutputStream out) throws java.io.IOException {
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
					for (TableFacts.Source source : cell.sources()) {
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
