package org.annals.ingest.internal.staging;

import java.util.List;

import org.annals.ingest.Issue;

/**
 * What one source row yielded: its facts (statistics), its events (event logs) and its
 * issues.
 *
 * @param facts the facts
 * @param events the events
 * @param issues the issues
 */
public record RowOutcome(List<StagedFact> facts, List<StagedEvent> events, List<Issue> issues) {

	/** Nothing at all. */
	public static final RowOutcome EMPTY = new RowOutcome(List.of(), List.of(), List.of());

	/**
	 * Facts and issues of a statistics row.
	 * @param facts the facts
	 * @param issues the issues
	 */
	public RowOutcome(List<StagedFact> facts, List<Issue> issues) {
		this(facts, List.of(), issues);
	}

	/**
	 * Only issues.
	 * @param issues the issues
	 * @return the outcome
	 */
	public static RowOutcome issues(List<Issue> issues) {
		return new RowOutcome(List.of(), List.of(), List.copyOf(issues));
	}

	/**
	 * One event.
	 * @param event the event
	 * @return the outcome
	 */
	public static RowOutcome event(StagedEvent event) {
		return new RowOutcome(List.of(), List.of(event), List.of());
	}

	/**
	 * Whether the row yielded nothing.
	 * @return true when empty
	 */
	public boolean isEmpty() {
		return this.facts.isEmpty() && this.events.isEmpty() && this.issues.isEmpty();
	}

}
