/**
 * 存史: immutable yearly snapshots as BagIt bags (RFC 8493) — create, verify (any bag, and
 * ours against the tag-manifest hash anchored in the database), list, diff, and the
 * scheduled fixity check. Reads the compiled tables and chronicle, the facts and the
 * originals; writes {@code archive_snapshot} and {@code archive_fixity_check}.
 */
package org.annals.archive;
