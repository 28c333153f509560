package org.annals.ingest.internal.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.Kind;
import org.annals.ingest.Severity;
import org.annals.ingest.Submission;
import org.annals.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Submissions and their issues in {@code ingest_submission} and {@code ingest_issue}:
 * their readings, issues and decisions ({@link SubmissionReceipts} receives them).
 */
@Repository
public class SubmissionRepository {

	static final String COLUMNS = "id, sha256, department, original_name, size_bytes, format, status, layout, "
			+ "fact_count, error_count, warning_count, received_at, finished_at, job_execution_id, kind, read_error";

	private final JdbcClient jdbc;

	private final String referenceVersion;

	SubmissionRepository(JdbcClient jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.referenceVersion = reference.version();
	}

	/**
	 * A submission by id.
	 * @param id the id
	 * @return the submission
	 */
	public Submission get(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from ingest_submission where id = ?")
			.param(id)
			.query(Submission.class)
			.single();
	}

	/**
	 * The submissions of a kind waiting to be read, oldest first.
	 * @param kind statistics or event logs
	 * @return their ids
	 */
	public List<Long> pending(Kind kind) {
		return this.jdbc.sql("select id from ingest_submission where status = ? and kind = ? order by id")
			.params(Submission.RECEIVED, kind.code())
			.query(Long.class)
			.list();
	}

	/**
	 * The submissions of a kind that a run read to their end and has not decided yet,
	 * oldest first: a file received while the run went on is not among them, and is left
	 * for the next run.
	 * @param kind statistics or event logs
	 * @param instance the job instance of the run (its restarts read on where it stopped)
	 * @return their ids
	 */
	public List<Long> readBy(Kind kind, long instance) {
		return this.jdbc
			.sql("select id from ingest_submission where status = ? and kind = ? and read_instance = ? order by id")
			.params(Submission.RECEIVED, kind.code(), instance)
			.query(Long.class)
			.list();
	}

	/**
	 * Records that a reading of a submission starts (from its beginning, or on from where
	 * a restart left it). A reading that never ends, because it failed or its process
	 * died, is counted, so that a file that does so again and again is set aside.
	 * @param submissionId the submission
	 */
	public void startReading(long submissionId) {
		this.jdbc
			.sql("update ingest_submission set unfinished_reads = unfinished_reads + 1, read_instance = null "
					+ "where id = ?")
			.param(submissionId)
			.update();
	}

	/**
	 * Records that a run read a submission to its end: that run decides it.
	 * @param submissionId the submission
	 * @param instance the job instance of the run
	 */
	public void finishReading(long submissionId, long instance) {
		this.jdbc
			.sql("update ingest_submission set read_instance = ?, unfinished_reads = 0, read_error = null where id = ?")
			.params(instance, submissionId)
			.update();
	}

	/**
	 * Records that a reading was cut by no fault of its file (a stop, the database or the
	 * disk failing): it does not count towards setting the file aside.
	 * @param submissionId the submission
	 */
	public void readingInterrupted(long submissionId) {
		this.jdbc.sql("update ingest_submission set unfinished_reads = greatest(unfinished_reads - 1, 0) where id = ?")
			.param(submissionId)
			.update();
	}

	/**
	 * Records why a reading failed; the submission stays received, for the next run.
	 * @param submissionId the submission
	 * @param reason what went wrong, as the operator should read it
	 */
	public void readingFailed(long submissionId, String reason) {
		this.jdbc.sql("update ingest_submission set read_error = ? where id = ?")
			.params(clip(reason), submissionId)
			.update();
	}

	/**
	 * The submissions left received because their last reading failed, oldest first.
	 * @return them, each with the reason in {@link Submission#readError()}
	 */
	public List<Submission> leftUnread() {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from ingest_submission where status = ? and read_error is not null order by id")
			.param(Submission.RECEIVED)
			.query(Submission.class)
			.list();
	}

