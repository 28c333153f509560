package org.annals.ingest.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.internal.staging.StagedFact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The labels of a submission's facts ({@code ingest_fact_label}): what many of its facts
 * share, the sheet and the indicator's name and unit as the file gave them, kept once and
 * numbered within the submission. A fact row carries its label's number. Labels a chunk
 * adds are written in the chunk's transaction, and forgotten again if it rolls back, so
 * that the numbers in memory are always those in the database.
 */
final class FactLabels {

	private static final String INSERT = "insert into ingest_fact_label (submission_id, label_id, sheet, "
			+ "indicator_name, unit) values (?, ?, ?, ?, ?)";

	private final long submissionId;

	private final Map<Key, Integer> ids = new HashMap<>();

	private final List<Key> added = new ArrayList<>();

	private StagedFact lastFact;

	private int lastId;

	private record Key(String sheet, String indicatorName, String unit) {

		static Key of(StagedFact fact) {
			return new Key(fact.sheet(), fact.indicatorName(), fact.unit());
		}

	}

	private FactLabels(long submissionId) {
		this.submissionId = submissionId;
	}

	/**
	 * The labels a submission's facts have so far (none, or those of the chunks an
	 * interrupted reading committed).
	 * @param jdbc the database
	 * @param submissionId the submission
	 * @return its labels
	 */
	static FactLabels of(JdbcTemplate jdbc, long submissionId) {
		FactLabels labels = new FactLabels(submissionId);
		jdbc.query("select label_id, sheet, indicator_name, unit from ingest_fact_label where submission_id = ?",
				(rs) -> {
					labels.ids.put(new Key(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getInt(1));
				}, submissionId);
		return labels;
	}

	/**
	 * The number of a fact's label, a new one if no fact had it before.
	 * @param fact the fact
	 * @return its label's number
	 */
	int idOf(StagedFact fact) {
		StagedFact last = this.lastFact;
		// a row's facts share the very strings of their sheet, name and unit
		if (last != null && last.sheet() == fact.sheet() && last.indicatorName() == fact.indicatorName()
				&& last.unit() == fact.unit()) {
			return this.lastId;
		}
		Key key = Key.of(fact);
		Integer id = this.ids.get(key);
		if (id == null) {
			id = this.ids.size() + 1;
			this.ids.put(key, id);
			this.added.add(key);
		}
		this.lastFact = fact;
		this.lastId = id;
		return id;
	}

	/**
	 * Writes the labels added since the last call, in the caller's transaction; should it
	 * roll back, they are forgotten.
	 * @param jdbc the database
	 */
	void writeAdded(JdbcTemplate jdbc) {
		if (this.added.isEmpty()) {
			return;
		}
		List<Key> written = List.copyOf(this.added);
		this.added.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						forget(written);
					}
				}
			});
		}
		try {
			jdbc.batchUpdate(INSERT, written, 500, (ps, key) -> {
				ps.setLong(1, this.submissionId);
				ps.setInt(2, this.ids.get(key));
				ps.setString(3, key.sheet());
				ps.setString(4, key.indicatorName());
				ps.setString(5, key.unit());
			});
		}
		catch (RuntimeException ex) {
			forget(written);
			throw ex;
		}
	}

	private void forget(List<Key> keys) {
		keys.forEach(this.ids::remove);
		this.lastFact = null;
	}

}
