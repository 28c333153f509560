package org.annals.archive.internal;

import java.util.ArrayList;
import java.util.List;

import org.annals.chronicle.ChronicleExport;
import org.annals.ingest.IngestExport;
import org.annals.support.ExportedFiles;
import org.annals.tables.TablesExport;

import org.springframework.stereotype.Component;

/**
 * What a snapshot of a year holds under {@code data/}: the compiled tables (xlsx, csv,
 * json), the chronicle (csv, md, docx), the canonical facts CSV, every original
 * submission that contributed (by content hash, its names in {@code originals.csv}),
 * their validation reports, and {@code lineage.csv} mapping each published figure to its
 * sources. Each feature exports its own part; the archive only collects them.
 */
@Component
public class SnapshotPayload {

	private final TablesExport tables;

	private final ChronicleExport chronicle;

	private final IngestExport ingest;

	SnapshotPayload(TablesExport tables, ChronicleExport chronicle, IngestExport ingest) {
		this.tables = tables;
		this.chronicle = chronicle;
		this.ingest = ingest;
	}

	public List<BagWriter.Entry> of(int year) {
		List<BagWriter.Entry> entries = new ArrayList<>();
		ExportedFiles files = (path, content) -> entries.add(new BagWriter.Entry(path, content::writeTo));
		TablesExport.Lineage lineage = this.tables.tables(year, files);
		this.chronicle.chronicle(year, files);
		this.ingest.facts(year, files);
		lineage.addTo(files);
		this.ingest.originals(year, files);
		return entries;
	}

}
