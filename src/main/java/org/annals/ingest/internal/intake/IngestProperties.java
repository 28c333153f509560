package org.annals.ingest.internal.intake;

import java.time.Duration;

import org.annals.ingest.internal.sheet.ReadLimits;
import org.annals.ingest.internal.sheet.Reading;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ingest jobs, bound to {@code annals.ingest}.
 *
 * @param settle how long a file must stay unchanged in the inbox before it is taken
 * @param chunkSize rows read per transaction at most; rows that give many facts each (a
 * wide table's) fill a transaction sooner, at about as many facts
 * @param threads files read at once, and stored at once when received
 * @param maxUnfinishedReads readings of one file that may fail to end (an error, a crash)
 * before the file is set aside with a report instead of being tried again at every run
 * @param maxFileSize the largest file taken from the inbox; a larger one is left where it
 * is and reported with the limit
 * @param incompleteGrace how long a file that looks half-copied (a zip without its
 * directory, a text cut mid-line) is left for a later run before it is taken as it is
 * and, if it really is cut, rejected with a report
 * @param limits how much of a file the readers take in before they refuse it
 * @param reading how files are read: with the speed devices the benchmark keeps (by
 * default) or plainly, each device switched off on its own
 */
@ConfigurationProperties("annals.ingest")
public record IngestProperties(@DefaultValue("5s") Duration settle, @DefaultValue("20000") Integer chunkSize,
		@DefaultValue("2") Integer threads, @DefaultValue("3") Integer maxUnfinishedReads,
		@DefaultValue("1GB") DataSize maxFileSize, @DefaultValue("15m") Duration incompleteGrace,
		@DefaultValue @NestedConfigurationProperty ReadLimits limits,
		@DefaultValue @NestedConfigurationProperty Reading reading) {

}
