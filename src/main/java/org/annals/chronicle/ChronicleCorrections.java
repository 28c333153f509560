package org.annals.chronicle;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.annals.chronicle.ChronicleCorrection.Kind;
import org.annals.chronicle.internal.ChronicleCompiler;
import org.annals.chronicle.internal.CorrectionRules;
import org.annals.chronicle.internal.DateLabels;
import org.annals.ingest.PublishedEvents;
import org.annals.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors correct the chronicle (wording, date, merge, split): each correction is kept in
 * the append-only {@code chronicle_correction}, beside the departments' wordings, the
 * year is compiled again at once, and every later compile applies it (the database's
 * {@code jobs/chronicle-merges.yml}). An entry is known by its events: a correction names
 * the entry's first event (by department and title as written), so it survives a compile
 * and a department sending its log again.
 */
@Component
public class ChronicleCorrections {

	private final JdbcClient jdbc;

	private final ChronicleRepository chronicle;

	private final PublishedEvents events;

	private final ReferenceData reference;

	ChronicleCorrections(JdbcClient jdbc, ChronicleRepository chronicle, PublishedEvents events,
			ReferenceData reference) {
		this.jdbc = jdbc;
		this.chronicle = chronicle;
		this.events = events;
		this.reference = reference;
	}

	/**
	 * A year's chronicle compiled from its current events with every correction.
	 * @param year the year
	 * @return the entries in chronicle order
	 */
	public List<ChronicleEntry> compile(int year) {
		ChronicleCompiler compiler = new ChronicleCompiler(this.reference.chronicleMerges(),
				new CorrectionRules(ofYear(year)));
		return compiler.compile(this.chronicle.events(year));
	}

	/**
	 * A year's corrections, in the order they were made.
	 * @param year the year
	 * @return the corrections
	 */
	public List<ChronicleCorrection> ofYear(int year) {
		return this.jdbc
			.sql("select id, entry_year, kind, department, title, other_department, other_title, new_title, "
					+ "new_content, start_date, end_date, date_precision, label, reason, editor, corrected_at "
					+ "from chronicle_correction where entry_year = ? order by id")
			.param(year)
			.query((rs, n) -> new ChronicleCorrection(rs.getLong(1), rs.getInt(2), Kind.ofCode(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), date(rs.getDate(10)), date(rs.getDate(11)),
					(rs.getString(12) != null) ? DatePrecision.ofCode(rs.getString(12)) : null, rs.getString(13),
					rs.getString(14), rs.getString(15), rs.getTimestamp(16).toInstant()))
			.list();
	}

	/**
	 * Gives an entry another wording.
	 * @param entry the entry's id
	 * @param title the title to print
	 * @param content the content to print
	 * @param reason why
	 * @param editor who
	 * @return the correction
	 */
	@Transactional
	public ChronicleCorrection wording(long entry, String title, String content, String reason, String editor) {
		if (title == null || title.isBlank()) {
			throw new RefusedCorrectionException("chronicle.refused.title");
		}
		Anchor anchor = anchor(entry);
		return record(anchor, Kind.WORDING, null, null, title.strip(), (content != null) ? content.strip() : "", null,
				null, null, reason, editor);
	}

	/**
	 * Gives an entry another date: a day or range of days, or the xun, month, quarter,
	 * half or year that contains the first day.
	 * @param entry the entry's id
	 * @param start the first day
	 * @param end the last day of a range of days, or null
	 * @param precision the precision
	 * @param reason why
	 * @param editor who
	 * @return the correction
	 */
	@Transactional
	public ChronicleCorrection date(long entry, LocalDate start, LocalDate end, DatePrecision precision, String reason,
			String editor) {
		Anchor anchor = anchor(entry);
		if (start == null || precision == null || start.getYear() != anchor.year()
				|| (end != null && end.getYear() != anchor.year())) {
			throw new RefusedCorrectionException("chronicle.refused.date");
		}
		LocalDate[] period = DateLabels.period(start, end, precision);
		return record(anchor, Kind.DATE, null, null, null, null, period, precision,
				DateLabels.label(period[0], period[1], precision), reason, editor);
	}

