package org.annals.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Submissions, receipts and issues in {@code ingest_submission}, {@code ingest_receipt}
 * and {@code ingest_issue}.
 */
@Repository
public class SubmissionRepository {

	private static final String COLUMNS = "id, sha256, department, original_name, size_bytes, format, status, layout, "
			+ "fact_count, error_count, warning_count, received_at, finished_at, job_execution_id, kind";

	private final JdbcClient jdbc;

	SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether a file with this path, size and time was already received.
	 * @param relative the inbox-relative path
	 * @param size the size
	 * @param modified the modification time
	 * @return true when already received
	 */
	public boolean alreadyReceived(String relative, long size, Instant modified) {
		return this.jdbc
			.sql("select count(*) from ingest_receipt where inbox_path = ? and size_bytes = ? and modified_at = ?")
			.params(relative, size, timestamp(modified))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The submission of a content hash.
	 * @param sha256 the hash
	 * @return the submission
	 */
	public Optional<Submission> findBySha256(String sha256) {
		return this.jdbc.sql("select " + COLUMNS + " from ingest_submission where sha256 = ?")
			.param(sha256)
			.query(Submission.class)
			.optional();
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
	 * Records a new submission.
	 * @param sha256 its hash
	 * @param department its department folder
	 * @param originalName its name
	 * @param size its size
	 * @param jobExecutionId the execution receiving it, or null
	 * @param kind statistics or an event log
	 * @return its id
	 */
	public long insert(String sha256, String department, String originalName, long size, Long jobExecutionId,
			Kind kind) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into ingest_submission (sha256, department, original_name, size_bytes, status, received_at, "
					+ "job_execution_id, kind) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(sha256, department, originalName, size, Submission.RECEIVED, now(), jobExecutionId, kind.code())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Records that a file was seen.
	 * @param submissionId the submission of its content
	 * @param department the department folder
	 * @param originalName its name
	 * @param relative its inbox-relative path (data, never used as a path)
	 * @param size its size
	 * @param modified its modification time
	 * @param duplicate whether the same bytes had arrived before
	 * @param jobExecutionId the execution, or null
	 */
	public void insertReceipt(long submissionId, String department, String originalName, String relative, long size,
			Instant modified, boolean duplicate, Long jobExecutionId) {
		this.jdbc
			.sql("insert into ingest_receipt (submission_id, department, original_name, inbox_path, size_bytes, "
					+ "modified_at, duplicate, received_at, job_execution_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(submissionId, department, originalName, relative, size, timestamp(modified), duplicate, now(),
					jobExecutionId)
			.update();
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
	 * @return whether it is still pending, and now ours to decide
	 */
	public boolean claimPending(long submissionId) {
		return !this.jdbc.sql("select id from ingest_submission where id = ? and status = ? for update")
			.params(submissionId, Submission.RECEIVED)
			.query(Long.class)
			.list()
			.isEmpty();
	}

	/**
	 * Records what became of a read submission.
	 * @param submissionId the submission
	 * @param status {@link Submission#LOADED} or {@link Submission#REJECTED}
	 * @param loaded how many facts or events were published
	 * @param execution the job execution deciding it
	 */
	public void decide(long submissionId, String status, int loaded, Long execution) {
		decide(submissionId, status, loaded, 0, execution);
	}

	/**
	 * Records what became of a read submission.
	 * @param submissionId the submission
	 * @param status {@link Submission#LOADED} or {@link Submission#REJECTED}
	 * @param loaded how many facts or events were published
	 * @param conflicts how many of its facts are a conflict
	 * @param execution the job execution deciding it
	 */
	public void decide(long submissionId, String status, int loaded, int conflicts, Long execution) {
		this.jdbc
			.sql("update ingest_submission set status = ?, fact_count = ?, error_count = ?, warning_count = ?, "
					+ "conflict_count = ?, finished_at = ?, decided_by = ? where id = ?")
			.params(status, loaded, countIssues(submissionId, Severity.ERROR),
					countIssues(submissionId, Severity.WARNING), conflicts, now(), execution, submissionId)
			.update();
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
