package org.annals.web.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the audit log for the auditors' page: newest first, filtered by actor, type and
 * time range, a page at a time by keyset (the rows older than the last one shown), so
 * that the thousandth page costs what the first does.
 */
class AuditPages {

	/** The zone the page and the filter's dates read times in: the office's. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JdbcClient jdbc;

	AuditPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the page asks for.
	 *
	 * @param actor exactly this actor, or null
	 * @param type exactly this type, or null
	 * @param from from this day on (in {@link #ZONE}), or null
	 * @param until up to this day, inclusive, or null
	 * @param before only rows older than this id (the keyset), or null for the newest
	 * @param size rows on a page
	 */
	record Filter(String actor, String type, LocalDate from, LocalDate until, Long before, int size) {
	}

	/**
	 * One row as the page shows it.
	 *
	 * @param id the row's id
	 * @param time when, in {@link #ZONE}
	 * @param actor who
	 * @param type what
	 * @param address from where, or null
	 * @param detail what it concerned, by name
	 */
	record Row(long id, String time, String actor, String type, String address, Map<String, Object> detail) {
	}

	/**
	 * A page of rows.
	 *
	 * @param rows the rows, newest first
	 * @param next the keyset of the next (older) page, or null when there is none
	 */
	record Page(List<Row> rows, Long next) {
	}

	Page page(Filter filter) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder(
				"select id, occurred_at, principal, event_type, remote_address, detail from web_audit_event where 1 = 1");
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" and principal = ?");
			params.add(filter.actor().strip());
		}
		if (filter.type() != null && !filter.type().isBlank()) {
			sql.append(" and event_type = ?");
			params.add(filter.type().strip());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
		}
		if (filter.until() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(filter.until().plusDays(1).atStartOfDay(ZONE).toInstant()));
		}
		if (filter.before() != null) {
			sql.append(" and id < ?");
			params.add(filter.before());
		}
		sql.append(" order by id desc limit ?");
		params.add(filter.size() + 1);
		List<Row> rows = this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), shown(rs.getTimestamp(2).toInstant()), rs.getString(3),
					rs.getString(4), rs.getString(5),
					(rs.getString(6) != null) ? AuditLog.read(rs.getString(6)) : Map.of()))
			.list();
		if (rows.size() <= filter.size()) {
			return new Page(rows, null);
		}
		List<Row> shown = rows.subList(0, filter.size());
		return new Page(List.copyOf(shown), shown.get(shown.size() - 1).id());
	}

	static String shown(Instant instant) {
		return SHOWN.format(instant.atZone(ZONE));
	}

}
