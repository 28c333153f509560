package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.annals.ingest.internal.parse.SubmissionClassifier;
import org.annals.ingest.internal.store.SubmissionReceipts;

import org.springframework.stereotype.Component;

/**
 * Takes a file a department uploads: stores the original by hash before anything else,
 * then records it as received, exactly as a file dropped in the inbox; the next ingest
 * reads it. The name it was sent under is data, recorded, never part of a path.
 */
@Component
public class SubmissionIntake {

	private final OriginalStore store;

	private final SubmissionReceipts submissions;

	SubmissionIntake(OriginalStore store, SubmissionReceipts submissions) {
		this.store = store;
		this.submissions = submissions;
	}

	/**
	 * What became of an uploaded file.
	 *
	 * @param submissionId the submission of its content
	 * @param stored the stored original
	 * @param duplicate whether the same bytes had arrived before
	 */
	public record Receipt(long submissionId, OriginalStore.Stored stored, boolean duplicate) {
	}

	/**
	 * Receives an upload.
	 * @param content the bytes
	 * @param department the department
	 * @param originalName the name it was sent under
	 * @return the receipt
	 * @throws IOException when it cannot be stored
	 */
	public Receipt receive(InputStream content, String department, String originalName) throws IOException {
		OriginalStore.Stored stored = this.store.store(content);
		String name = (originalName != null && !originalName.isBlank()) ? originalName : "upload";
		SubmissionReceipts.Received received = this.submissions.receive(stored.sha256(), department, name,
				stored.size(), null, SubmissionClassifier.classify(stored.path(), name));
		this.submissions.insertReceipt(received.id(), department, name, "upload:" + department + "/" + name,
				stored.size(), Instant.now(), received.duplicate(), null);
		return new Receipt(received.id(), stored, received.duplicate());
	}

}
