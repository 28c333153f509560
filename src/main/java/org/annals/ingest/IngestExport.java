package org.annals.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Date;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.support.CsvText;
import org.annals.support.ExportedFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What ingest puts into a snapshot of a year: the canonical facts CSV, and every original
 * submission that contributed (by content hash, its names in {@code originals.csv}) with
 * its validation reports.
 */
@Component
public class IngestExport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final FactsExporter facts;

	private final Submissions submissions;

	private final OriginalStore store;

	private final IngestReporter reporter;

	private final JdbcClient jdbc;

	IngestExport(FactsExporter facts, Submissions submissions, OriginalStore store, IngestReporter reporter,
			JdbcClient jdbc) {
		this.facts = facts;
		this.submissions = submissions;
		this.store = store;
		this.reporter = reporter;
		this.jdbc = jdbc;
	}

	/**
	 * Adds the canonical facts CSV of a year, under {@code facts/}.
	 * @param year the year
	 * @param files where it goes
	 */
	public void facts(int year, ExportedFiles files) {
		files.add("facts/facts-" + year + ".csv",
				(out) -> this.facts.export(year, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
	}

	/**
	 * Adds the originals that contributed to a year, under {@code originals/}, and their
	 * reports (text and json), under {@code reports/}.
	 * @param year the year
	 * @param files where they go
	 */
	public void originals(int year, ExportedFiles files) {
		List<Submission> contributed = contributed(year);
		files.add("originals/originals.csv", (out) -> originals(contributed, out));
		for (Submission submission : contributed) {
			files.add("originals/" + submission.sha256(),
					(out) -> Files.copy(this.store.pathOf(submission.sha256()), out));
			IngestSummary.FileReport report = new IngestSummary.FileReport(submission,
					this.submissions.issues(submission.id()));
			String base = "reports/" + submission.id() + "-" + submission.sha256().substring(0, 12);
			files.add(base + ".txt", (out) -> out.write(this.reporter.text(report).getBytes(StandardCharsets.UTF_8)));
			files.add(base + ".json", (out) -> out.write(JSON.writeValueAsBytes(this.reporter.json(report))));
		}
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
			.params(year, Date.valueOf(year + "-01-01"), Date.valueOf((year + 1) + "-01-01"))
			.query(Long.class)
			.list();
		return ids.stream().map(this.submissions::get).toList();
	}

	private static void originals(List<Submission> contributed, OutputStream out) throws IOException {
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

}
