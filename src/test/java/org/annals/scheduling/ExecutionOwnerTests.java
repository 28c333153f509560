package org.annals.scheduling;

import java.time.LocalDateTime;

import org.annals.support.JobOwnerListener;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling a live owner from a gone one, and an execution still being worked on (running,
 * or stopped from elsewhere and finishing its chunk) from one that is done.
 */
class ExecutionOwnerTests {

	private static final String HOST = JobOwnerListener.hostName();

	private static final long ME = ProcessHandle.current().pid();

	private static long deadPid() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	@Test
	void aRunningExecutionOfALiveProcessIsWorkedOnAndOfADeadOneIsGone() throws Exception {
		LocalDateTime now = LocalDateTime.now();
		assertThat(new ExecutionOwner(HOST, ME, false, now).working(BatchStatus.STARTED)).isTrue();
		ExecutionOwner dead = new ExecutionOwner(HOST, deadPid(), false, now);
		assertThat(dead.gone()).isTrue();
		assertThat(dead.working(BatchStatus.STARTED)).isFalse();
	}

	@Test
	void aStoppedExecutionIsWorkedOnUntilItsProcessSaysItIsDone() {
		LocalDateTime now = LocalDateTime.now();
		assertThat(new ExecutionOwner(HOST, ME, false, now).working(BatchStatus.STOPPED)).isTrue();
		assertThat(new ExecutionOwner(HOST, ME, true, now).working(BatchStatus.STOPPED)).isFalse();
		assertThat(new ExecutionOwner(HOST, ME, false, now.minusHours(1)).working(BatchStatus.STOPPED))
			.as("a process id reused long after")
			.isFalse();
		assertThat(new ExecutionOwner(HOST, ME, false, now).working(BatchStatus.COMPLETED)).isFalse();
	}

	@Test
	void anotherHostsExecutionIsGoneOnlyAfterTenMinutesOfSilence() {
		LocalDateTime now = LocalDateTime.now();
		assertThat(new ExecutionOwner("elsewhere", 1, false, now.minusMinutes(1)).gone()).isFalse();
		assertThat(new ExecutionOwner("elsewhere", 1, false, now.minusMinutes(11)).gone()).isTrue();
		assertThat(new ExecutionOwner(null, -1, false, null).gone()).isTrue();
		assertThat(new ExecutionOwner(null, -1, false, null)).hasToString("-");
	}

}
