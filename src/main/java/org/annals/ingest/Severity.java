package org.annals.ingest;

/**
 * How serious an issue is: an error rejects the file, a warning loads it with the fact
 * flagged, an information only tells.
 */
public enum Severity {

	/** The file is rejected; nothing of it is loaded. */
	ERROR,
	/** The file loads; the fact is flagged for editors. */
	WARNING,
	/** For the record only. */
	INFO

}
