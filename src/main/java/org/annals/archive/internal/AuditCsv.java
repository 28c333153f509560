package org.annals.archive.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.support.CsvText;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;

/**
 * {@code audit.csv} of a snapshot: the audit log (read through Spring's
 * {@link AuditEventRepository}, which the web module's log implements) from the first day
 * of the year (Asia/Shanghai) to the snapshot: sign-ins, uploads, jobs, reviews, user
 * changes, everything, in order.
 */
final class AuditCsv {

	/** The columns. */
	static final List<String> COLUMNS = List.of("occurred_at", "principal", "event_type", "remote_address", "detail");

	private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

	private AuditCsv() {
	}

	static void write(AuditEventRepository audit, int year, OutputStream out) throws IOException {
		Instant from = LocalDate.of(year, 1, 1).atStartOfDay(OFFICE).toInstant().minusMillis(1);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		csv.writeRecord(COLUMNS);
		for (AuditEvent event : audit.find(null, from, null)) {
			Map<String, Object> detail = new TreeMap<>(event.getData());
			Object address = detail.remove("remoteAddress");
			StringBuilder text = new StringBuilder();
			detail.forEach(
					(key, value) -> text.append((text.length() > 0) ? "; " : "").append(key).append('=').append(value));
			csv.writeRecord(event.getTimestamp().toString(), CsvText.neutralise(event.getPrincipal()), event.getType(),
					(address != null) ? CsvText.neutralise(address.toString()) : "",
					CsvText.neutralise(text.toString()));
		}
		csv.flush();
		writer.flush();
	}

}
