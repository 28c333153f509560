package org.annals.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.SQLException;

import org.annals.reference.InvalidDescriptorException;
import org.annals.scheduling.ClockSkew;
import org.annals.scheduling.JobRunner;
import org.annals.support.Messages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Turns a failure of the system into a message that says what failed and what to do, in
 * Chinese and English, and exit code 3. The stack trace goes to the log only.
 */
public final class Failures {

	private static final Log logger = LogFactory.getLog(Failures.class);

	private Failures() {
	}

	public static int report(Throwable ex, PrintWriter err) {
		logger.error("Annals failed", ex);
		err.println(message(ex));
		err.flush();
		return ExitCodes.SYSTEM;
	}

	static String message(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JobRunner.JobAlreadyRunningException running) {
				return running.getMessage();
			}
			if (t instanceof ClockSkew.SkewedClockException skewed) {
				return skewed.getMessage();
			}
			if (t instanceof InvalidDescriptorException invalid) {
				return Messages.get("cli.failure.descriptor", invalid.getMessage());
			}
			if (t instanceof ConnectException || (t instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("08"))) {
				return Messages.get("cli.failure.database", t.getMessage());
			}
			if (embeddedDatabaseInUse(t)) {
				return Messages.get("cli.failure.embeddedInUse");
			}
			if (t instanceof OutOfMemoryError) {
				return Messages.get("cli.failure.memory");
			}
			if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left")) {
				return Messages.get("cli.failure.diskFull", t.getMessage());
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String what = root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
		return Messages.get("cli.failure.system", what);
	}

	/** H2's "database may be already in use" (90020), or its store's "file is locked". */
	private static boolean embeddedDatabaseInUse(Throwable t) {
		return (t instanceof SQLException sql && sql.getErrorCode() == 90020)
				|| (t.getClass().getName().startsWith("org.h2.")
						&& String.valueOf(t.getMessage()).contains("The file is locked"));
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
