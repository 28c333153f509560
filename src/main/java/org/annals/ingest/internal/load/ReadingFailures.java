package org.annals.ingest.internal.load;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Collection;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Tells a file's failure from the system's. A reading that failed because of its file (a
 * reader's bug, a value the database refuses, a stored original that cannot be read) does
 * not fail the night: its partition is counted, the file stays received with its reason
 * and the run goes on to decide every other file. A failure of the system (the database
 * out of reach or shutting down, a full disk, a stop) still fails the step, so that a
 * restart resumes every partition it left.
 */
public final class ReadingFailures implements StepExecutionAggregator {

	private final StepExecutionAggregator sums = new DefaultStepExecutionAggregator();

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		int tolerated = 0;
		for (StepExecution execution : executions) {
			if (execution.getStatus() == BatchStatus.FAILED && ofTheFile(execution)) {
				tolerated++;
				addCounts(result, execution);
			}
			else {
				this.sums.aggregate(result, List.of(execution));
			}
		}
		if (tolerated > 0) {
			result.setExitStatus(result.getExitStatus()
				.addExitDescription(tolerated + " file(s) could not be read to their end; left for the next run"));
		}
	}

	private static void addCounts(StepExecution result, StepExecution execution) {
		result.setReadCount(result.getReadCount() + execution.getReadCount());
		result.setWriteCount(result.getWriteCount() + execution.getWriteCount());
		result.setCommitCount(result.getCommitCount() + execution.getCommitCount());
		result.setRollbackCount(result.getRollbackCount() + execution.getRollbackCount());
		result.setFilterCount(result.getFilterCount() + execution.getFilterCount());
	}

	private static boolean ofTheFile(StepExecution execution) {
		return !execution.getFailureExceptions().isEmpty()
				&& execution.getFailureExceptions().stream().noneMatch(ReadingFailures::ofTheSystem);
	}

	/**
	 * Whether a failure is the system's rather than a file's: the database out of reach
	 * or refusing work for want of resources, a full disk, an interruption.
	 * @param failure the failure
	 * @return true for the system's
	 */
	static boolean ofTheSystem(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof JobInterruptedException || cause instanceof InterruptedException
					|| cause instanceof java.net.ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && systemState(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof IOException io && io.getMessage() != null
					&& io.getMessage().contains("No space left on device")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE classes of the server's own trouble: 08 connection exception, 53
	 * insufficient resources (disk full, out of memory), 57 operator intervention
	 * (shutdown), 58 system error.
	 */
	private static boolean systemState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
				|| state.startsWith("58"));
	}

	/**
	 * Whether a failure is the JVM running out of memory.
	 * @param failure the failure
	 * @return true when it is, or was caused by, an {@link OutOfMemoryError}
	 */
	static boolean outOfMemory(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A failure in a line an operator reads: its deepest cause's kind and message.
	 * @param failure the failure
	 * @return the line
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip() : "";
		return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

}
