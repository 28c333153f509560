package org.annals.chronicle;

import java.time.LocalDate;
import java.util.List;

import org.annals.chronicle.internal.ChronicleEvent;

/**
 * One entry of the chronicle: one event, with every department that reported it and every
 * source file; the first wording is the title.
 *
 * @param start first day of its period
 * @param end last day of its period
 * @param precision its precision
 * @param label its date as a yearbook prints it
 * @param departments the reporting departments, first reporter first
 * @param title the first wording
 * @param content the first wording's content
 * @param sources the source files
 * @param events the events it stands for, first first
 */
public record ChronicleEntry(LocalDate start, LocalDate end, DatePrecision precision, String label,
		List<String> departments, String title, String content, List<String> sources, List<ChronicleEvent> events) {

	public ChronicleEntry {
		departments = List.copyOf(departments);
		sources = List.copyOf(sources);
		events = List.copyOf(events);
	}

}
