package org.annals.ingest.internal.staging;

import java.util.List;

import org.annals.support.Rows;

/**
 * Consecutive rows' outcomes, handed from the reading of a file to its writing as one
 * item.
 *
 * @param outcomes the outcomes, in file order
 */
public record RowBatch(List<RowOutcome> outcomes) implements Rows {

	@Override
	public int rows() {
		return this.outcomes.size();
	}

}
