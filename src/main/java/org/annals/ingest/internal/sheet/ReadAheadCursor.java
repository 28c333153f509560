package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs another cursor on a thread of its own, a few hundred rows ahead of the caller, so
 * that taking a file's bytes apart (unzipping, XML, decoding) and making facts of its
 * rows use two cores: on a 5-million-cell workbook the first was two thirds of the
 * reading thread's time. Only that thread touches the cursor until it has stopped;
 * sheets, rows, the hidden sheets and any failure reach the caller in the order the
 * cursor gave them, through a bounded queue, so memory stays flat however large the file:
 * a batch ends at {@link #BATCH} rows or {@link #BATCH_CHARS} characters, so that rows
 * near the limits of {@link ReadLimits} cannot make the queue hold a thousand of them.
 * Rows of a sheet the caller leaves before its end are passed over, as the cursor itself
 * would.
 */
public final class ReadAheadCursor implements SheetCursor {

	/** Rows handed over at a time. */
	static final int BATCH = 128;

	/** Characters of cell text after which a batch is handed over with fewer rows. */
	static final int BATCH_CHARS = 64 * 1024;

	/** Batches that may wait to be taken. */
	private static final int BATCHES_AHEAD = 8;

	/** How often a caller waiting for rows looks whether the thread is still there. */
	private static final long WAIT_MS = 200;

	private final SheetCursor cursor;

	private final BlockingQueue<Part> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	private final Thread thread;

	private volatile boolean closed;

	private Iterator<SheetRow> rows = List.<SheetRow>of().iterator();

	private boolean inSheet;

	private String sheetName;

	private List<String> hiddenSheets = List.of();

	private Part last;

	/**
	 * Starts reading.
	 * @param cursor the cursor, used from now on by the read-ahead thread only
	 * @param name the thread's name
	 */
	public ReadAheadCursor(SheetCursor cursor, String name) {
		this.cursor = cursor;
		this.thread = new Thread(this::run, name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private enum Kind {

		/** A sheet begins: its name. */
		SHEET,

		/** Rows of the sheet. */
		ROWS,

		/** The sheet ended. */
		SHEET_END,

		/** Reading the sheet's rows failed: its end, for a caller that left it before. */
		SHEET_FAILURE,

		/** No more sheets: the hidden ones passed over. */
		END,

		/** Moving to the next sheet failed: nothing comes after. */
		FAILURE

	}

	private record Part(Kind kind, String sheet, List<SheetRow> rows, List<String> hidden, Throwable failure) {

		static Part of(Kind kind) {
			return new Part(kind, null, null, null, null);
		}

		static Part failed(Kind kind, Throwable ex) {
			return new Part(kind, null, null, null, ex);
		}

	}

	private void run() {
		try {
			while (!this.closed) {
				boolean more;
				try {
					more = this.cursor.nextSheet();
				}
				catch (Throwable ex) {
					put(Part.failed(Kind.FAILURE, ex));
					return;
				}
				if (!more) {
					put(new Part(Kind.END, null, null, List.copyOf(this.cursor.hiddenSheets()), null));
					return;
				}
				put(new Part(Kind.SHEET, this.cursor.sheetName(), null, null, null));
				readRows();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void readRows() throws InterruptedException {
		List<SheetRow> batch = new ArrayList<>(BATCH);
		try {
			SheetRow row;
			long chars = 0;
			while (!this.closed && (row = this.cursor.nextRow()) != null) {
				batch.add(row);
				chars += chars(row);
				if (batch.size() == BATCH || chars >= BATCH_CHARS) {
					put(new Part(Kind.ROWS, null, batch, null, null));
					batch = new ArrayList<>(BATCH);
					chars = 0;
				}
			}
		}
		catch (Throwable ex) {
			if (!batch.isEmpty()) {
				put(new Part(Kind.ROWS, null, batch, null, null));
			}
			put(Part.failed(Kind.SHEET_FAILURE, ex));
			return;
		}
		if (!batch.isEmpty()) {
			put(new Part(Kind.ROWS, null, batch, null, null));
		}
		put(Part.of(Kind.SHEET_END));
	}

	private static long chars(SheetRow row) {
		List<Cell> cells = row.cells();
		long chars = 0;
		for (int i = 0, n = cells.size(); i < n; i++) {
			chars += cells.get(i).text().length();
		}
		return chars;
	}

	private void put(Part part) throws InterruptedException {
		if (!this.closed) {
			this.queue.put(part);
		}
	}

	private Part take() throws IOException {
		if (this.last != null && (this.last.kind() == Kind.END || this.last.kind() == Kind.FAILURE)) {
			return this.last;
		}
		try {
			Part part;
			while ((part = this.queue.poll(WAIT_MS, TimeUnit.MILLISECONDS)) == null) {
				if (!this.thread.isAlive() && this.queue.isEmpty()) {
					// it could not even hand over its failure (out of memory)
					throw new IOException("the thread reading ahead stopped before the end of the file");
				}
			}
			this.last = part;
			return part;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while reading ahead");
		}
	}

	@Override
	public boolean nextSheet() throws IOException {
		this.rows = List.<SheetRow>of().iterator();
		while (true) {
			Part part = take();
			switch (part.kind()) {
				case FAILURE -> throw rethrown(part.failure());
				case END -> {
					this.inSheet = false;
					this.hiddenSheets = part.hidden();
					return false;
				}
				case SHEET -> {
					this.sheetName = part.sheet();
					this.inSheet = true;
					return true;
				}
				default -> {
					// the rest of a sheet the caller left before its end, where the
					// cursor
					// itself would not have read on either
				}
			}
		}
	}

	@Override
	public String sheetName() {
		return this.sheetName;
	}

	@Override
	public SheetRow nextRow() throws IOException {
		while (!this.rows.hasNext()) {
			if (!this.inSheet) {
				return null;
			}
			Part part = take();
			switch (part.kind()) {
				case ROWS -> this.rows = part.rows().iterator();
				case SHEET_FAILURE, FAILURE -> {
					this.inSheet = false;
					throw rethrown(part.failure());
				}
				default -> {
					// the sheet's end: a sheet or the file's end cannot come before it
					this.inSheet = false;
					return null;
				}
			}
		}
		return this.rows.next();
	}

	private static IOException rethrown(Throwable failure) {
		if (failure instanceof IOException io) {
			return io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new UncheckedIOException(new IOException(failure));
	}

	@Override
	public List<String> hiddenSheets() {
		return this.hiddenSheets;
	}

	/**
	 * Stops the thread, waits for it to let go of the cursor, and closes the cursor.
	 */
	@Override
	public void close() throws IOException {
		this.closed = true;
		this.thread.interrupt();
		this.queue.clear();
		boolean interrupted = false;
		while (this.thread.isAlive()) {
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		this.cursor.close();
	}

}
