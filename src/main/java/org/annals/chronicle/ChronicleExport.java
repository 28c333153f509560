package org.annals.chronicle;

import java.util.List;
import java.util.Locale;

import org.annals.support.Messages;
import org.annals.support.ExportedFiles;

import org.springframework.stereotype.Component;

/**
 * A year's chronicle as a snapshot holds it: csv, md and docx under {@code chronicle/}.
 */
@Component
public class ChronicleExport {

	private final ChronicleRepository chronicle;

	private final ChronicleExporter exporter;

	ChronicleExport(ChronicleRepository chronicle, ChronicleExporter exporter) {
		this.chronicle = chronicle;
		this.exporter = exporter;
	}

	/**
	 * Adds the chronicle of a year in every format.
	 * @param year the year
	 * @param files where they go
	 */
	public void chronicle(int year, ExportedFiles files) {
		List<ChronicleEntry> entries = this.chronicle.entries(year, null);
		for (ChronicleExporter.Format format : ChronicleExporter.Format.values()) {
			String title = Messages.get(Messages.CHINESE, "chronicle.title", year);
			String name = "chronicle/" + title + "." + format.name().toLowerCase(Locale.ROOT);
			files.add(name, (out) -> this.exporter.write(title, entries, format, out));
		}
	}

}
