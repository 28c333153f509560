package org.annals.chronicle.internal;

import java.util.List;

import org.annals.chronicle.ChronicleEntry;

/**
 * One department's part of a department volume.
 *
 * @param name the department's full name, its heading
 * @param entries its entries in chronicle order
 */
public record ChronicleSection(String name, List<ChronicleEntry> entries) {

	public ChronicleSection {
		entries = List.copyOf(entries);
	}

}
