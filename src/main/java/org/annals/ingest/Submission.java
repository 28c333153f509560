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
 * @param status {@code received}, {@code loaded}, {@code rejected} or {@code failed}
 * @param layout the layouts used to read it
 * @param factCount facts loaded
 * @param errorCount errors found
 * @param warningCount warnings found
 * @param receivedAt when it arrived
 * @param finishedAt when it was loaded or rejected
 * @param jobExecutionId the execution that received it
 * @param kind {@code statistics} or {@code events}
 * @param readError why its last reading failed, while it waits to be read again, or null
 */
public record Submission(long id, String sha256, String department, String originalName, long sizeBytes, String format,
		String status, String layout, int factCount, int errorCount, int warningCount, LocalDateTime receivedAt,
		LocalDateTime finishedAt, Long jobExecutionId, String kind, String readError) {

	/** Received, not yet read. */
	public static final String RECEIVED = "received";

	/** Read and published. */
	public static final String LOADED = "loaded";

	/** Read and rejected; kept with its report. */
	public static final String REJECTED = "rejected";

	/**
	 * Set aside: it could not be read (its readings failed again and again, or exhausted
	 * memory), which is no fault of its department's; kept with its report until an
	 * operator has it read again ({@code annals reprocess}).
	 */
	public static final String FAILED = "failed";

}
