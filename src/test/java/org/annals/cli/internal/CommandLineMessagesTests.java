package org.annals.cli.internal;

import java.io.IOException;
import java.net.ConnectException;

import org.annals.ingest.IssueCode;
import org.annals.ingest.Submission;
import org.annals.ingest.ResendAdvice;
import org.annals.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Representative messages in both languages (issue 21): a failure of the system as the
 * command line prints it, and the lines of an ingest report, Chinese by default and
 * English alone with {@code --lang en}.
 */
class CommandLineMessagesTests {

	@AfterEach
	void backToChinese() {
		Messages.use("zh");
	}

	@Test
	void aFailureOfTheSystemSpeaksChineseFirstByDefaultAndEnglishAloneOnRequest() {
		Throwable down = new IllegalStateException("no database", new ConnectException("Connection refused"));
		assertThat(Failures.message(down)).startsWith("无法连接数据库：Connection refused。请确认 PostgreSQL 已启动")
			.contains("\nCannot connect to the database: Connection refused.");
		Messages.use("en");
		assertThat(Failures.message(down)).isEqualTo("Cannot connect to the database: Connection refused. Check that "
				+ "PostgreSQL is running and that ANNALS_DB_URL is right "
				+ "(e.g. jdbc:postgresql://127.0.0.1:5432/annals?user=annals).");
		assertThat(Failures.message(new IOException("No space left on device"))).isEqualTo(
				"The disk is full: No space left on device. Free space on the disk of ANNALS_HOME and run again.");
	}

	@Test
	void anIngestReportLineInEachLanguage() {
		assertThat(IssueCode.BAD_NUMBER.chinese("约3.5")).isEqualTo("“约3.5”不是数字。");
		assertThat(IssueCode.BAD_NUMBER.english("约3.5")).isEqualTo("\"约3.5\" is not a number.");
		assertThat(IssueCode.FILE_TOO_LARGE.chinese(1073741824L)).contains("超过 1073741824 字节的上限");
		assertThat(IssueCode.BAD_NUMBER.message("x")).isEqualTo("“x”不是数字。");
		Messages.use("en");
		assertThat(IssueCode.BAD_NUMBER.message("x")).isEqualTo("\"x\" is not a number.");
		assertThat(ResendAdvice.chinese(Submission.REJECTED, 42))
			.isEqualTo("该内容此前已被拒收，不会重新读取；请按报告修改后重新报送，或由运维人员执行 annals reprocess 42 重新读取");
		assertThat(ResendAdvice.english(Submission.FAILED, 1234)).isEqualTo(
				"those bytes could not be read before and were set aside; an operator can run annals reprocess 1234 "
						+ "once the cause is removed");
	}

	@Test
	void theSummaryOfARunInEachLanguage() {
		assertThat(Messages.get(false, "ingest.report.finished", 13, 1, 2, 718, 32, 5))
			.isEqualTo("导入完成：13 个文件已导入，1 个重复报送，2 个被拒收；事实 718 条，事件 32 条，警告 5 条。");
		assertThat(Messages.get(true, "ingest.report.finished", 13, 1, 2, 1718, 32, 5)).isEqualTo(
				"Ingest finished: 13 files loaded, 1 duplicates, 2 rejected; facts 1718, events 32, warnings 5.");
	}

	@Test
	void theMachinesLocaleNeverPicksTheLanguage() {
		java.util.Locale machine = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.ENGLISH);
			assertThat(Messages.get("cli.compile.failed")).startsWith("编纂失败");
			java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
			Messages.use("en");
			assertThat(Messages.get("cli.compile.failed")).isEqualTo("Compiling failed; see the log.");
		}
		finally {
			java.util.Locale.setDefault(machine);
		}
	}

}
