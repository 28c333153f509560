package org.annals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds a running ingest still at its next chunk, for tests that stop or kill it while it
 * reads: a transaction of the test's own locks {@code ingest_coverage}, which every chunk
 * of facts writes, until {@link #release()}. The chunk waits on the lock, with everything
 * before it committed; nothing in the product knows about this. Without it, a test would
 * race the ingest, which reads a test's file in a few seconds.
 */
public final class ReadingPause implements AutoCloseable {

	private final Connection connection;

	private ReadingPause(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock.
	 * @return the pause
	 * @throws SQLException when the test database cannot be reached
	 */
	public static ReadingPause hold() throws SQLException {
		return hold("ingest_coverage");
	}

	/**
	 * Takes the lock of another table that reading writes: {@code ingest_event} holds an
	 * event log's reading at its first chunk.
	 * @param table the table
	 * @return the pause
	 * @throws SQLException when the test database cannot be reached
	 */
	public static ReadingPause hold(String table) throws SQLException {
		Connection connection = DriverManager.getConnection(PostgresTestSupport.DB_URL);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table " + table + " in exclusive mode");
		}
		return new ReadingPause(connection);
	}

	/**
	 * Lets the ingest go on.
	 */
	public void release() {
		try {
			if (!this.connection.isClosed()) {
				this.connection.rollback();
				this.connection.close();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Lets the ingest go on once another thread's condition holds.
	 * @param condition the condition, polled every 50 ms
	 * @param seconds how long to wait at most before letting it go on anyway
	 * @return the thread releasing it
	 */
	public Thread releaseWhen(java.util.function.BooleanSupplier condition, int seconds) {
		Thread thread = new Thread(() -> {
			long deadline = System.currentTimeMillis() + seconds * 1000L;
			try {
				while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
					Thread.sleep(50);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				release();
			}
		}, "reading-pause");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	@Override
	public void close() {
		release();
	}

}
