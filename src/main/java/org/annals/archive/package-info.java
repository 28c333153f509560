/**
 * 存史: immutable yearly snapshots as BagIt bags (RFC 8493) — create, verify (any bag, and
 * ours against the tag-manifest hash anchored in the database), list, diff, and the
 * scheduled fixity check. A snapshot's payload comes from the features' exporters
 * ({@code TablesExport}, {@code ChronicleExport}, {@code IngestExport}); writes
 * {@code archive_snapshot} and {@code archive_fixity_check}.
 */
package org.annals.archive;
