package org.annals.review.internal;

import java.util.List;
import java.util.Map;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.ChronicleRepository;
import org.annals.ingest.SubmittedFiles;
import org.annals.reference.ReferenceData;
import org.annals.reference.TableDefinition;
import org.annals.review.ReviewEvent;
import org.annals.review.ReviewItem;
import org.annals.support.Sha256;
import org.annals.tables.TableBuilds;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings the items under review up to date with what exists: a loaded submission opens
 * its department's item for its data year, and a later one from the same department for
 * the same year and kind (the corrected file after 退回) opens a new round; a table's or
 * the chronicle's first compile opens its item, and a compile that changes it (a later
 * fact that would change a signed-off cell) opens a new round, while the build signed off
 * stays the one printed.
 */
@Component
public class ReviewSync {

	private final SubmittedFiles files;

	private final TableBuilds builds;

	private final ChronicleRepository chronicle;

	private final ReferenceData reference;

	private final ReviewRepository repository;

	private final ReviewLevels levels;

	private final AuditEventRepository audit;

	ReviewSync(JdbcClient jdbc, TableBuilds builds, ChronicleRepository chronicle, ReferenceData reference,
			ReviewRepository repository, ReviewLevels levels, AuditEventRepository audit) {
		this.files = new SubmittedFiles(jdbc);
		this.builds = builds;
		this.chronicle = chronicle;
		this.reference = reference;
		this.repository = repository;
		this.levels = levels;
		this.audit = audit;
	}

	/**
	 * Opens the items and rounds that what exists now calls for.
	 */
	public synchronized void sync() {
		for (SubmittedFiles.File file : this.files.loaded()) {
			if (file.dataYear() > 0) {
				String key = file.department() + "|" + file.dataYear() + "|" + file.kind();
				open(ReviewItem.SUBMISSION, key, file.dataYear(), this.levels.regionOf(file.department()),
						file.department(), file.originalName(), file.id(), String.valueOf(file.id()));
			}
		}
		for (Integer year : this.builds.years()) {
			for (TableDefinition table : this.reference.tables()) {
				this.builds.latest(table.id(), year)
					.ifPresent((build) -> open(ReviewItem.TABLE, table.id() + "|" + year, year,
							this.levels.regionOfTable(table.id()), null, table.id(), build.id(), build.contentHash()));
			}
		}
		for (Integer year : this.chronicle.yearsWithEvents()) {
			List<ChronicleEntry> entries = this.chronicle.entries(year, null);
			if (!entries.isEmpty()) {
				open(ReviewItem.CHRONICLE, String.valueOf(year), year, this.levels.province(), null,
						String.valueOf(year), null, hash(entries));
			}
		}
	}

	private void open(String kind, String key, int year, String region, String department, String title, Long subject,
			String hash) {
		var existing = this.repository.byKey(kind, key);
		ReviewLevels.Step first = this.levels.of(region).get(0);
		if (existing.isEmpty()) {
			if (this.repository.insert(kind, key, year, region, department, title, subject, hash, first)) {
				record(this.repository.byKey(kind, key).orElseThrow().item());
			}
			return;
		}
		ReviewItem item = existing.get().item();
		if (ReviewItem.TABLE.equals(kind)) {
			keepBuilds(existing.get(), subject, hash);
		}
		boolean newer = ReviewItem.SUBMISSION.equals(kind) ? subject > item.subjectRef()
				: !hash.equals(existing.get().subjectHash());
		if (newer) {
			this.repository.newRound(item.id(), title, subject, hash, first);
			record(this.repository.byId(item.id()).orElseThrow().item());
		}
	}

	/**
	 * A build the item points to may have been removed ({@code annals compile --delete})
	 * and the table compiled again: the same content under a new build is the same
	 * subject, and the same signed-off content stays signed off; a signed-off build gone
	 * with no like content left is no longer signed off.
	 */
	private void keepBuilds(ReviewRepository.Stored stored, Long latest, String hash) {
		ReviewItem item = stored.item();
		if (hash.equals(stored.subjectHash()) && !latest.equals(item.subjectRef())
				&& this.builds.byId(item.subjectRef()).isEmpty()) {
			this.repository.pointTo(item.id(), "subject_ref", latest);
		}
		if (item.signedRef() != null && this.builds.byId(item.signedRef()).isEmpty()) {
			this.repository.pointTo(item.id(), "signed_ref", hash.equals(stored.signedHash()) ? latest : null);
		}
	}

	private void record(ReviewItem item) {
		this.repository.append(item, ReviewEvent.OPENED, "system", null, null);
		this.audit.add(new AuditEvent("system", "REVIEW_OPENED", Map.of("item", item.id(), "kind", item.kind(), "title",
				item.title(), "round", item.round(), "level", item.level().code())));
	}

	private static String hash(List<ChronicleEntry> entries) {
		StringBuilder text = new StringBuilder();
		entries.forEach((e) -> text.append(e.start())
			.append('|')
			.append(e.end())
			.append('|')
			.append(e.title())
			.append('|')
			.append(e.content())
			.append('\n'));
		return Sha256.of(text.toString());
	}

}
