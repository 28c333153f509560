/**
 * Everything that reads a submission. API at this package's root: the records others need
 * ({@code Submission}, {@code Issue}, ...), the facades ({@code Submissions},
 * {@code SubmissionIntake}, {@code SubmissionChecker}, {@code IngestReporter},
 * {@code IngestJobs}, {@code IngestExport}) and the read models other features query
 * instead of ingest's tables ({@code PublishedFacts}, {@code PublishedEvents},
 * {@code PublishedCoverage}). In {@code internal/}: inbox intake ({@code intake/}),
 * streaming readers of xlsx, xls and csv ({@code sheet/}), layout recognition
 * ({@code layout/}), numbers and years ({@code normalize/}), event logs
 * ({@code events/}), parsing a file ({@code parse/}), the bottom types of a read
 * ({@code staging/}), the submissions' rows ({@code store/}), the jobs ({@code job/}),
 * their reader, writer and publishing ({@code load/}) and the metrics ({@code report/}).
 * Writes {@code ingest_submission}, {@code ingest_receipt}, {@code ingest_issue},
 * {@code ingest_fact}, {@code ingest_fact_label}, {@code ingest_coverage},
 * {@code ingest_fact_change} (each revision, alternative and conflict between sources)
 * and {@code ingest_fact_choice} (editors' choices between sources, append-only:
 * {@link org.annals.ingest.FactChoices}); reads nothing of other features.
 */
package org.annals.ingest;
