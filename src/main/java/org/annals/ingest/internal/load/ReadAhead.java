package org.annals.ingest.internal.load;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;

import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.sheet.FileFormat;

/**
 * Parses a submission on a thread of its own, up to a chunk or two ahead of the step that
 * writes them, so that reading the file and PostgreSQL's work on the previous chunk use
 * both cores. Only that thread touches the parser and the observer, which sees every
 * outcome in file order, those a restart passes over included; rows, the parser's format
 * and layouts and any failure reach the caller in file order, in batches, through a
 * bounded queue, so memory stays flat however large the file.
 */
final class ReadAhead implements AutoCloseable {

	/**
	 * Rows in a batch at most; a batch also ends once its rows gave this many facts and
	 * events, so that a batch of a wide table's rows (hundreds of facts each) holds about
	 * as many facts as one of a long table's, and a chunk of batches about as many as its
	 * rows.
	 */
	static final int BATCH = 256;

	private static final int DEFAULT_AHEAD = 2048;

	private final SubmissionParser parser;

	private final UnaryOperator<RowOutcome> observer;

	private final Runnable atEnd;

	private final BlockingQueue<Batch> queue;

	private final Thread thread;

	private Iterator<RowOutcome> current = List.<RowOutcome>of().iterator();

	private Batch last = new Batch(List.of(), null, null, null, false);

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
		this.parser = parser;
		this.observer = observer;
		this.atEnd = atEnd;
		this.queue = new ArrayBlockingQueue<>(Math.max(2, rowsAhead / BATCH));
		this.thread = new Thread(() -> run(skip), name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private record Batch(List<RowOutcome> rows, FileFormat format, String layouts, Throwable failure, boolean end) {
	}

	private void run(long skip) {
		try {
			boolean end = false;
			for (long i = 0; i < skip && !this.closed; i++) {
				RowOutcome outcome = this.parser.next();
				if (outcome == null) {
					end = true;
					break;
				}
				this.observer.apply(outcome);
			}
			if (end) {
				this.atEnd.run();
				this.queue.put(new Batch(List.of(), this.parser.format(), this.parser.layouts(), null, true));
			}
			while (!end && !this.closed) {
				List<RowOutcome> rows = new ArrayList<>(BATCH);
				int yielded = 0;
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
				this.queue.put(new Batch(rows, this.parser.format(), this.parser.layouts(), null, end));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable ex) {
			// An Error too, running out of memory above all, reaches the caller as
			// itself: the caller would otherwise wait for this thread for ever. A stack
			// overflow in parsing a file is that file's failure, as before.
			Throwable failure = (ex instanceof StackOverflowError) ? new IllegalStateException(ex) : ex;
			try {
				this.queue.put(new Batch(List.of(), this.parser.format(), this.parser.layouts(), failure, true));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The next outcomes, in file order: what is left of the batch being handed out, or
	 * the next batch.
	 * @return the outcomes (never empty), or null at the end of the file
	 * @throws IOException when the file cannot be read
	 */
	List<RowOutcome> nextBatch() throws IOException {
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
			take();
			if (!this.last.rows().isEmpty()) {
				this.current = List.<RowOutcome>of().iterator();
				return this.last.rows();
			}
		}
	}

	private void take() throws InterruptedIOException {
		try {
			this.last = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while reading ahead");
		}
	}

	/**
	 * The next outcome, in file order.
	 * @return the outcome, or null at the end of the file
	 * @throws IOException when the file cannot be read
	 */
	RowOutcome next() throws IOException {
		while (!this.current.hasNext()) {
			if (this.last.end()) {
				rethrow(this.last.failure());
				return null;
			}
			take();
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
	FileFormat format() {
		return this.last.format();
	}

	/**
	 * The layouts recognised, as far as the outcomes handed out so far.
	 * @return the layouts, or null before the first batch
	 */
	String layouts() {
		return this.last.layouts();
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
		this.parser.close();
	}

}
