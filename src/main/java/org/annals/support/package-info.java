/**
 * The few truly shared pieces: settings of the data folder, text folding, checksums, CSV
 * neutralisation, the job listeners every job uses, {@code ExportedFiles} (how a feature
 * hands its files to a snapshot), and {@code AuditTrail} (how any module records what was
 * done in the audit log that the web module keeps, and how the archive reads a year's).
 * Owns no table and knows no feature: every type here is API (the module has no
 * {@code internal/}), so any module may use it.
 */
package org.annals.support;
