package org.annals.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.SQLException;

import org.annals.reference.InvalidDescriptorException;
import org.annals.scheduling.ClockSkew;
import org.annals.scheduling.JobRunner;
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
				return "配置文件有误，Annals 未启动：" + invalid.getMessage()
						+ "\nA descriptor under jobs/ is invalid; Annals did not start: " + invalid.getMessage();
			}
			if (t instanceof ConnectException || (t instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("08"))) {
				return "无法连接数据库：" + t.getMessage() + "。请确认 PostgreSQL 已启动，且 ANNALS_DB_URL 正确（例如 "
						+ "jdbc:postgresql://127.0.0.1:5432/annals?user=annals）。\nCannot connect to the database: "
						+ t.getMessage() + ". Check that PostgreSQL is running and that ANNALS_DB_URL is right.";
			}
			if (embeddedDatabaseInUse(t)) {
				return "内置数据库正被另一个 Annals 进程使用：内置（H2）数据库同一时间只能由一个命令或服务打开。请等它结束后再运行，"
						+ "或让多个进程共用 PostgreSQL（设置 ANNALS_DB_URL）。\nThe embedded database is in use by another "
						+ "Annals process: the embedded (H2) database opens in one command or server at a time. Run again "
						+ "when it has ended, or share PostgreSQL (set ANNALS_DB_URL).";
			}
			if (t instanceof OutOfMemoryError) {
				return "内存不足：请用更大的 -Xmx 重新运行，或联系运维。\nOut of memory: run again with a larger -Xmx.";
			}
			if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left")) {
				return "磁盘已满：" + t.getMessage() + "。请清理 ANNALS_HOME 所在磁盘后重新运行。\nThe disk is full: " + t.getMessage();
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String what = root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
		return "系统错误：" + what + "\n详细信息见日志 $ANNALS_HOME/logs/annals.log。\nSystem failure: " + what
				+ "\nDetails are in the log, $ANNALS_HOME/logs/annals.log.";
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
