package org.annals.scheduling.internal;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators read of a failure: types and messages, causes after, never stack frames.
 */
class FailureMessagesTests {

	private static String stored(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

	@Test
	void aStackTraceGivesTheExceptionAndItsCausesWithoutFrames() {
		Exception failure = new IllegalStateException("读取失败 / reading failed",
				new java.io.UncheckedIOException("磁盘已满", new java.io.IOException("No space left on device")));
		assertThat(FailureMessages.of(stored(failure))).containsExactly("IllegalStateException: 读取失败 / reading failed",
				"UncheckedIOException: 磁盘已满", "IOException: No space left on device");
	}

	@Test
	void aMessageOfSeveralLinesStaysWhole() {
		Exception failure = new IllegalArgumentException("收件箱目录不存在\nThe inbox folder does not exist");
		assertThat(FailureMessages.of(stored(failure)))
			.containsExactly("IllegalArgumentException: 收件箱目录不存在 The inbox folder does not exist");
	}

	@Test
	void anExceptionWithoutMessageIsItsType() {
		assertThat(FailureMessages.of(stored(new NullPointerException()))).containsExactly("NullPointerException");
	}

	@Test
	void aPlainDescriptionIsItsFirstLineAndNothingIsNothing() {
		assertThat(FailureMessages.of("执行 #3 的进程已不在\n第二行")).containsExactly("执行 #3 的进程已不在");
		assertThat(FailureMessages.of("")).isEmpty();
		assertThat(FailureMessages.of(null)).isEmpty();
	}

	@Test
	void aTruncatedTraceStillGivesItsHead() {
		String trace = stored(new IllegalStateException("boom"));
		assertThat(FailureMessages.of(trace.substring(0, trace.indexOf("\tat ") + 12)))
			.containsExactly("IllegalStateException: boom");
	}

}
