package org.annals.chronicle;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.annals.chronicle.internal.CorrectionRules;
import org.annals.ingest.PublishedEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year's compiled chronicle for the editors' page: filtered by department, month (of
 * the date an entry sorts by), precision and words in its title or content (Chinese as
 * written, other letters in any case), a page at a time by keyset (the entries after a
 * position), each entry with its sources (every department's wording, file, sheet and
 * cell) and the corrections that concern it.
 */
@Component
public class ChronicleListing {

	private final JdbcClient jdbc;

	private final PublishedEvents events;

	private final ChronicleCorrections corrections;

	ChronicleListing(JdbcClient jdbc, PublishedEvents events, ChronicleCorrections corrections) {
		this.jdbc = jdbc;
		this.events = events;
		this.corrections = corrections;
	}

	/**
	 * What the page asks for; every field may be null.
	 *
	 * @param department a department's folder
	 * @param month a month, 1 to 12 (a whole-year entry is in none)
	 * @param precision a precision
	 * @param text words in the title or content
	 */
	public record Filter(String department, Integer month, DatePrecision precision, String text) {
	}

	/**
	 * An entry as listed.
	 *
	 * @param id its id in this compile
	 * @param position its place in the chronicle, from 1
	 * @param entry the entry as printed
	 * @param sources its events: each department's wording and where it came from
	 * @param history the corrections that concern any of its events, oldest first
	 */
	public record Listed(long id, int position, ChronicleEntry entry, List<PublishedEvents.Source> sources,
			List<ChronicleCorrection> history) {
	}

	/**
	 * A page of entries.
	 *
	 * @param entries the entries
	 * @param next the position to continue after, or null when this is the last page
	 */
	public record Page(List<Listed> entries, Integer next) {
	}

	/**
	 * The years with a compiled chronicle.
	 * @return the years, newest first
	 */
	public List<Integer> years() {
		return this.jdbc.sql("select distinct entry_year from chronicle_entry order by entry_year desc")
			.query(Integer.class)
			.list();
	}

	/**
	 * A page of a year's chronicle.
	 * @param year the year
	 * @param filter what to show
	 * @param after the position to continue after, 0 for the first page
	 * @param size the most entries on a page
	 * @return the page
	 */
	public Page page(int year, Filter filter, int after, int size) {
		StringBuilder sql = new StringBuilder("select id, position, start_date, end_date, date_precision, label, "
				+ "departments, title, content, sources from chronicle_entry where entry_year = ? and position > ?");
		List<Object> params = new ArrayList<>(List.of(year, after));
		if (filter.department() != null && !filter.department().isBlank()) {
			sql.append(" and concat(';', departments, ';') like ? escape '!'");
			params.add("%;" + like(filter.department().strip()) + ";%");
		}
		if (filter.month() != null && filter.month() >= 1 && filter.month() <= 12) {
			Date from = Date.valueOf(LocalDate.of(year, filter.month(), 1));
			Date to = Date.valueOf(LocalDate.of(year, filter.month(), 1).plusMonths(1));
			sql.append(" and ((date_precision = 'day' and start_date >= ? and start_date < ?)"
					+ " or (date_precision not in ('day', 'year') and end_date >= ? and end_date < ?))");
			params.addAll(List.of(from, to, from, to));
		}
		if (filter.precision() != null) {
			sql.append(" and date_precision = ?");
			params.add(filter.precision().code());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (lower(title) like ? escape '!' or lower(content) like ? escape '!')");
			String words = "%" + like(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
			params.addAll(List.of(words, words));
		}
		sql.append(" order by position limit ?");
		params.add(size + 1);
		List<Row> rows = this.jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			ChronicleEntry entry = new ChronicleEntry(rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
					DatePrecision.ofCode(rs.getString(5)), rs.getString(6), split(rs.getString(7)), rs.getString(8),
					rs.getString(9), split(rs.getString(10)), List.of());
			return new Row(rs.getLong(1), rs.getInt(2), entry);
		}).list();
		List<ChronicleCorrection> all = this.corrections.ofYear(year);
		List<Listed> listed = new ArrayList<>();
		for (Row row : rows.subList(0, Math.min(size, rows.size()))) {
			List<Long> ids = this.jdbc.sql("select event_id from chronicle_entry_source where entry_id = ?")
				.param(row.id())
				.query(Long.class)
				.list();
			List<PublishedEvents.Source> sources = this.events.sources(ids);
			List<ChronicleCorrection> history = all.stream()
				.filter((c) -> sources.stream().anyMatch((s) -> CorrectionRules.concerns(c, s.department(), s.title())))
				.toList();
			listed.add(new Listed(row.id(), row.position(), row.entry(), sources, history));
		}
		Integer next = (rows.size() > size) ? listed.get(listed.size() - 1).position() : null;
		return new Page(listed, next);
	}

	/**
	 * The id of a year's entry at a position, for an editor who names an entry by its
	 * number.
	 * @param year the year
	 * @param position the position
	 * @return the id, or null
	 */
	public Long idAt(int year, int position) {
		return this.jdbc.sql("select id from chronicle_entry where entry_year = ? and position = ?")
			.params(year, position)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private record Row(long id, int position, ChronicleEntry entry) {
	}

	private static String like(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";", -1));
	}

}
