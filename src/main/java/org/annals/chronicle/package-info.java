/**
 * From the events departments reported to the chronicle of a year (大事记): merging the same
 * event reported by several departments, the order a yearbook prints, and the CSV,
 * Markdown and Word exports. Reads events through ingest's {@code PublishedEvents};
 * writes {@code chronicle_entry} and {@code chronicle_entry_source}.
 */
package org.annals.chronicle;
