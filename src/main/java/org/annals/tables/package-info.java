/**
 * From current facts to yearbook tables (年鉴统计表): values, growth, notes and flags, the
 * lineage of every cell, builds, and the exports (XLSX in yearbook style, CSV, JSON).
 * Reads facts through ingest's {@code PublishedFacts}; writes {@code tables_build}. API:
 * {@code TableBuilds}, the documents and writers, {@code TablesExport} (for snapshots).
 */
package org.annals.tables;
