package org.annals.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.annals.ingest.internal.intake.InboxScanner;
import org.annals.ingest.internal.intake.IngestProperties;
import org.annals.ingest.internal.store.SubmissionReceipts;
import org.annals.ingest.internal.store.SubmissionRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an inbox holds and what became of what it held, for the operators' console: files
 * waiting (settled, not yet received), files still being written (by the same rules as
 * the ingest, {@link InboxScanner}), and the latest submissions received, loaded or
 * rejected, with the reasons of each rejection.
 */
@Component
public class InboxListing {

	private static final int REASONS = 5;

	private final SubmissionRepository submissions;

	private final SubmissionReceipts receipts;

	private final JdbcClient jdbc;

	private final InboxScanner scanner;

	InboxListing(SubmissionRepository submissions, SubmissionReceipts receipts, JdbcClient jdbc,
			IngestProperties properties) {
		this.receipts = receipts;
		this.submissions = submissions;
		this.jdbc = jdbc;
		this.scanner = new InboxScanner(properties.settle());
	}

	/**
	 * A file in the inbox.
	 *
	 * @param file its path under the inbox, with {@code /}
	 * @param department its department folder
	 * @param size its size in bytes
	 * @param modified when it last changed
	 * @param temporary for a file being written: whether its name says so (else it
	 * changed within the settle time)
	 */
	public record InboxEntry(String file, String department, long size, Instant modified, boolean temporary) {
	}

	/**
	 * A submission and what became of it.
	 *
	 * @param id the submission
	 * @param department its department
	 * @param file the name it was sent under
	 * @param status {@code received} (not yet read), {@code loaded}, {@code rejected} or
	 * {@code failed} (set aside: it could not be read)
	 * @param facts facts or events loaded
	 * @param errors errors found
	 * @param warnings warnings found
	 * @param receivedAt when it arrived
	 * @param finishedAt when it was decided, or null
	 * @param reasons a rejected file's first errors (with sheet and cell)
	 */
	public record Decided(long id, String department, String file, String status, int facts, int errors, int warnings,
			LocalDateTime receivedAt, LocalDateTime finishedAt, List<Issue> reasons) {
	}

	/**
	 * What an inbox holds.
	 *
	 * @param inbox the inbox folder
	 * @param exists whether it exists
	 * @param waiting settled files not yet received
	 * @param writing files still being written
	 * @param outside files outside any department folder (never taken)
	 * @param notRead files and folders never read (hidden, lock files, links), each with
	 * why
	 * @param submissions the latest submissions, newest first
	 */
	public record Listing(String inbox, boolean exists, List<InboxEntry> waiting, List<InboxEntry> writing,
			List<String> outside, List<String> notRead, List<Decided> submissions) {
	}

	/**
	 * Lists an inbox and the latest submissions.
	 * @param inbox the inbox folder
	 * @param latest how many submissions to list
	 * @return the listing
	 * @throws IOException when the inbox cannot be read
	 */
	public Listing list(Path inbox, int latest) throws IOException {
		List<Decided> decided = decided(latest);
		if (!Files.isDirectory(inbox)) {
			return new Listing(inbox.toString(), false, List.of(), List.of(), List.of(), List.of(), decided);
		}
		InboxScanner.Scan scan = this.scanner.scan(inbox, Instant.now());
		List<InboxEntry> waiting = scan.ready()
			.stream()
			.filter((f) -> !this.receipts.alreadyReceived(f.relative(), f.size(), f.modified()))
			.map((f) -> entry(f, false))
			.toList();
		List<InboxEntry> writing = scan.settling()
			.stream()
			.map((f) -> entry(f, InboxScanner.isInProgress(f.path().getFileName().toString())))
			.toList();
		return new Listing(inbox.toString(), true, waiting, writing, scan.outside(), scan.notRead(), decided);
	}

	private static InboxEntry entry(InboxScanner.InboxFile file, boolean temporary) {
		return new InboxEntry(file.relative(), file.department(), file.size(), file.modified(), temporary);
	}

	private List<Decided> decided(int latest) {
		return this.jdbc
			.sql("select id, department, original_name, status, fact_count, error_count, warning_count, received_at, "
					+ "finished_at from ingest_submission order by id desc limit ?")
			.param(Math.max(1, Math.min(latest, 500)))
			.query((rs, n) -> new Decided(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toLocalDateTime(),
					(rs.getTimestamp(9) != null) ? rs.getTimestamp(9).toLocalDateTime() : null, List.of()))
			.list()
			.stream()
			.map((d) -> (Submission.REJECTED.equals(d.status()) || Submission.FAILED.equals(d.status()))
					? withReasons(d) : d)
			.toList();
	}

	private Decided withReasons(Decided d) {
		List<Issue> errors = this.submissions.issues(d.id())
			.stream()
			.filter((i) -> i.severity() == Severity.ERROR)
			.limit(REASONS)
			.toList();
		return new Decided(d.id(), d.department(), d.file(), d.status(), d.facts(), d.errors(), d.warnings(),
				d.receivedAt(), d.finishedAt(), errors);
	}

}
