package org.annals.chronicle;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.annals.chronicle.internal.ChronicleEvent;
import org.annals.ingest.PublishedEvents;

/**
 * Reads the current events of a year from ingest's {@link PublishedEvents} and keeps the
 * compiled chronicle in {@code chronicle_entry} and {@code chronicle_entry_source}.
 */
@Repository
public class ChronicleRepository {

	private static final String SEPARATOR = ";";

	private final JdbcClient jdbc;

	private final PublishedEvents events;

	ChronicleRepository(JdbcClient jdbc, PublishedEvents events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * The current events that start in a year, in the order of submission.
	 * @param year the year
	 * @return the events
	 */
	public List<ChronicleEvent> events(int year) {
		return this.events.ofYear(year)
			.stream()
			.map((e) -> new ChronicleEvent(e.id(), e.department(), e.source(), e.start(), e.end(),
					DatePrecision.ofCode(e.precision()), e.label(), e.title(), e.content()))
			.toList();
	}

	/**
	 * The years that have current events.
	 * @return the years, oldest first
	 */
	public List<Integer> yearsWithEvents() {
		return this.events.years();
	}

	/**
	 * Removes a year's compiled chronicle (its events stay, and compiling the year again
	 * makes it anew).
	 * @param year the year
	 * @return how many entries were removed
	 */
	@Transactional
	public int deleteYear(int year) {
		this.jdbc
			.sql("delete from chronicle_entry_source where entry_id in "
					+ "(select id from chronicle_entry where entry_year = ?)")
			.param(year)
			.update();
		return this.jdbc.sql("delete from chronicle_entry where entry_year = ?").param(year).update();
	}

	/**
	 * Replaces a year's chronicle.
	 * @param year the year
	 * @param entries the entries in chronicle order
	 * @param execution the job execution compiling it, or null
	 */
	public void replace(int year, List<ChronicleEntry> entries, Long execution) {
		this.jdbc
			.sql("delete from chronicle_entry_source where entry_id in "
					+ "(select id from chronicle_entry where entry_year = ?)")
			.param(year)
			.update();
		this.jdbc.sql("delete from chronicle_entry where entry_year = ?").param(year).update();
		Timestamp now = new Timestamp(System.currentTimeMillis());
		int position = 0;
		for (ChronicleEntry entry : entries) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc
				.sql("insert into chronicle_entry (entry_year, position, start_date, end_date, date_precision, label, "
						+ "departments, title, content, sources, compiled_at, job_execution_id) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(year, ++position, Date.valueOf(entry.start()), Date.valueOf(entry.end()),
						entry.precision().code(), entry.label(), String.join(SEPARATOR, entry.departments()),
						entry.title(), entry.content(), String.join(SEPARATOR, entry.sources()), now, execution)
				.update(keys, "id");
			long id = keys.getKey().longValue();
			for (ChronicleEvent event : entry.events()) {
				this.jdbc.sql("insert into chronicle_entry_source (entry_id, event_id) values (?, ?)")
					.params(id, event.id())
					.update();
			}
		}
	}

	/**
	 * A year's compiled chronicle, optionally only the entries a department reported.
	 * @param year the year
	 * @param department a department, or null for the whole province
	 * @return the entries in chronicle order (without their events)
	 */
	public List<ChronicleEntry> entries(int year, String department) {
		List<ChronicleEntry> all = this.jdbc
			.sql("select start_date, end_date, date_precision, label, departments, title, content, sources "
					+ "from chronicle_entry where entry_year = ? order by position")
			.param(year)
			.query((rs, n) -> new ChronicleEntry(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
					DatePrecision.ofCode(rs.getString(3)), rs.getString(4), split(rs.getString(5)), rs.getString(6),
					rs.getString(7), split(rs.getString(8)), List.of()))
			.list();
		if (department == null) {
			return all;
		}
		return all.stream().filter((e) -> e.departments().contains(department)).toList();
	}

	/**
	 * Whether a year has been compiled.
	 * @param year the year
	 * @return true when compiled
	 */
	public boolean compiled(int year) {
		return this.jdbc.sql("select count(*) from chronicle_entry where entry_year = ?")
			.param(year)
			.query(Integer.class)
			.single() > 0;
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
	}

}
