package org.annals.ingest.internal.load;

import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.ReferenceData;

/**
 * What deciding a file needs from all of its facts, gathered while it is read, in file
 * order, restarts included (the rows a restart passes over are shown too): which facts
 * repeat an earlier cell's key, and the sums and values of the plausibility checks.
 * Memory does not grow with the number of facts (see {@link RepeatedKeys} and
 * {@link Plausibility}).
 */
final class ReadChecks {

	private final RepeatedKeys keys;

	private final Plausibility plausibility;

	ReadChecks(ReferenceData reference) {
		this.keys = new RepeatedKeys(reference.regions());
		this.plausibility = new Plausibility(reference);
	}

	/**
	 * Takes one row's outcome into account.
	 * @param outcome the outcome
	 * @return the outcome, its facts marked where they repeat an earlier key
	 */
	RowOutcome observe(RowOutcome outcome) {
		List<StagedFact> facts = outcome.facts();
		List<StagedFact> marked = null;
		for (int i = 0; i < facts.size(); i++) {
			StagedFact fact = this.keys.mark(facts.get(i));
			this.plausibility.accept(fact);
			if (fact.repeat()) {
				marked = (marked != null) ? marked : new ArrayList<>(facts);
				marked.set(i, fact);
			}
		}
		return (marked != null) ? new RowOutcome(marked, outcome.events(), outcome.issues()) : outcome;
	}

	/**
	 * Whether the repeats were all found: false when the file gave too many
	 * indicator-years to track them.
	 * @return whether {@link #repeats()} is exact
	 */
	boolean repeatsKnown() {
		return this.keys.complete();
	}

	/**
	 * How many facts repeat an earlier cell's region, indicator and year.
	 * @return the count
	 */
	long repeats() {
		return this.keys.repeats();
	}

	/**
	 * The plausibility checks, with every fact of the file taken into account.
	 * @return the checks
	 */
	Plausibility plausibility() {
		return this.plausibility;
	}

}
