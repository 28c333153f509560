package org.annals.ingest.internal.store;

import java.time.Instant;
import java.util.Optional;

import org.annals.ingest.Kind;
import org.annals.ingest.Submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Receives files as submissions: one row of {@code ingest_submission} per content (by
 * SHA-256), one of {@code ingest_receipt} per time a department sent it, from the inbox
 * or an upload.
 */
@Repository
public class SubmissionReceipts {

	private final JdbcClient jdbc;

	SubmissionReceipts(JdbcClient jdbc) {
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
			.params(relative, size, SubmissionRepository.timestamp(modified))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The submission of a content hash.
	 * @param sha256 the hash
	 * @return the submission
	 */
	public Optional<Submission> findBySha256(String sha256) {
		return this.jdbc.sql("select " + SubmissionRepository.COLUMNS + " from ingest_submission where sha256 = ?")
			.param(sha256)
			.query(Submission.class)
			.optional();
	}

	/**
	 * What receiving some bytes did.
	 *
	 * @param id the submission of the bytes
	 * @param duplicate whether they had arrived before (or arrived at the same moment
	 * from elsewhere, and the other receipt was recorded first)
	 */
	public record Received(long id, boolean duplicate) {
	}

	/**
	 * Records the submission of some bytes unless they arrived before: one submission per
	 * content, whoever is first, a guarantee of the database's (two receipts of the same
	 * bytes at the same moment, on one node or two, give one submission).
	 * @param sha256 their hash
	 * @param department the department they came from
	 * @param originalName the name they came under
	 * @param size their size
	 * @param jobExecutionId the execution receiving them, or null
	 * @param kind statistics or an event log
	 * @return the submission, and whether it existed
	 */
	public Received receive(String sha256, String department, String originalName, long size, Long jobExecutionId,
			Kind kind) {
		KeyHolder keys = new GeneratedKeyHolder();
		int inserted = this.jdbc
			.sql("insert into ingest_submission (sha256, department, original_name, size_bytes, status, received_at, "
					+ "job_execution_id, kind) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(sha256, department, originalName, size, Submission.RECEIVED, SubmissionRepository.now(),
					jobExecutionId, kind.code())
			.update(keys, "id");
		if (inserted == 1) {
			return new Received(keys.getKey().longValue(), false);
		}
		return new Received(findBySha256(sha256).orElseThrow().id(), true);
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
			.params(submissionId, department, originalName, relative, size, SubmissionRepository.timestamp(modified),
					duplicate, SubmissionRepository.now(), jobExecutionId)
			.update();
	}

}
