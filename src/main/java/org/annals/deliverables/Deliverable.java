package org.annals.deliverables;

import java.util.List;

/**
 * Something a department owes the office for each data year, as
 * {@code jobs/deliverables.yml} declares it.
 *
 * @param department the department's inbox folder ({@code departments.yml})
 * @param name what the office calls it, e.g. 国民经济主要指标
 * @param kind statistics or the chronicle's events
 * @param indicators for statistics, the indicator codes that make a file count for it
 * (those listed, and those of the tables listed); empty for the chronicle
 * @param period how often it is owed within the data year
 * @param due when each term is due
 */
public record Deliverable(String department, String name, Kind kind, List<String> indicators, Period period, Due due) {

	public Deliverable {
		indicators = List.copyOf(indicators);
	}

	/**
	 * What a deliverable is.
	 */
	public enum Kind {

		/** Statistics tables: a statistics file of the department. */
		STATISTICS,

		/** Events for the chronicle (大事记): a file of kind events. */
		CHRONICLE

	}

}
