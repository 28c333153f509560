package org.annals.ingest.internal.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes one file may still give its reader, unzipped, under
 * {@link ReadLimits#fileBytes()}: every stream a reader takes from the file is metered
 * through it, so that a file that unzips within POI's ratio but to gigabytes is refused
 * once it has given the limit, not read to its end.
 */
final class FileBudget {

	private final ReadLimits limits;

	private long left;

	FileBudget(ReadLimits limits) {
		this.limits = limits;
		this.left = limits.fileBytes();
	}

	/**
	 * Counts bytes taken from the file.
	 * @param bytes how many
	 * @throws RejectedFileException when the file has given more than its limit
	 */
	void take(long bytes) {
		this.left -= bytes;
		if (this.left < 0) {
			throw this.limits.fileTooLarge();
		}
	}

	/**
	 * A stream whose bytes count against the budget.
	 * @param in the stream
	 * @return the metered stream
	 */
	InputStream meter(InputStream in) {
		return new FilterInputStream(in) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					take(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					take(n);
				}
				return n;
			}

			@Override
			public long skip(long n) throws IOException {
				long skipped = super.skip(n);
				take(skipped);
				return skipped;
			}

		};
	}

	/**
	 * Reads a part that is then read whole by a library to its end, counting it, and
	 * refuses it over {@link ReadLimits#documentBytes()} without reading further.
	 * @param in the part's bytes, closed here
	 * @param part the part's name, for the message
	 * @throws IOException when it cannot be read
	 * @throws RejectedFileException when it is too large, or the file is
	 */
	void measure(InputStream in, String part) throws IOException {
		long cap = this.limits.documentBytes();
		long size = 0;
		byte[] scratch = new byte[16 * 1024];
		try (in) {
			int n;
			while ((n = in.read(scratch)) > 0) {
				size += n;
				take(n);
				if (size > cap) {
					throw this.limits.partTooLarge(part);
				}
			}
		}
	}

}
