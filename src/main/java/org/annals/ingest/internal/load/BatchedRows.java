package org.annals.ingest.internal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.annals.ingest.internal.sheet.FileFormat;
import org.annals.ingest.internal.staging.RowOutcome;

/**
 * A submission's parsed rows as the step takes them, in file order, batch by batch or one
 * by one, however they are made: ahead on a thread of their own ({@link ReadAhead}, by
 * default) or when asked, on the step's thread ({@link RowsInLine},
 * {@code annals.ingest.reading.rows-ahead=false}).
 */
abstract sealed class BatchedRows implements AutoCloseable permits ReadAhead, RowsInLine {

	private Iterator<RowOutcome> current = List.<RowOutcome>of().iterator();

	private Batches.Batch last = Batches.Batch.NONE;

	/**
	 * The next batch, blocking until it is made.
	 * @return the batch
	 * @throws IOException when waiting for it is interrupted
	 */
	abstract Batches.Batch take() throws IOException;

	/**
	 * The next outcomes, in file order: what is left of the batch being handed out, or
	 * the next batch.
	 * @return the outcomes (never empty), or null at the end of the file
	 * @throws IOException when the file cannot be read
	 */
	final List<RowOutcome> nextBatch() throws IOException {
		if (this.current.hasNext()) {
			List<RowOutcome> rest = new ArrayList<>();
			this.current.forEachRemaining(rest::add);
			return rest;
		}
		while (true) {
			if (this.last.end()) {
				rethrow(this.last.failure());
				return null;
			}
			this.last = take();
			if (!this.last.rows().isEmpty()) {
				this.current = List.<RowOutcome>of().iterator();
				return this.last.rows();
			}
		}
	}

	/**
	 * The next outcome, in file order.
	 * @return the outcome, or null at the end of the file
	 * @throws IOException when the file cannot be read
	 */
	final RowOutcome next() throws IOException {
		while (!this.current.hasNext()) {
			if (this.last.end()) {
				rethrow(this.last.failure());
				return null;
			}
			this.last = take();
			this.current = this.last.rows().iterator();
		}
		return this.current.next();
	}

	private static void rethrow(Throwable failure) throws IOException {
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw new UncheckedIOException(new IOException(failure));
		}
	}

	/**
	 * The file's format, as far as the outcomes handed out so far.
	 * @return the format, or null before the first batch
	 */
	final FileFormat format() {
		return this.last.format();
	}

	/**
	 * The layouts recognised, as far as the outcomes handed out so far.
	 * @return the layouts, or null before the first batch
	 */
	final String layouts() {
		return this.last.layouts();
	}

	@Override
	public abstract void close() throws IOException;

}
