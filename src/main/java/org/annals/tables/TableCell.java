package org.annals.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of a compiled table and where it came from.
 *
 * @param value the figure exactly as its fact holds it (a computed growth: rounded to the
 * column's decimals), or null when missing
 * @param display the figure as printed: the column's fixed decimals, or {@code …} when
 * missing
 * @param status empty, {@code provisional}, {@code na} (reported not available) or
 * {@code missing} (no fact)
 * @param note a note for the editor (e.g. a submitted growth that differs from the
 * computed one), or empty
 * @param factIds the facts behind the figure (lineage)
 */
public record TableCell(BigDecimal value, String display, String status, String note, List<Long> factIds) {

	/** The yearbook symbol for a missing figure. */
	public static final String MISSING = "…";

	public TableCell {
		factIds = List.copyOf(factIds);
	}

	/**
	 * Whether the figure is provisional.
	 * @return true when provisional
	 */
	public boolean provisional() {
		return "provisional".equals(this.status);
	}

}
