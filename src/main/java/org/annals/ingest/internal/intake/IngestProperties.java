package org.annals.ingest.internal.intake;

import java.time.Duration;

import org.annals.ingest.internal.sheet.ReadLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ingest jobs, bound to {@code annals.ingest}.
 *
 * @param settle how long a file must stay unchanged in the inbox before it is taken
 * (default 5 seconds)
 * @param chunkSize rows read per transaction at most (default 20 000); rows that give
 * many facts each (a wide table's) fill a transaction sooner, at about as many facts
 * @param threads files read at once, and stored at once when received (default 2)
 * @param maxUnfinishedReads readings of one file that may fail to end (an error, a crash)
 * before the file is set aside with a report instead of being tried again at every run
 * (default 3)
 * @param maxFileSize the largest file taken from the inbox (default 1 GB); a larger one
 * is left where it is and reported with the limit
 * @param incompleteGrace how long a file that looks half-copied (a zip without its
 * directory, a text cut mid-line) is left for a later run before it is taken as it is
 * and, if it really is cut, rejected with a report (default 15 minutes)
 * @param limits how much of a file the readers take in before they refuse it, under
 * {@code annals.ingest.limits.*} (defaults in {@link ReadLimits}: 1 GiB read from a file,
 * 131 072 characters a cell, 1 Mi a row, 16 384 cells a row, 1 Mi shared strings of 32 Mi
 * characters, 16 MiB a part read whole)
 */
@ConfigurationProperties("annals.ingest")
public record IngestProperties(Duration settle, Integer chunkSize, Integer threads, Integer maxUnfinishedReads,
		DataSize maxFileSize, Duration incompleteGrace, ReadLimits limits) {

	public IngestProperties {
		settle = (settle != null) ? settle : Duration.ofSeconds(5);
		chunkSize = (chunkSize != null) ? chunkSize : 20_000;
		threads = (threads != null) ? threads : 2;
		maxUnfinishedReads = (maxUnfinishedReads != null) ? maxUnfinishedReads : 3;
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofGigabytes(1);
		incompleteGrace = (incompleteGrace != null) ? incompleteGrace : Duration.ofMinutes(15);
		limits = (limits != null) ? limits : ReadLimits.DEFAULTS;
	}

}
