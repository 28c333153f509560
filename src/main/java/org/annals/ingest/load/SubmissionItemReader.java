package org.annals.ingest.load;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.Locale;

import org.annals.ingest.Kind;
import org.annals.ingest.RowOutcome;
import org.annals.ingest.Submission;
import org.annals.ingest.SubmissionParser;
import org.annals.ingest.SubmissionRepository;
import org.annals.ingest.intake.OriginalStore;
import org.annals.reference.ReferenceData;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one submission's stored original, row by row, as facts and issues. Restartable:
 * it saves how many outcomes were read, and on restart reads past them again without
 * yielding them; a fresh start first forgets what an interrupted reading left behind.
 */
public class SubmissionItemReader implements ItemStreamReader<RowOutcome> {

	private static final String READ = "outcomes.read";

	private final long submissionId;

	private final SubmissionRepository submissions;

	private final OriginalStore store;

	private final ReferenceData reference;

	private ReadAhead parser;

	private long read;

	/**
	 * Creates the reader.
	 * @param submissionId the submission
	 * @param submissions the submissions
	 * @param store the original store
	 * @param reference the reference data
	 */
	public SubmissionItemReader(long submissionId, SubmissionRepository submissions, OriginalStore store,
			ReferenceData reference) {
		this.submissionId = submissionId;
		this.submissions = submissions;
		this.store = store;
		this.reference = reference;
	}

	@Override
	public void open(ExecutionContext context) {
		Submission submission = this.submissions.get(this.submissionId);
		SubmissionParser parser = new SubmissionParser(this.store.pathOf(submission.sha256()),
				submission.originalName(), submission.department(), this.reference,
				Kind.valueOf(submission.kind().toUpperCase(Locale.ROOT)));
		long already = context.getLong(READ, 0L);
		if (already > 0 && this.submissions.stagedFacts(this.submissionId) == 0) {
			// the staging table is unlogged: after a database crash it is empty, and the
			// committed rows must be read again
			already = 0;
		}
		if (already == 0) {
			this.submissions.clearReading(this.submissionId);
		}
		this.read = already;
		this.parser = new ReadAhead(parser, already, "ingest-read-" + this.submissionId);
	}

	@Override
	public RowOutcome read() {
		try {
			RowOutcome outcome = this.parser.next();
			if (outcome != null) {
				this.read++;
			}
			return outcome;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(READ, this.read);
		if (this.parser != null && this.parser.format() != null) {
			context.putString("format", this.parser.format().name());
			context.putString("layout", this.parser.layouts());
		}
	}

	@Override
	public void close() {
		try {
			if (this.parser != null) {
				this.parser.close();
			}
		}
		catch (IOException ex) {
			throw new ItemStreamException(ex);
		}
	}

}
