package org.annals.ingest.internal.load;

import java.io.IOException;

import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.staging.RowOutcome;

/**
 * A submission's rows parsed by the step itself, a batch when it asks for one: the plain
 * way beside {@link ReadAhead} ({@code annals.ingest.reading.rows-ahead=false}), with the
 * same batches, observer and failures, compared with it by {@code ParsedRowsTests}.
 */
final class RowsInLine extends BatchedRows {

	private final Batches batches;

	/**
	 * Prepares to parse.
	 * @param parser the parser
	 * @param skip how many outcomes to pass over first (a restart's committed rows)
	 * @param observer sees each outcome and may answer it marked
	 * @param atEnd runs once the file was read to its end without failure
	 */
	RowsInLine(SubmissionParser parser, long skip, java.util.function.UnaryOperator<RowOutcome> observer,
			Runnable atEnd) {
		this.batches = new Batches(parser, skip, observer, atEnd);
	}

	@Override
	Batches.Batch take() {
		try {
			return this.batches.next(() -> false);
		}
		catch (Throwable ex) {
			return this.batches.failed(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.batches.parser().close();
	}

}
