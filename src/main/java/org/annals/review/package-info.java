/**
 * 三级联动审查: review rounds of a department's submission, a year's compiled table and a
 * year's chronicle, level by level from county to city to province (each item's levels
 * follow from its region through the gazetteer's parent codes), comments on cells, facts
 * and entries, and the province's sign-off (审定), which freezes a table's build for print
 * and the archive. Every state change and comment goes to the append-only
 * {@code review_event} and to the audit log (Spring's {@code AuditEventRepository}).
 * Reads submissions through ingest's {@code SubmittedFiles}, builds through
 * {@code TableBuilds}, the chronicle through {@code ChronicleRepository}; writes
 * {@code review_item} and {@code review_event}. API: {@link org.annals.review.Reviews},
 * {@link org.annals.review.ReviewTrail} (for snapshots) and their records.
 */
package org.annals.review;
