/**
 * From current facts to yearbook tables (年鉴统计表): values, growth, notes and flags, the
 * lineage of every cell, builds, and the exports (XLSX in yearbook style, CSV, JSON).
 * Reads {@code ingest_fact} and {@code ingest_submission}; writes {@code tables_build}.
 */
package org.annals.tables;
