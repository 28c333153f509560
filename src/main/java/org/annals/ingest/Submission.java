package org.annals.ingest;

import java.time.LocalDateTime;

/**
 * One distinct file a department sent (by content), and what became of it.
 *
 * @param id the id
 * @param sha256 the SHA-256 of its bytes
 * @param department the department folder it came from first
 * @param originalName the name it was first sent under
 * @param sizeBytes its size
 * @param format the format judged from its bytes, once read
 * @param status {@code received}, {@code loaded} or {@code rejected}
 * @param layout the layouts used to read it
 * @param factCount facts loaded
 * @param errorCount errors found
 * @param warningCount warnings found
 * @param receivedAt when it arrived
 * @param finishedAt when it was loaded or rejected
 * @param jobExecutionId the execution that received it
 * @param kind {@code statistics} or {@code events}
 */
public record Submission(long id, String sha256, String department, String originalName, long sizeBytes, String format,
		String status, String layout, int factCount, int errorCount, int warningCount, LocalDateTime receivedAt,
		LocalDateTime finishedAt, Long jobExecutionId, String kind) {

	/** Received, not yet read. */
	public static final String RECEIVED = "received";

	/** Read and published. */
	public static final String LOADED = "loaded";

	/** Read and rejected; kept with its report. */
	public static final String REJECTED = "rejected";

}
