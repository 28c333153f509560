package org.annals.archive.internal;

import java.util.ArrayList;
import java.util.List;

import org.annals.chronicle.ChronicleExport;
import org.annals.ingest.IngestExport;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.review.ReviewTrail;
import org.annals.review.Reviews;
import org.annals.support.ExportedFiles;
import org.annals.tables.TablesExport;

import org.springframework.boot.actuate.audit.AuditEventRepository;

import org.springframework.stereotype.Component;

/**
 * What a snapshot of a year holds under {@code data/}: the compiled tables (xlsx, csv,
 * json), the chronicle (csv, md, docx), the canonical facts CSV, every original
 * submission that contributed (by content hash, its names in {@code originals.csv}),
 * their validation reports, and {@code lineage.csv} mapping each published figure to its
 * sources; of each table the build the province signed off (审定), else its latest; and the
 * review trail ({@code reviews.csv}) and the audit log ({@code audit.csv}) of the year.
 * Each feature exports its own part; the archive only collects them.
 */
@Component
public class SnapshotPayload {

	private final TablesExport tables;

	private final ChronicleExport chronicle;

	private final IngestExport ingest;

	private final Reviews reviews;

	private final ReviewTrail trail;

	private final AuditEventRepository audit;

	private final ReferenceData reference;

	SnapshotPayload(TablesExport tables, ChronicleExport chronicle, IngestExport ingest, Reviews reviews,
			ReviewTrail trail, AuditEventRepository audit, ReferenceData reference) {
		this.tables = tables;
		this.chronicle = chronicle;
		this.ingest = ingest;
		this.reviews = reviews;
		this.trail = trail;
		this.audit = audit;
		this.reference = reference;
	}

	public List<BagWriter.Entry> of(int year) {
		List<BagWriter.Entry> entries = new ArrayList<>();
		ExportedFiles files = (path, content) -> entries.add(new BagWriter.Entry(path, content::writeTo));
		java.util.Map<String, Long> signed = new java.util.LinkedHashMap<>();
		for (TableDefinition table : this.reference.tables()) {
			this.reviews.signedBuild(table.id(), year).ifPresent((build) -> signed.put(table.id(), build));
		}
		TablesExport.Lineage lineage = this.tables.tables(year, files, signed);
		this.chronicle.chronicle(year, files);
		this.ingest.facts(year, files);
		lineage.addTo(files);
		this.ingest.originals(year, files);
		this.trail.reviews(year, files);
		files.add("audit.csv", (out) -> AuditCsv.write(this.audit, year, out));
		return entries;
	}

}