	/**
	 * Makes two entries one.
	 * @param entry the entry's id
	 * @param into the other entry's id
	 * @param reason why
	 * @param editor who
	 * @return the correction
	 */
	@Transactional
	public ChronicleCorrection merge(long entry, long into, String reason, String editor) {
		Anchor anchor = anchor(entry);
		Anchor other = anchor(into);
		if (entry == into || anchor.year() != other.year()) {
			throw new RefusedCorrectionException("chronicle.refused.merge");
		}
		return record(anchor, Kind.MERGE, other.source().department(), other.source().title(), null, null, null, null,
				null, reason, editor);
	}

	/**
	 * Takes one of an entry's events out of it: it is an entry of its own.
	 * @param entry the entry's id
	 * @param event the event's id
	 * @param reason why
	 * @param editor who
	 * @return the correction
	 */
	@Transactional
	public ChronicleCorrection split(long entry, long event, String reason, String editor) {
		Anchor anchor = anchor(entry);
		PublishedEvents.Source taken = anchor.sources()
			.stream()
			.filter((s) -> s.id() == event)
			.findFirst()
			.orElseThrow(() -> new RefusedCorrectionException("chronicle.refused.split"));
		if (anchor.sources().size() < 2) {
			throw new RefusedCorrectionException("chronicle.refused.split");
		}
		Anchor split = new Anchor(anchor.year(), taken, anchor.sources());
		return record(split, Kind.SPLIT, anchor.source().department(), anchor.source().title(), null, null, null, null,
				null, reason, editor);
	}

	private ChronicleCorrection record(Anchor anchor, Kind kind, String otherDepartment, String otherTitle,
			String newTitle, String newContent, LocalDate[] period, DatePrecision precision, String label,
			String reason, String editor) {
		if (reason == null || reason.isBlank()) {
			throw new RefusedCorrectionException("chronicle.refused.reason");
		}
		Instant now = Instant.now();
		this.jdbc
			.sql("insert into chronicle_correction (entry_year, kind, department, title, other_department, "
					+ "other_title, new_title, new_content, start_date, end_date, date_precision, label, reason, "
					+ "editor, corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(anchor.year(), kind.code(), anchor.source().department(), anchor.source().title(), otherDepartment,
					otherTitle, newTitle, newContent, (period != null) ? Date.valueOf(period[0]) : null,
					(period != null) ? Date.valueOf(period[1]) : null, (precision != null) ? precision.code() : null,
					label, reason.strip(), editor, Timestamp.from(now))
			.update();
		this.chronicle.replace(anchor.year(), compile(anchor.year()), null);
		List<ChronicleCorrection> all = ofYear(anchor.year());
		return all.get(all.size() - 1);
	}

	private Anchor anchor(long entry) {
		Integer year = this.jdbc.sql("select entry_year from chronicle_entry where id = ?")
			.param(entry)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new RefusedCorrectionException("chronicle.refused.entry"));
		List<Long> ids = this.jdbc.sql("select event_id from chronicle_entry_source where entry_id = ?")
			.param(entry)
			.query(Long.class)
			.list();
		List<PublishedEvents.Source> sources = this.events.sources(ids);
		if (sources.isEmpty()) {
			throw new RefusedCorrectionException("chronicle.refused.entry");
		}
		return new Anchor(year, sources.stream().min(Comparator.comparingLong(PublishedEvents.Source::id)).get(),
				sources);
	}

	private static LocalDate date(java.sql.Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private record Anchor(int year, PublishedEvents.Source source, List<PublishedEvents.Source> sources) {
	}

	/**
	 * A correction refused, with the bundle key of the reason.
	 */
	public static class RefusedCorrectionException extends RuntimeException {

		private final String key;

		/**
		 * A refusal.
		 * @param key the message bundle key of the reason
		 */
		public RefusedCorrectionException(String key) {
			super(key);
			this.key = key;
		}

		/**
		 * The message bundle key of the reason.
		 * @return the key
		 */
		public String key() {
			return this.key;
		}

	}

}
