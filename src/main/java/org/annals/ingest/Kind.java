package org.annals.ingest;

/**
 * What a submission is: statistics (facts) or an event log (chronicle material).
 */
public enum Kind {

	/** A statistics table. */
	STATISTICS,
	/** An event log (大事记素材). */
	EVENTS;

	/**
	 * The value stored in {@code ingest_submission.kind}.
	 * @return {@code statistics} or {@code events}
	 */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
