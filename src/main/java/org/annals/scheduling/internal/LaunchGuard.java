package org.annals.scheduling.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.annals.scheduling.JobRunner;
import org.annals.support.JobOwnerListener;
import org.annals.support.JobStarted;
import org.annals.support.Messages;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every launch of a job in this process goes through here, for two things.
 * <p>
 * One launch at a time per job across every process on the database: the check that the
 * job is not running and the creation of its execution are made while this process holds
 * the job's row of {@code scheduling_launch} ({@code select … for update nowait}, on a
 * connection of its own), until the new execution has started and says which process owns
 * it ({@link JobStarted}). A second node launching the same job at the same moment waits
 * for the row and then finds the first's execution running; a check and a start that
 * merely follow each other would both find nothing and both start. PostgreSQL and H2 lock
 * rows alike, so the embedded default behaves the same.
 * <p>
 * Which executions this process worked on and is done with: one whose stored owner is
 * this very process but whose launch has ended here (it ended while the database was
 * away, and could not say so) is as abandoned as one of a dead process
 * ({@link ExecutionOwner}).
 */
@Component
public class LaunchGuard {

	/**
	 * The executions whose launch ended in this JVM, in any of its application contexts:
	 * a number per run, a few thousand in a year.
	 */
	private static final Set<Long> ENDED = ConcurrentHashMap.newKeySet();

	private static final ThreadLocal<Claim> HELD = new ThreadLocal<>();

	private static final long POLL_MILLIS = 50;

	private final DataSource dataSource;

	private final SchedulingProperties properties;

	/** The executions launched through this context, and the threads running them. */
	private final Map<Long, Thread> launched = new ConcurrentHashMap<>();

	private volatile boolean closing;

	LaunchGuard(DataSource dataSource, SchedulingProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * Whether a thread of this JVM ran an execution and is done with it.
	 * @param executionId the execution
	 * @return true when so
	 */
	public static boolean endedHere(long executionId) {
		return ENDED.contains(executionId);
	}

	/**
	 * Launches a job while holding its row, released once the launch has started an
	 * execution (or ended without one).
	 * @param <T> what the launch answers
	 * @param job the job's name
	 * @param launch the check and the start, run in this thread
	 * @return what the launch answered
	 * @throws Exception what the launch threw;
	 * {@link JobRunner.JobAlreadyRunningException} when another process held the row for
	 * longer than {@code launch-wait}
	 */
	public <T> T holding(String job, Launch<T> launch) throws Exception {
		if (this.closing) {
			throw new IllegalStateException(Messages.get("scheduling.closing", job));
		}
		Claim claim = claim(job);
		HELD.set(claim);
		try {
			return launch.run();
		}
		finally {
			HELD.remove();
			claim.release();
			Thread current = Thread.currentThread();
			this.launched.entrySet().removeIf((e) -> {
				if (e.getValue() != current) {
					return false;
				}
				ENDED.add(e.getKey());
				return true;
			});
		}
	}

	@EventListener
	void started(JobStarted started) {
		this.launched.put(started.executionId(), Thread.currentThread());
		Claim claim = HELD.get();
		if (claim != null && claim.job().equals(started.job())) {
			claim.release();
		}
	}

	/**
	 * The executions launched through this context that are still running here.
	 * @return their ids
	 */
	Set<Long> running() {
		return Set.copyOf(this.launched.keySet());
	}

	/**
	 * Starts no more jobs: the process is ending.
	 */
	void close() {
		this.closing = true;
	}

	private Claim claim(String job) throws Exception {
		long deadline = System.nanoTime() + this.properties.scheduling().launchWait().toNanos();
		while (true) {
			Connection connection = this.dataSource.getConnection();
			boolean held = false;
			try {
				connection.setAutoCommit(false);
				held = lock(connection, job);
				if (held) {
					return new Claim(job, connection);
				}
			}
			finally {
				if (!held) {
					rollback(connection);
				}
			}
			if (System.nanoTime() > deadline) {
				throw new JobRunner.JobAlreadyRunningException(job);
			}
			Thread.sleep(POLL_MILLIS);
		}
	}

	/** Locks the job's row, adding it the first time; false when another holds it. */
	private static boolean lock(Connection connection, String job) throws SQLException {
		try {
			boolean found;
			try (PreparedStatement select = connection
				.prepareStatement("select job_name from scheduling_launch where job_name = ? for update nowait")) {
				select.setString(1, job);
				try (ResultSet row = select.executeQuery()) {
					found = row.next();
				}
			}
			String sql = found ? "update scheduling_launch set launched_at = ?, launched_by = ? where job_name = ?"
					: "insert into scheduling_launch (launched_at, launched_by, job_name) values (?, ?, ?)";
			try (PreparedStatement claim = connection.prepareStatement(sql)) {
				claim.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
				claim.setString(2, JobOwnerListener.hostName() + " pid " + ProcessHandle.current().pid());
				claim.setString(3, job);
				claim.executeUpdate();
			}
			return true;
		}
		catch (SQLException ex) {
			if (heldElsewhere(ex)) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Whether the row is locked by another transaction (PostgreSQL's
	 * {@code lock_not_available}, H2's lock time-out) or was just added by one (a unique
	 * violation): then try again in a moment.
	 */
	static boolean heldElsewhere(SQLException ex) {
		String state = String.valueOf(ex.getSQLState());
		return state.equals("55P03") || state.equals("HYT00") || state.equals("23505") || ex.getErrorCode() == 50200;
	}

	private static void rollback(Connection connection) throws SQLException {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// the connection is unusable: closing it is all that is left
		}
		finally {
			connection.close();
		}
	}

	/**
	 * A launch run while the job's row is held.
	 *
	 * @param <T> what it answers
	 */
	@FunctionalInterface
	public interface Launch<T> {

		T run() throws Exception;

	}

	/**
	 * The job's row, held by a transaction on a connection of its own until released.
	 */
	private static final class Claim {

		private final String job;

		private Connection connection;

		Claim(String job, Connection connection) {
			this.job = job;
			this.connection = connection;
		}

		String job() {
			return this.job;
		}

		void release() {
			if (this.connection == null) {
				return;
			}
			try {
				this.connection.commit();
			}
			catch (SQLException ex) {
				// the database is away: the lock went with the connection
			}
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				// as above
			}
			this.connection = null;
		}

	}

}
