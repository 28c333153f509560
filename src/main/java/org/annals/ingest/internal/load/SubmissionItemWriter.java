package org.annals.ingest.internal.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.annals.ingest.Issue;
import org.annals.ingest.internal.staging.RowBatch;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedEvent;
import org.annals.ingest.internal.staging.StagedFact;
import org.postgresql.PGConnection;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes what a chunk of a submission's rows yielded, in the chunk's transaction (so that
 * the rows and the reader's saved position commit together): its facts straight into
 * {@code ingest_fact}, where they stay unpublished until the file is decided (see
 * {@link FactPublisher}), with PostgreSQL's {@code COPY} or, on H2, batched inserts, each
 * with the number of its label (sheet, indicator name and unit, {@link FactLabels}); the
 * labels it added; how many facts it gave per indicator and year
 * ({@code ingest_coverage}); its events and its issues.
 */
public class SubmissionItemWriter implements ItemWriter<RowBatch> {

	/** Fact ids taken at once from the id sequence on PostgreSQL (its increment). */
	static final int ID_BLOCK = 1024;

	private static final String COLUMNS = "region_code, indicator_code, label_id, fact_year, fact_value, status, "
			+ "flags, submission_id, cell, state, job_execution_id";

	/** Without {@code published_at}: its default is the chunk's transaction time. */
	private static final String COPY = "COPY ingest_fact (id, " + COLUMNS + ") FROM STDIN";

	private static final String INSERT_FACT = "insert into ingest_fact (" + COLUMNS
			+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_COVERAGE = "insert into ingest_coverage (submission_id, indicator_code, "
			+ "fact_year, facts) values (?, ?, ?, ?)";

	private static final String INSERT_EVENT = "insert into ingest_event (submission_id, department, sheet, cell, row_index, "
			+ "start_date, end_date, date_precision, label, date_written, title, content, state) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'staged')";

	private static final String INSERT_ISSUE = "insert into ingest_issue (submission_id, severity, code, sheet, cell, "
			+ "message_zh, message_en) values (?, ?, ?, ?, ?, ?, ?)";

	private final long submissionId;

	private final Long jobExecutionId;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private FactLabels labels;

	/**
	 * Creates the writer.
	 * @param submissionId the submission
	 * @param jobExecutionId the job execution reading it
	 * @param dataSource the data source shared with the job repository
	 */
	public SubmissionItemWriter(long submissionId, Long jobExecutionId, DataSource dataSource) {
		this.submissionId = submissionId;
		this.jobExecutionId = jobExecutionId;
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void write(Chunk<? extends RowBatch> chunk) throws Exception {
		List<StagedFact> facts = new ArrayList<>();
		List<Issue> issues = new ArrayList<>();
		List<StagedEvent> events = new ArrayList<>();
		for (RowBatch batch : chunk) {
			for (RowOutcome outcome : batch.outcomes()) {
				facts.addAll(outcome.facts());
				events.addAll(outcome.events());
				issues.addAll(outcome.issues());
			}
		}
		if (!events.isEmpty()) {
			writeEvents(events);
		}
		if (!facts.isEmpty()) {
			if (this.labels == null) {
				this.labels = FactLabels.of(this.jdbc, this.submissionId);
			}
			int[] labelIds = new int[facts.size()];
			for (int i = 0; i < labelIds.length; i++) {
				labelIds[i] = this.labels.idOf(facts.get(i));
			}
			this.labels.writeAdded(this.jdbc);
			IndicatorYears groups = new IndicatorYears(facts);
			writeFacts(facts, labelIds, groups);
			this.jdbc.batchUpdate(INSERT_COVERAGE, groups.coverage(this.submissionId));
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

	private void writeFacts(List<StagedFact> facts, int[] labelIds, IndicatorYears groups) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				// A chunk need not wait for its commit to reach the disk: were PostgreSQL
				// to
				// crash, the chunk would be lost together with the reader's position
				// saved in
				// the same transaction, and the restart would read it again from the
				// file.
				this.jdbc.execute("set local synchronous_commit = off");
				copy(connection.unwrap(PGConnection.class), facts, labelIds, groups.order());
				return;
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		List<Integer> positions = IntStream.range(0, facts.size()).boxed().toList();
		this.jdbc.batchUpdate(INSERT_FACT, positions, 1000, (ps, i) -> {
			StagedFact f = facts.get(i);
			ps.setString(1, f.regionCode());
			ps.setString(2, f.indicatorCode());
			ps.setInt(3, labelIds[i]);
			ps.setInt(4, f.year());
			ps.setBigDecimal(5, f.value());
			ps.setString(6, f.status());
			ps.setString(7, f.flags());
			ps.setLong(8, this.submissionId);
			ps.setString(9, f.cell());
			ps.setString(10, FactPublisher.tentativeState(f));
			ps.setObject(11, this.jobExecutionId);
		});
	}

	private void copy(PGConnection connection, List<StagedFact> facts, int[] labelIds, int[] order)
			throws SQLException {
		List<Long> blocks = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('ingest_fact', 'id')) from generate_series(1, ?)", Long.class,
				(facts.size() + ID_BLOCK - 1) / ID_BLOCK);
		String execution = (this.jobExecutionId != null) ? this.jobExecutionId.toString() : null;
		CopyText rows = new CopyText(connection.getCopyAPI().copyIn(COPY));
		try {
			for (int i : order) {
				StagedFact f = facts.get(i);
				rows.number(blocks.get(i / ID_BLOCK) + (i % ID_BLOCK)).tab();
				rows.repeated(0, f.regionCode()).tab().repeated(1, f.indicatorCode()).tab();
				rows.number(labelIds[i]).tab().number(f.year()).tab();
				rows.decimal(f.value()).tab().repeated(2, f.status()).tab().repeated(3, f.flags()).tab();
				rows.number(this.submissionId).tab();
				// a cell reference is letters and digits (Cell.reference)
				rows.ascii(f.cell()).tab().repeated(4, FactPublisher.tentativeState(f)).tab();
				rows.repeated(5, execution);
				rows.endRow();
			}
			rows.finish();
		}
		catch (SQLException | RuntimeException ex) {
			rows.cancel();
			throw ex;
		}
	}

	/**
	 * A chunk's facts by indicator-year: the groups in year and indicator order, each
	 * group's facts in file order. The rows are sent in that order (ids still follow the
	 * file), so that a block-range index of a few pages by year and indicator finds an
	 * indicator-year in a few ranges per chunk, not in all of them (a wide table has one
	 * indicator per column); the groups are also the chunk's coverage.
	 */
	static final class IndicatorYears {

		private final List<StagedFact> facts;

		private final List<Group> groups;

		private record Key(int year, String indicator) {
		}

		private static final class Group {

			final Key key;

			int[] members = new int[16];

			int size;

			Group(Key key) {
				this.key = key;
			}

			void add(int position) {
				if (this.size == this.members.length) {
					this.members = Arrays.copyOf(this.members, this.size * 2);
				}
				this.members[this.size++] = position;
			}

		}

		IndicatorYears(List<StagedFact> facts) {
			this.facts = facts;
			Map<Key, Group> byKey = new HashMap<>();
			Group last = null;
			for (int i = 0; i < facts.size(); i++) {
				StagedFact fact = facts.get(i);
				if (last == null || last.key.year() != fact.year()
						|| !last.key.indicator().equals(fact.indicatorCode())) {
					last = byKey.computeIfAbsent(new Key(fact.year(), fact.indicatorCode()), Group::new);
				}
				last.add(i);
			}
			this.groups = new ArrayList<>(byKey.values());
			this.groups
				.sort(Comparator.comparingInt((Group g) -> g.key.year()).thenComparing((g) -> g.key.indicator()));
		}

		/**
		 * The facts' positions in the order they are sent.
		 * @return the positions
		 */
		int[] order() {
			int[] order = new int[this.facts.size()];
			int at = 0;
			for (Group group : this.groups) {
				System.arraycopy(group.members, 0, order, at, group.size);
				at += group.size;
			}
			return order;
		}

		/**
		 * The coverage rows of a submission: indicator, year and how many facts.
		 * @param submissionId the submission
		 * @return the rows
		 */
		List<Object[]> coverage(long submissionId) {
			List<Object[]> rows = new ArrayList<>(this.groups.size());
			for (Group group : this.groups) {
				rows.add(new Object[] { submissionId, group.key.indicator(), group.key.year(), group.size });
			}
			return rows;
		}

	}

}
