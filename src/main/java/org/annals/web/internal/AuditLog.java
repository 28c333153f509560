package org.annals.web.internal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.annals.support.AuditTrail;
import org.annals.support.CsvText;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The audit log, append-only, in {@code web_audit_event}: who (principal), what (type and
 * a detail in JSON), when and from where (the client's address). Spring Boot's listeners
 * write sign-ins, failed sign-ins and sign-outs here; {@link UserAccounts} writes user
 * and role changes; the other modules record uploads, job starts, stops and restarts,
 * settled conflicts and snapshots through {@link AuditTrail}. A session id is never kept.
 * Nothing here changes or removes a row (and PostgreSQL refuses it: V026).
 */
public class AuditLog implements AuditEventRepository, AuditTrail {

	/** The longest principal kept; a user name sent in a sign-in can be anything. */
	static final int PRINCIPAL_LENGTH = 200;

	/** The longest detail kept. */
	static final int DETAIL_LENGTH = 4000;

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(AuditEvent event) {
		Map<String, Object> detail = new LinkedHashMap<>();
		String address = null;
		for (Map.Entry<String, Object> entry : event.getData().entrySet()) {
			Object value = entry.getValue();
			if (value instanceof WebAuthenticationDetails web) {
				address = web.getRemoteAddress();
			}
			else if ("remoteAddress".equals(entry.getKey())) {
				address = String.valueOf(value);
			}
			else if (value != null) {
				detail.put(entry.getKey(),
						(value instanceof Number || value instanceof Boolean) ? value : value.toString());
			}
		}
		this.jdbc
			.sql("insert into web_audit_event (occurred_at, principal, event_type, remote_address, detail) "
					+ "values (?, ?, ?, ?, ?)")
			.params(Timestamp.from(event.getTimestamp()), cut(String.valueOf(event.getPrincipal()), PRINCIPAL_LENGTH),
					cut(event.getType(), 60), (address != null) ? cut(address, 100) : null,
					detail.isEmpty() ? null : cut(JSON.writeValueAsString(detail), DETAIL_LENGTH))
			.update();
	}

	@Override
	public void record(String actor, String type, String address, Map<String, ?> detail) {
		Map<String, Object> data = new LinkedHashMap<>();
		if (detail != null) {
			data.putAll(detail);
		}
		if (address != null) {
			data.put("remoteAddress", address);
		}
		add(new AuditEvent(Instant.now(), (actor != null && !actor.isBlank()) ? actor : SYSTEM_ACTOR, type, data));
	}

	@Override
	public long write(int year, Writer out) throws IOException {
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(SHANGHAI).toInstant();
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
		csv.writeRecord(CSV_HEADER.split(","));
		long[] count = { 0 };
		this.jdbc
			.sql("select id, occurred_at, principal, event_type, remote_address, detail from web_audit_event "
					+ "where occurred_at >= ? order by id")
			.param(Timestamp.from(from))
			.query((java.sql.ResultSet rs) -> {
				String detail = rs.getString(6);
				Object via = (detail != null) ? read(detail).get("via") : null;
				csv.writeRecord(String.valueOf(rs.getLong(1)),
						rs.getTimestamp(2).toInstant().atZone(SHANGHAI).toOffsetDateTime().toString(),
						CsvText.neutralise(rs.getString(3)), CsvText.neutralise(rs.getString(4)),
						CsvText.neutralise(rs.getString(5)), CsvText.neutralise((via != null) ? via.toString() : null),
						CsvText.neutralise(detail));
				count[0]++;
			});
		csv.flush();
		return count[0];
	}

	@Override
	public List<AuditEvent> find(String principal, Instant after, String type) {
		return this.jdbc
			.sql("select occurred_at, principal, event_type, remote_address, detail from web_audit_event "
					+ "where (cast(? as varchar) is null or principal = ?) "
					+ "and (cast(? as timestamp with time zone) is null or occurred_at > ?) "
					+ "and (cast(? as varchar) is null or event_type = ?) order by occurred_at, id")
			.params(principal, principal, stamp(after), stamp(after), type, type)
			.query((rs, n) -> {
				Map<String, Object> data = new LinkedHashMap<>();
				if (rs.getString(5) != null) {
					data.putAll(read(rs.getString(5)));
				}
				if (rs.getString(4) != null) {
					data.put("remoteAddress", rs.getString(4));
				}
				return new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), data);
			})
			.list();
	}

	static Map<String, Object> read(String json) {
		try {
			return JSON.readValue(json, MAP);
		}
		catch (RuntimeException ex) {
			// a detail cut at its length limit is no longer JSON; it is still worth
			// reading
			return Map.of("detail", json);
		}
	}

	private static Timestamp stamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
