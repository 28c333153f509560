package org.annals.ingest.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.List;
import java.util.Locale;

import org.annals.ingest.Kind;
import org.annals.ingest.internal.staging.RowBatch;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.Submission;
import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.store.SubmissionRepository;
import org.annals.ingest.OriginalStore;
import org.annals.ingest.internal.sheet.ReadLimits;
import org.annals.ingest.internal.sheet.Reading;
import org.annals.reference.ReferenceData;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one submission's stored original as facts and issues, a batch of rows at a time.
 * Restartable: it saves how many outcomes were read, and on restart reads past them again
 * without yielding them; a fresh start first forgets what an interrupted reading left
 * behind. What deciding the file needs from all its facts ({@link ReadChecks}) is
 * gathered on the way and left in {@link FinishedReadings} once the file was read to its
 * end.
 */
public class SubmissionItemReader implements ItemStreamReader<RowBatch> {

	/** Rows handed over in one item, at most. */
	public static final int ROWS_PER_ITEM = Batches.BATCH;

	private static final String READ = "outcomes.read";

	private final long submissionId;

	private final SubmissionRepository submissions;

	private final OriginalStore store;

	private final ReferenceData reference;

	private final FinishedReadings finished;

	private final int rowsAhead;

	private ReadLimits limits = ReadLimits.DEFAULTS;

	private Reading reading = Reading.DEFAULTS;

	private BatchedRows parser;

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
		this(submissionId, submissions, store, reference, new FinishedReadings(), 2048);
	}

	/**
	 * Creates the reader.
	 * @param submissionId the submission
	 * @param submissions the submissions
	 * @param store the original store
	 * @param reference the reference data
	 * @param finished where the checks of a file read to its end are left
	 * @param rowsAhead how many rows may be parsed ahead of the step (half a chunk:
	 * enough to go on parsing while a chunk is written, measured with chunks of 20 000
	 * rows; two chunks ahead held 90 MiB more of a 1 M-row CSV in memory for no gain)
	 */
	public SubmissionItemReader(long submissionId, SubmissionRepository submissions, OriginalStore store,
			ReferenceData reference, FinishedReadings finished, int rowsAhead) {
		this.submissionId = submissionId;
		this.submissions = submissions;
		this.store = store;
		this.reference = reference;
		this.finished = finished;
		this.rowsAhead = rowsAhead;
	}

	/**
	 * Has the readers hold the file to these limits instead of the defaults.
	 * @param chosen the limits ({@code annals.ingest.limits.*})
	 * @return this reader
	 */
	public SubmissionItemReader within(ReadLimits chosen) {
		this.limits = chosen;
		return this;
	}

	/**
	 * Has the file read in a chosen way instead of the default one.
	 * @param chosen how ({@code annals.ingest.reading.*})
	 * @return this reader
	 */
	public SubmissionItemReader reading(Reading chosen) {
		this.reading = chosen;
		return this;
	}

	@Override
	public void open(ExecutionContext context) {
		Submission submission = this.submissions.get(this.submissionId);
		SubmissionParser parser = new SubmissionParser(this.store.pathOf(submission.sha256()),
				submission.originalName(), submission.department(), this.reference,
				Kind.valueOf(submission.kind().toUpperCase(Locale.ROOT)))
			.storedAs(submission.sha256())
			.within(this.limits)
			.reading(this.reading);
		long already = context.getLong(READ, 0L);
		if (already > 0 && !this.submissions.hasReadRows(this.submissionId)) {
			// nothing of the committed rows is left (they were staged in an unlogged
			// table
			// before this version, which a database crash empties): read them again
			already = 0;
		}
		if (already == 0) {
			this.submissions.clearReading(this.submissionId);
		}
		this.submissions.startReading(this.submissionId);
		this.finished.forget(this.submissionId);
		this.read = already;
		ReadChecks checks = new ReadChecks(this.reference);
		Runnable atEnd = () -> this.finished.put(this.submissionId, checks);
		this.parser = this.reading.rowsAhead() ? new ReadAhead(parser, already, "ingest-read-" + this.submissionId,
				this.rowsAhead, checks::observe, atEnd) : new RowsInLine(parser, already, checks::observe, atEnd);
	}

	@Override
	public RowBatch read() {
		try {
			List<RowOutcome> outcomes = this.parser.nextBatch();
			if (outcomes == null) {
				return null;
			}
			this.read += outcomes.size();
			return new RowBatch(outcomes);
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
