package org.annals.ingest;

import java.util.List;

/**
 * What one source row yielded: its facts and its issues.
 *
 * @param facts the facts
 * @param issues the issues
 */
public record RowOutcome(List<StagedFact> facts, List<Issue> issues) {

	/** Nothing at all. */
	public static final RowOutcome EMPTY = new RowOutcome(List.of(), List.of());

	/**
	 * Only issues.
	 * @param issues the issues
	 * @return the outcome
	 */
	public static RowOutcome issues(List<Issue> issues) {
		return new RowOutcome(List.of(), List.copyOf(issues));
	}

	/**
	 * Whether the row yielded nothing.
	 * @return true when empty
	 */
	public boolean isEmpty() {
		return this.facts.isEmpty() && this.issues.isEmpty();
	}

}
