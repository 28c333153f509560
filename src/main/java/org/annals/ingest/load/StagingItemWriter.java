package org.annals.ingest.load;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.annals.ingest.Issue;
import org.annals.ingest.RowOutcome;
import org.annals.ingest.StagedEvent;
import org.annals.ingest.StagedFact;
import org.postgresql.PGConnection;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a chunk's facts into {@code ingest_fact_staging} and its issues into
 * {@code ingest_issue}, in the chunk's transaction: with PostgreSQL's {@code COPY}, on H2
 * with batched inserts.
 */
public class StagingItemWriter implements ItemWriter<RowOutcome> {

	private static final String COPY = "COPY ingest_fact_staging (submission_id, sheet, cell, region_code, indicator_code, "
			+ "indicator_name, unit, fact_year, fact_value, status, flags) FROM STDIN WITH (FORMAT csv)";

	private static final String INSERT_FACT = "insert into ingest_fact_staging (submission_id, sheet, cell, region_code, "
			+ "indicator_code, indicator_name, unit, fact_year, fact_value, status, flags) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_EVENT = "insert into ingest_event (submission_id, department, sheet, cell, row_index, "
			+ "start_date, end_date, date_precision, label, date_written, title, content, state) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'staged')";

	private static final String INSERT_ISSUE = "insert into ingest_issue (submission_id, severity, code, sheet, cell, "
			+ "message_zh, message_en) values (?, ?, ?, ?, ?, ?, ?)";

	private final long submissionId;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	/**
	 * Creates the writer.
	 * @param submissionId the submission
	 * @param dataSource the data source shared with the job repository
	 */
	public StagingItemWriter(long submissionId, DataSource dataSource) {
		this.submissionId = submissionId;
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void write(Chunk<? extends RowOutcome> chunk) throws Exception {
		List<StagedFact> facts = new ArrayList<>();
		List<Issue> issues = new ArrayList<>();
		List<StagedEvent> events = new ArrayList<>();
		for (RowOutcome outcome : chunk) {
			facts.addAll(outcome.facts());
			events.addAll(outcome.events());
			issues.addAll(outcome.issues());
		}
		if (!events.isEmpty()) {
			writeEvents(events);
		}
		if (!facts.isEmpty()) {
			writeFacts(facts);
		}
		if (!issues.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_ISSUE, issues, 500, (ps, issue) -> {
				ps.setLong(1, this.submissionId);
				ps.setString(2, issue.severity().name());
				ps.setString(3, issue.code());
				ps.setString(4, issue.sheet());
				ps.setString(5, issue.cell());
				ps.setString(6, issue.chinese());
				ps.setString(7, issue.english());
			});
		}
	}

	private void writeEvents(List<StagedEvent> events) {
		this.jdbc.batchUpdate(INSERT_EVENT, events, 500, (ps, e) -> {
			ps.setLong(1, this.submissionId);
			ps.setString(2, e.department());
			ps.setString(3, e.sheet());
			ps.setString(4, e.cell());
			ps.setInt(5, e.rowIndex());
			ps.setObject(6, e.date().start());
			ps.setObject(7, e.date().end());
			ps.setString(8, e.date().precision().code());
			ps.setString(9, e.date().label());
			ps.setString(10, e.date().written());
			ps.setString(11, e.title());
			ps.setString(12, e.content());
		});
	}

	private void writeFacts(List<StagedFact> facts) throws SQLException, IOException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), facts);
				return;
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		this.jdbc.batchUpdate(INSERT_FACT, facts, 1000, (ps, f) -> {
			ps.setLong(1, this.submissionId);
			ps.setString(2, f.sheet());
			ps.setString(3, f.cell());
			ps.setString(4, f.regionCode());
			ps.setString(5, f.indicatorCode());
			ps.setString(6, f.indicatorName());
			ps.setString(7, f.unit());
			ps.setInt(8, f.year());
			ps.setBigDecimal(9, f.value());
			ps.setString(10, f.status());
			ps.setString(11, f.flags());
		});
	}

	private void copy(PGConnection connection, List<StagedFact> facts) throws SQLException, IOException {
		StringBuilder csv = new StringBuilder(facts.size() * 96);
		for (StagedFact f : facts) {
			csv.append(this.submissionId).append(',');
			quote(csv, f.sheet()).append(',');
			csv.append(f.cell()).append(',');
			csv.append(f.regionCode()).append(',');
			quote(csv, f.indicatorCode()).append(',');
			quote(csv, f.indicatorName()).append(',');
			if (f.unit() != null) {
				quote(csv, f.unit());
			}
			csv.append(',').append(f.year()).append(',');
			if (f.value() != null) {
				csv.append(f.value().toPlainString());
			}
			csv.append(',');
			quote(csv, f.status()).append(',');
			quote(csv, f.flags()).append('\n');
		}
		connection.getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
	}

	private static StringBuilder quote(StringBuilder csv, String text) {
		csv.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				csv.append('"');
			}
			csv.append(c);
		}
		return csv.append('"');
	}

}
