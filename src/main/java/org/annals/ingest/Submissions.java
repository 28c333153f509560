package org.annals.ingest;

import java.util.List;

import org.annals.ingest.internal.store.SubmissionRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other features may know of and do with the submissions ingest keeps
 * ({@code ingest_submission}, {@code ingest_receipt}): look one up, list them, read its
 * issues, have a rejected or set-aside one read again.
 */
@Component
public class Submissions {

	private final SubmissionRepository repository;

	private final JdbcClient jdbc;

	Submissions(SubmissionRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/**
	 * A submission as a list shows it.
	 *
	 * @param id its id
	 * @param department the department it is listed under
	 * @param file the file's name as sent
	 * @param receivedAt when it was received
	 * @param status its status
	 * @param facts its facts (or events) loaded
	 * @param errors its errors
	 * @param warnings its warnings
	 */
	public record Listed(long id, String department, String file, String receivedAt, String status, int facts,
			int errors, int warnings) {
	}

	/**
	 * A submission.
	 * @param id its id
	 * @return the submission
	 */
	public Submission get(long id) {
		return this.repository.get(id);
	}

	/**
	 * A submission, if there is one of that id.
	 * @param id its id
	 * @return the submission, or empty
	 */
	public java.util.Optional<Submission> find(long id) {
		return this.jdbc.sql("select count(*) from ingest_submission where id = ?")
			.param(id)
			.query(Long.class)
			.single() > 0 ? java.util.Optional.of(get(id)) : java.util.Optional.empty();
	}

	/**
	 * Whether a department sent a submission's bytes (first or again).
	 * @param id the submission
	 * @param department the department
	 * @return true when one of its receipts is the department's
	 */
	public boolean sentBy(long id, String department) {
		return this.jdbc.sql("select count(*) from ingest_receipt where submission_id = ? and department = ?")
			.params(id, department)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The issues found in a submission.
	 * @param id its id
	 * @return the issues
	 */
	public List<Issue> issues(long id) {
		return this.repository.issues(id);
	}

	/**
	 * Has a rejected or set-aside submission read again by the next ingest.
	 * @param id its id
	 * @return false when it is neither rejected nor set aside
	 */
	public boolean reopen(long id) {
		return this.repository.reopen(id);
	}

	/**
	 * The submissions, newest first: all of them, each under the department that sent its
	 * bytes first; or those a department sent, under its own name, file and time (its
	 * latest receipt of those bytes), though another department may have sent the same
	 * bytes before.
	 * @param department the department, or null for all
	 * @return the submissions
	 */
	public List<Listed> listed(String department) {
		String columns = "s.status, s.fact_count, s.error_count, s.warning_count";
		var query = (department == null)
				? this.jdbc.sql("select s.id, s.department, s.original_name, s.received_at, " + columns
						+ " from ingest_submission s order by s.id desc")
				: this.jdbc
					.sql("select s.id, r.department, r.original_name, r.received_at, " + columns
							+ " from ingest_receipt r join ingest_submission s on s.id = r.submission_id where r.id in "
							+ "(select max(id) from ingest_receipt where department = ? group by submission_id) "
							+ "order by s.id desc")
					.param(department);
		return query
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
					String.valueOf(rs.getTimestamp(4)), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

}
