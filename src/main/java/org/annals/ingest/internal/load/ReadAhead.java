package org.annals.ingest.internal.load;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;

import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.staging.RowOutcome;

/**
 * Parses a submission on a thread of its own, up to a chunk or two ahead of the step that
 * writes them, so that reading the file and PostgreSQL's work on the previous chunk use
 * both cores. Only that thread touches the parser and the observer, which sees every
 * outcome in file order, those a restart passes over included; rows, the parser's format
 * and layouts and any failure reach the caller in file order, in batches
 * ({@link Batches}), through a bounded queue, so memory stays flat however large the
 * file. {@link RowsInLine} is the plain way beside it.
 */
final class ReadAhead extends BatchedRows {

	/** Rows in a batch at most: {@link Batches#BATCH}. */
	static final int BATCH = Batches.BATCH;

	private static final int DEFAULT_AHEAD = 2048;

	private final Batches batches;

	private final BlockingQueue<Batches.Batch> queue;

	private final Thread thread;

	private volatile boolean closed;

	/**
	 * Starts parsing.
	 * @param parser the parser, used from now on by the read-ahead thread only
	 * @param skip how many outcomes to pass over first (a restart's committed rows)
	 * @param name the thread's name
	 */
	ReadAhead(SubmissionParser parser, long skip, String name) {
		this(parser, skip, name, DEFAULT_AHEAD, UnaryOperator.identity(), () -> {
		});
	}

	/**
	 * Starts parsing, with every outcome shown to an observer first.
	 * @param parser the parser, used from now on by the read-ahead thread only
	 * @param skip how many outcomes to pass over first (a restart's committed rows); the
	 * observer sees them too
	 * @param name the thread's name
	 * @param rowsAhead about how many rows may wait to be taken
	 * @param observer sees each outcome, on the read-ahead thread, and may answer it
	 * marked
	 * @param atEnd runs on the read-ahead thread once the file was read to its end
	 * without failure
	 */
	ReadAhead(SubmissionParser parser, long skip, String name, int rowsAhead, UnaryOperator<RowOutcome> observer,
			Runnable atEnd) {
		this.batches = new Batches(parser, skip, observer, atEnd);
		this.queue = new ArrayBlockingQueue<>(Math.max(2, rowsAhead / BATCH));
		this.thread = new Thread(this::run, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void run() {
		try {
			Batches.Batch batch;
			do {
				batch = this.batches.next(() -> this.closed);
				if (!this.closed) {
					this.queue.put(batch);
				}
			}
			while (!batch.end() && !this.closed);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable ex) {
			// the caller would otherwise wait for this thread for ever
			try {
				this.queue.put(this.batches.failed(ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	Batches.Batch take() throws InterruptedIOException {
		try {
			return this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while reading ahead");
		}
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		this.thread.interrupt();
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.batches.parser().close();
	}

}
