package org.annals.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.internal.store.SubmissionRepository;
import org.annals.support.AnnalsProperties;
import org.annals.support.DurableFiles;
import org.annals.support.Messages;
import org.annals.support.OneLine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes what an ingest run did: a report per file (text and JSON) under
 * {@code $ANNALS_HOME/reports/}, named by submission id, the file's name made safe and
 * its hash ({@link #reportName}), never by a department's name as it came, and the
 * summary the command prints. Each report replaces the last one whole and is on disk,
 * with its folder, when {@link #writeReports} returns. Text from outside (a file or
 * folder name, a cell quoted in a message) is put on one line, so that it cannot forge a
 * line of a report.
 */
@Component
public class IngestReporter {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final JdbcClient jdbc;

	private final SubmissionRepository submissions;

	private final Path reports;

	private final boolean english;

	private final DurableFiles durable;

	private final FactChanges changes;

	IngestReporter(JdbcClient jdbc, SubmissionRepository submissions, AnnalsProperties properties, DurableFiles durable,
			FactChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.durable = durable;
		this.submissions = submissions;
		this.reports = properties.home().resolve("reports");
		this.english = properties.english();
	}

	/**
	 * Collects what the executions of one run did.
	 * @param executions the job execution ids of the run (a restart adds one)
	 * @param settling files left in the inbox because they were still being written
	 * @return the summary
	 */
	public IngestSummary summarise(List<Long> executions, int settling) {
		return summarise(executions, settling, List.of());
	}

	/**
	 * Collects what the executions of one run did.
	 * @param executions the job execution ids of the run (a restart adds one)
	 * @param settling files left in the inbox because they were still being written
	 * @param notTaken files left in the inbox and not taken, each with why
	 * @return the summary
	 */
	public IngestSummary summarise(List<Long> executions, int settling, List<String> notTaken) {
		return summarise(executions, notTaken, List.of(), List.of()).withSettling(settling);
	}

	/**
	 * Collects what the executions of one run did, naming the files left in the inbox.
	 * @param executions the job execution ids of the run (a restart adds one)
	 * @param notTaken files left in the inbox and not taken, each with why
	 * @param writing files still being written, each with what shows it
	 * @param notRead files the inbox holds but never reads, each with why
	 * @return the summary
	 */
	public IngestSummary summarise(List<Long> executions, List<String> notTaken, List<String> writing,
			List<String> notRead) {
		String in = inList(executions);
		List<IngestSummary.FileReport> files = new ArrayList<>();
		for (Long id : this.jdbc.sql("select id from ingest_submission where decided_by in (" + in + ") order by id")
			.query(Long.class)
			.list()) {
			files.add(new IngestSummary.FileReport(this.submissions.get(id), this.submissions.issues(id)));
		}
		List<IngestSummary.Duplicate> duplicates = this.jdbc
			.sql("select r.department, r.original_name, s.original_name, s.id, s.status from ingest_receipt r "
					+ "join ingest_submission s on s.id = r.submission_id where r.duplicate = true "
					+ "and r.job_execution_id in (" + in + ") order by r.id")
			.query((rs, n) -> new IngestSummary.Duplicate(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getString(5)))
			.list();
		int conflicts = this.jdbc
			.sql("select coalesce(sum(conflict_count), 0) from ingest_submission where decided_by in (" + in + ")")
			.query(Integer.class)
			.single();
		return new IngestSummary(files, duplicates, writing.size(), conflicts, this.submissions.leftUnread(), notTaken,
				writing, notRead);
	}

	private static String inList(List<Long> ids) {
		return ids.isEmpty() ? "-1" : String.join(",", ids.stream().map(String::valueOf).toList());
	}

	/**
	 * Writes one report per file.
	 * @param summary the run
	 * @return the folder the reports are in
	 */
	public Path writeReports(IngestSummary summary) {
		try {
			this.durable.createDirectories(this.reports);
			for (IngestSummary.FileReport file : summary.files()) {
				Submission s = file.submission();
				String base = reportName(s);
				this.durable.replace(this.reports.resolve(base + ".txt"),
						(out) -> out.write(text(file).getBytes(StandardCharsets.UTF_8)));
				this.durable.replace(this.reports.resolve(base + ".json"), (out) -> JSON.writeValue(out, json(file)));
			}
			return this.reports;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name of a file's reports (without {@code .txt} or {@code .json}):
	 * {@code <id>-<name>-<sha256 prefix>}, where the name is the one the file was sent
	 * under, without its extension, reduced to letters, digits and {@code -_()（）} (any
	 * other character becomes {@code _}) and to at most 60 characters, so that an
	 * operator finds a file's report by its name and the name can never make a path.
	 * @param submission the file
	 * @return the name
	 */
	public static String reportName(Submission submission) {
		String name = submission.originalName();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		name = (dot > 0) ? name.substring(0, dot) : name;
		StringBuilder safe = new StringBuilder();
		name.codePoints().limit(60).forEach((c) -> {
			boolean kept = Character.isLetterOrDigit(c) || "-_()（）".indexOf(c) >= 0;
			safe.appendCodePoint(kept ? c : '_');
		});
		String hash = submission.sha256().substring(0, 12);
		return submission.id() + "-" + ((safe.length() > 0) ? safe + "-" : "") + hash;
	}

	/**
	 * The JSON report of one file, as a map.
	 * @param file the file
	 * @return the report
	 */
	public Map<String, Object> json(IngestSummary.FileReport file) {
		Submission s = file.submission();
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("file", s.originalName());
		map.put("department", s.department());
		map.put("sha256", s.sha256());
		map.put("size", s.sizeBytes());
		map.put("format", s.format());
		map.put("layout", s.layout());
		map.put("status", s.status());
		map.put("kind", s.kind());
		map.put("events".equals(s.kind()) ? "events" : "facts", s.factCount());
		map.put("errors", s.errorCount());
		map.put("warnings", s.warningCount());
		map.put("issues", file.issues());
		map.put("changes", this.changes.madeBy(List.of(s.id())).stream().map(IngestReporter::json).toList());
		return map;
	}

	private static Map<String, Object> json(FactChanges.Change change) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kind", change.kind());
		map.put("region", change.regionCode());
		map.put("regionName", change.region());
		map.put("indicator", change.indicatorCode());
		map.put("indicatorName", change.indicator());
		map.put("year", change.year());
		map.put("old", json(change.earlier()));
		map.put("new", json(change.later()));
		map.put("published", change.laterPublished() ? "new" : "old");
		return map;
	}

	private static Map<String, Object> json(FactChanges.Source source) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("value", (source.amount() != null) ? source.amount().stripTrailingZeros().toPlainString() : null);
		map.put("department", source.department());
		map.put("file", source.file());
		map.put("sheet", source.sheet());
		map.put("cell", source.cell());
		return map;
	}

	/**
	 * The text report of one file, as a department reads it.
	 * @param file the file
	 * @return the report
	 */
	public String text(IngestSummary.FileReport file) {
		Submission s = file.submission();
		StringBuilder out = new StringBuilder();
		out.append(text("ingest.report.file", OneLine.of(s.department()), OneLine.of(s.originalName()))).append('\n');
		out.append("SHA-256: ").append(s.sha256()).append('\n');
		out.append(text("ingest.report.result", status(s.status()), what(s), s.factCount(), s.errorCount(),
				s.warningCount()))
			.append('\n');
		for (Issue issue : file.issues()) {
			out.append("  [").append(severity(issue.severity())).append("] ");
			if (!issue.place().isEmpty()) {
				out.append(OneLine.of(issue.place())).append("  ");
			}
			out.append(OneLine.of(this.english ? issue.english() : issue.chinese())).append('\n');
		}
		for (FactChanges.Change change : this.changes.madeBy(List.of(s.id()))) {
			out.append("  ").append(OneLine.of(change.line(this.english))).append('\n');
		}
		return out.toString();
	}

	/**
	 * Prints the run's summary for the operator.
	 * @param summary the run
	 * @param out where to print
	 */
	public void print(IngestSummary summary, PrintWriter out) {
		out.println(text("ingest.report.finished", summary.loaded(), summary.duplicates().size(), summary.rejected(),
				summary.facts(), summary.events(), summary.warnings()));
		for (IngestSummary.FileReport file : summary.files()) {
			Submission s = file.submission();
			out.println(text("ingest.report.fileLine", status(s.status()), OneLine.of(s.department()),
					OneLine.of(s.originalName()), what(s), s.factCount(), s.warningCount()));
			for (Issue issue : file.issues()) {
				if (issue.severity() == Severity.ERROR) {
					out.println("      " + (issue.place().isEmpty() ? "" : OneLine.of(issue.place()) + "  ")
							+ OneLine.of(this.english ? issue.english() : issue.chinese()));
				}
			}
		}
		List<Long> decided = summary.files().stream().map((file) -> file.submission().id()).toList();
		for (FactChanges.Change change : this.changes.madeBy(decided)) {
			out.println("  " + OneLine.of(change.line(this.english)));
		}
		for (IngestSummary.Duplicate duplicate : summary.duplicates()) {
			out.println(text("ingest.report.duplicate", OneLine.of(duplicate.department()),
					OneLine.of(duplicate.name()), OneLine.of(duplicate.original()), whatNext(duplicate)));
		}
		for (Submission left : summary.left()) {
			out.println(text("ingest.report.left", OneLine.of(left.department()), OneLine.of(left.originalName()),
					OneLine.of(left.readError())));
		}
		for (String notTaken : summary.notTaken()) {
			out.println(text("ingest.report.notTaken", OneLine.of(notTaken)));
		}
		if (summary.settling() > 0) {
			out.println(text("ingest.report.settling", summary.settling()));
		}
		for (String writing : summary.writing()) {
			out.println(text("ingest.report.writing", OneLine.of(writing)));
		}
		for (String notRead : summary.notRead()) {
			out.println(text("ingest.report.notRead", OneLine.of(notRead)));
		}
		if (summary.conflicts() > 0) {
			out.println(text("ingest.report.conflicts", summary.conflicts()));
		}
		out.println(text("ingest.report.reports", this.reports.toAbsolutePath().normalize()));
		out.flush();
	}

	private String whatNext(IngestSummary.Duplicate duplicate) {
		return pick(ResendAdvice.chinese(duplicate.status(), duplicate.submissionId()),
				ResendAdvice.english(duplicate.status(), duplicate.submissionId()));
	}

	private String what(Submission s) {
		return text("events".equals(s.kind()) ? "ingest.report.events" : "ingest.report.facts");
	}

	private String status(String status) {
		return switch (status) {
			case Submission.LOADED -> text("ingest.report.status.loaded");
			case Submission.REJECTED -> text("ingest.report.status.rejected");
			case Submission.FAILED -> text("ingest.report.status.failed");
			default -> text("ingest.report.status.pending");
		};
	}

	private String severity(Severity severity) {
		return switch (severity) {
			case ERROR -> text("ingest.report.severity.error");
			case WARNING -> text("ingest.report.severity.warning");
			case INFO -> text("ingest.report.severity.info");
		};
	}

	private String pick(String chinese, String english) {
		return this.english ? english : chinese;
	}

	private String text(String key, Object... args) {
		return Messages.get(this.english, key, args);
	}

}
