/**
 * Everything that reads a submission: inbox intake and the store of originals
 * ({@code intake/}), streaming readers of xlsx, xls and csv ({@code sheet/}), layout
 * recognition ({@code layout/}), numbers and years ({@code normalize/}), the statistics
 * ingest job's reader, writer and publishing ({@code load/}) and the reports
 * ({@code report/}). Writes {@code ingest_submission}, {@code ingest_receipt},
 * {@code ingest_issue}, {@code ingest_fact}, {@code ingest_fact_label},
 * {@code ingest_coverage}, {@code ingest_fact_change} (each revision, alternative and
 * conflict between sources) and {@code ingest_fact_choice} (editors' choices between
 * sources, append-only: {@link org.annals.ingest.FactChoices}); reads nothing of other
 * features.
 */
package org.annals.ingest;
