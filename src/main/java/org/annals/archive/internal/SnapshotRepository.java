package org.annals.archive.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.annals.archive.Snapshot;

/**
 * Snapshots and their fixity checks in {@code archive_snapshot} and
 * {@code archive_fixity_check}.
 */
@Repository
public class SnapshotRepository {

	private static final String COLUMNS = "id, snapshot_year, label, path, tagmanifest_sha256, payload_oxum, created_at, "
			+ "last_checked_at, last_outcome";

	private final JdbcClient jdbc;

	SnapshotRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Snapshot map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Snapshot(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), String.valueOf(rs.getTimestamp(7)),
				(rs.getTimestamp(8) != null) ? String.valueOf(rs.getTimestamp(8)) : null, rs.getString(9));
	}

	/**
	 * Every snapshot, newest first.
	 * @return the snapshots
	 */
	public List<Snapshot> all() {
		return this.jdbc.sql("select " + COLUMNS + " from archive_snapshot order by id desc")
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * A snapshot by id.
	 * @param id the id
	 * @return the snapshot
	 */
	public Optional<Snapshot> byId(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from archive_snapshot where id = ?")
			.param(id)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/**
	 * A snapshot by year and label.
	 * @param year the year
	 * @param label the label
	 * @return the snapshot
	 */
	public Optional<Snapshot> byLabel(int year, String label) {
		return this.jdbc.sql("select " + COLUMNS + " from archive_snapshot where snapshot_year = ? and label = ?")
			.params(year, label)
			.query((rs, n) -> map(rs))
			.optional();
	}

	/**
	 * A snapshot by the folder of its bag.
	 * @param path the folder
	 * @return the snapshot
	 */
	public Optional<Snapshot> byPath(String path) {
		return this.jdbc.sql("select " + COLUMNS + " from archive_snapshot where path = ?")
			.param(path)
			.query((rs, n) -> map(rs))
			.optional();
	}

	public Snapshot insert(int year, String label, String path, String anchor, String oxum, Long execution) {
		this.jdbc.sql(
				"insert into archive_snapshot (snapshot_year, label, path, tagmanifest_sha256, payload_oxum, created_at, "
						+ "job_execution_id) values (?, ?, ?, ?, ?, ?, ?)")
			.params(year, label, path, anchor, oxum, new Timestamp(System.currentTimeMillis()), execution)
			.update();
		return byLabel(year, label).orElseThrow();
	}

	public void recordCheck(long snapshotId, boolean ok, String problems, Long execution) {
		Timestamp now = new Timestamp(System.currentTimeMillis());
		String outcome = ok ? "ok" : "failed";
		this.jdbc
			.sql("insert into archive_fixity_check (snapshot_id, checked_at, outcome, problems, job_execution_id) "
					+ "values (?, ?, ?, ?, ?)")
			.params(snapshotId, now, outcome, problems, execution)
			.update();
		this.jdbc.sql("update archive_snapshot set last_checked_at = ?, last_outcome = ? where id = ?")
			.params(now, outcome, snapshotId)
			.update();
	}

}
