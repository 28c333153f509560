/**
 * From the events departments reported to the chronicle of a year (大事记): merging the same
 * event reported by several departments, the order a yearbook prints, and the CSV,
 * Markdown and Word exports (the department volume among them), the editors' listing and
 * their corrections. Reads events through ingest's {@code PublishedEvents}; writes
 * {@code chronicle_entry}, {@code chronicle_entry_source} and the append-only
 * {@code chronicle_correction}.
 */
package org.annals.chronicle;