	/**
	 * The received submissions of a kind whose readings failed to end at least so many
	 * times in a row.
	 * @param kind statistics or event logs
	 * @param times the count
	 * @return them
	 */
	public List<Submission> failingReadings(Kind kind, int times) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from ingest_submission where status = ? and kind = ? and unfinished_reads >= ? " + "order by id")
			.params(Submission.RECEIVED, kind.code(), times)
			.query(Submission.class)
			.list();
	}

	/**
	 * Sets a submission aside that cannot be read (status {@link Submission#FAILED}),
	 * with the issue that says why, until an operator has it read again.
	 * @param submissionId the submission
	 * @param why the issue
	 * @param execution the job execution that set it aside
	 */
	public void setAside(long submissionId, Issue why, Long execution) {
		clearReading(submissionId);
		insertIssue(submissionId, why);
		decide(submissionId, Submission.FAILED, 0, execution);
	}

	/**
	 * Adds an issue to a submission.
	 * @param submissionId the submission
	 * @param issue the issue
	 */
	public void insertIssue(long submissionId, Issue issue) {
		this.jdbc
			.sql("insert into ingest_issue (submission_id, severity, code, sheet, cell, message_zh, message_en) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(submissionId, issue.severity().name(), issue.code(), issue.sheet(), issue.cell(), issue.chinese(),
					issue.english())
			.update();
	}

	/**
	 * Makes a rejected or set-aside submission received again, to be read by the next run
	 * from its stored original: its receipts (who sent it, when, under which name) stay
	 * as they are; what its last reading left is cleared when it is read again.
	 * @param submissionId the submission
	 * @return whether it was rejected or set aside (a received or loaded one is left
	 * alone)
	 */
	public boolean reopen(long submissionId) {
		return this.jdbc
			.sql("update ingest_submission set status = ?, read_instance = null, unfinished_reads = 0, "
					+ "read_error = null, finished_at = null, decided_by = null, fact_count = 0, error_count = 0, "
					+ "warning_count = 0, conflict_count = 0 where id = ? and status in (?, ?)")
			.params(Submission.RECEIVED, submissionId, Submission.REJECTED, Submission.FAILED)
			.update() == 1;
	}

	/**
	 * The rejected submissions of a kind that were decided against other reference data
	 * than today's, and were refused for a reason that reference data can remove.
	 * @param kind statistics or event logs
	 * @param version today's reference data version
	 * @param codes the issue codes reference data can remove
	 * @return their ids, oldest first
	 */
	public List<Long> rejectedAgainstOtherReference(Kind kind, String version, List<String> codes) {
		String marks = String.join(",", java.util.Collections.nCopies(codes.size(), "?"));
		List<Object> params = new java.util.ArrayList<>(List.of(Submission.REJECTED, kind.code(), version));
		params.addAll(codes);
		return this.jdbc.sql("select s.id from ingest_submission s where s.status = ? and s.kind = ? and "
				+ "(s.reference_version is null or s.reference_version <> ?) and exists (select 1 from ingest_issue i "
				+ "where i.submission_id = s.id and i.severity = 'ERROR' and i.code in (" + marks + ")) order by s.id")
			.params(params)
			.query(Long.class)
			.list();
	}

	/**
	 * The issues of a submission, in the order they were found.
	 * @param submissionId the submission
	 * @return the issues
	 */
	public List<Issue> issues(long submissionId) {
		return this.jdbc
			.sql("select severity, code, sheet, cell, message_zh, message_en from ingest_issue where submission_id = ? "
					+ "order by id")
			.param(submissionId)
			.query((rs, n) -> new Issue(Severity.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/**
	 * Forgets what an earlier, interrupted reading of a submission left.
	 * @param submissionId the submission
	 */
	public void clearReading(long submissionId) {
		clearFacts(submissionId);
		this.jdbc.sql("delete from ingest_issue where submission_id = ?").param(submissionId).update();
		this.jdbc.sql("delete from ingest_event where submission_id = ? and state = 'staged'")
			.param(submissionId)
			.update();
	}

	/**
	 * Removes the facts a submission wrote (and their labels and coverage): those of an
	 * interrupted reading, or of a file rejected. Every chunk that wrote facts wrote
	 * their labels, and their indicators and years to {@code ingest_coverage}, in the
	 * same transaction, so a submission that never wrote any costs one lookup there; the
	 * others' facts are found by submission (on PostgreSQL through the block-range index,
	 * which also reads the pages written since it was last summarised: at most a
	 * night's).
	 * @param submissionId the submission
	 */
	public void clearFacts(long submissionId) {
		boolean wrote = this.jdbc.sql("select count(*) from ingest_coverage where submission_id = ?")
			.param(submissionId)
			.query(Long.class)
			.single() > 0;
		if (wrote) {
			this.jdbc.sql("delete from ingest_fact where submission_id = ?").param(submissionId).update();
			this.jdbc.sql("delete from ingest_fact_label where submission_id = ?").param(submissionId).update();
		}
		this.jdbc.sql("delete from ingest_coverage where submission_id = ?").param(submissionId).update();
	}

	/**
	 * Whether reading a submission has left anything: a fact or an issue.
	 * @param submissionId the submission
	 * @return true when something is there
	 */
	public boolean hasReadRows(long submissionId) {
		return this.jdbc
			.sql("select case when exists (select 1 from ingest_coverage where submission_id = ?) "
					+ "or exists (select 1 from ingest_issue where submission_id = ?) then 1 else 0 end")
			.params(submissionId, submissionId)
			.query(Integer.class)
			.single() == 1;
	}

	/**
	 * How many issues of a severity a submission has.
	 * @param submissionId the submission
	 * @param severity the severity
	 * @return the count
	 */
	public int countIssues(long submissionId, Severity severity) {
		return this.jdbc.sql("select count(*) from ingest_issue where submission_id = ? and severity = ?")
			.params(submissionId, severity.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Takes a pending submission for deciding, in the caller's transaction: locks its row
	 * until the transaction ends, so that two deciders (a node that stalled and woke up,
	 * and the node that took its work over) never both publish it.
	 * @param submissionId the submission
	 * @param instance the job instance that read it
	 * @return whether it is still pending, read by that run, and now ours to decide
	 */
	public boolean claimPending(long submissionId, long instance) {
		return !this.jdbc
			.sql("select id from ingest_submission where id = ? and status = ? and read_instance = ? for update")
			.params(submissionId, Submission.RECEIVED, instance)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * Records what became of a read submission.
	 * @param submissionId the submission
	 * @param status {@link Submission#LOADED}, {@link Submission#REJECTED} or
	 * {@link Submission#FAILED}
	 * @param loaded how many facts or events were published
	 * @param execution the job execution deciding it
	 */
	public void decide(long submissionId, String status, int loaded, Long execution) {
		decide(submissionId, status, loaded, 0, execution);
	}

	/**
	 * Records what became of a read submission.
	 * @param submissionId the submission
	 * @param status {@link Submission#LOADED}, {@link Submission#REJECTED} or
	 * {@link Submission#FAILED}
	 * @param loaded how many facts or events were published
	 * @param conflicts how many of its facts are a conflict
	 * @param execution the job execution deciding it
	 */
	public void decide(long submissionId, String status, int loaded, int conflicts, Long execution) {
		this.jdbc
			.sql("update ingest_submission set status = ?, fact_count = ?, error_count = ?, warning_count = ?, "
					+ "conflict_count = ?, finished_at = ?, decided_by = ?, reference_version = ? where id = ?")
			.params(status, loaded, countIssues(submissionId, Severity.ERROR),
					countIssues(submissionId, Severity.WARNING), conflicts, now(), execution, this.referenceVersion,
					submissionId)
			.update();
	}

	private static String clip(String text) {
		String whole = (text != null) ? text : "";
		return (whole.length() > 2000) ? whole.substring(0, 1999) + "…" : whole;
	}

	static Timestamp timestamp(Instant instant) {
		// file systems keep nanoseconds, databases microseconds or less: compare
		// milliseconds
		Instant millis = instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		return Timestamp.valueOf(LocalDateTime.ofInstant(millis, ZoneId.systemDefault()));
	}

	static Timestamp now() {
		return new Timestamp(System.currentTimeMillis());
	}

}
