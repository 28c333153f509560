package org.annals.ingest.internal.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.sheet.FileFormat;
import org.annals.ingest.internal.staging.RowOutcome;

/**
 * A parser's outcomes taken in batches, in file order, whichever thread takes them
 * ({@link ReadAhead} on one of its own, {@link RowsInLine} on the step's): every outcome
 * is shown to an observer first, those a restart passes over included, and a batch ends
 * at {@link #BATCH} rows or once its rows gave as many facts and events.
 */
final class Batches {

	/**
	 * Rows in a batch at most; a batch also ends once its rows gave this many facts and
	 * events, so that a batch of a wide table's rows (hundreds of facts each) holds about
	 * as many facts as one of a long table's, and a chunk of batches about as many as its
	 * rows.
	 */
	static final int BATCH = 256;

	private final SubmissionParser parser;

	private final UnaryOperator<RowOutcome> observer;

	private final Runnable atEnd;

	private long skip;

	/**
	 * A batch: its outcomes, the file's format and layouts as far as them, a failure that
	 * ended the reading, and whether the file ends with it.
	 */
	record Batch(List<RowOutcome> rows, FileFormat format, String layouts, Throwable failure, boolean end) {

		/** Before the first batch. */
		static final Batch NONE = new Batch(List.of(), null, null, null, false);

	}

	/**
	 * Takes a parser's outcomes.
	 * @param parser the parser
	 * @param skip how many outcomes to pass over first (a restart's committed rows); the
	 * observer sees them too
	 * @param observer sees each outcome and may answer it marked
	 * @param atEnd runs once the file was read to its end without failure
	 */
	Batches(SubmissionParser parser, long skip, UnaryOperator<RowOutcome> observer, Runnable atEnd) {
		this.parser = parser;
		this.skip = skip;
		this.observer = observer;
		this.atEnd = atEnd;
	}

	/**
	 * The next batch: the first after passing over what is to be skipped.
	 * @param stop says when to give up passing over (the reading was closed)
	 * @return the batch, the last one marked as the end
	 * @throws IOException when the file cannot be read
	 */
	Batch next(BooleanSupplier stop) throws IOException {
		for (; this.skip > 0 && !stop.getAsBoolean(); this.skip--) {
			RowOutcome outcome = this.parser.next();
			if (outcome == null) {
				this.skip = 0;
				this.atEnd.run();
				return new Batch(List.of(), this.parser.format(), this.parser.layouts(), null, true);
			}
			this.observer.apply(outcome);
		}
		if (stop.getAsBoolean()) {
			return Batch.NONE;
		}
		List<RowOutcome> rows = new ArrayList<>(BATCH);
		int yielded = 0;
		boolean end = false;
		while (rows.size() < BATCH && yielded < BATCH) {
			RowOutcome outcome = this.parser.next();
			if (outcome == null) {
				end = true;
				break;
			}
			RowOutcome seen = this.observer.apply(outcome);
			rows.add(seen);
			yielded += seen.facts().size() + seen.events().size();
		}
		if (end) {
			this.atEnd.run();
		}
		return new Batch(rows, this.parser.format(), this.parser.layouts(), null, end);
	}

	/**
	 * The batch that ends a reading with a failure. An Error too, running out of memory
	 * above all, reaches the caller as itself; a stack overflow in parsing a file is that
	 * file's failure.
	 * @param ex what went wrong
	 * @return the last batch
	 */
	Batch failed(Throwable ex) {
		Throwable failure = (ex instanceof StackOverflowError) ? new IllegalStateException(ex) : ex;
		return new Batch(List.of(), this.parser.format(), this.parser.layouts(), failure, true);
	}

	/**
	 * The parser, to be closed by whoever owns the reading.
	 * @return the parser
	 */
	SubmissionParser parser() {
		return this.parser;
	}

}
