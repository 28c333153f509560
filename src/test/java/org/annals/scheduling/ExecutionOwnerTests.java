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
		assertThat(new ExecutionOwner(HOST, ME, false, now, false).working(BatchStatus.STARTED)).isTrue();
		ExecutionOwner dead = new ExecutionOwner(HOST, deadPid(), false, now, false);
		assertThat(dead.gone()).isTrue();
		assertThat(dead.working(BatchStatus.STARTED)).isFalse();
	}

	@Test
	void aStoppedExecutionIsWorkedOnUntilItsProcessSaysItIsDone() {
		LocalDateTime now = LocalDateTime.now();
		assertThat(new ExecutionOwner(HOST, ME, false, now, false).working(BatchStatus.STOPPED)).isTrue();
		assertThat(new ExecutionOwner(HOST, ME, true, now, false).working(BatchStatus.STOPPED)).isFalse();
		assertThat(new ExecutionOwner(HOST, ME, false, now.minusHours(1), false).working(BatchStatus.STOPPED))
			.as("a process id reused long after")
			.isFalse();
		assertThat(new ExecutionOwner(HOST, ME, false, now, false).working(BatchStatus.COMPLETED)).isFalse();
	}

	@Test
	void anotherHostsExecutionIsGoneOnlyAfterTenMinutesOfSilence() {
		LocalDateTime now = LocalDateTime.now();
		assertThat(new ExecutionOwner("elsewhere", 1, false, now.minusMinutes(1), false).gone()).isFalse();
		assertThat(new ExecutionOwner("elsewhere", 1, false, now.minusMinutes(11), false).gone()).isTrue();
		assertThat(new ExecutionOwner(null, -1, false, null, false).gone()).isTrue();
		assertThat(new ExecutionOwner(null, -1, false, null, false)).hasToString("-");
	}

	/**
	 * Issue 19 point 9: an execution of this process whose thread is done with it (it
	 * ended while the database was away and could not say so) is abandoned, not running.
	 */
	@Test
	void anExecutionOfThisProcessWhoseThreadIsDoneWithItIsGone() {
		LocalDateTime now = LocalDateTime.now();
		ExecutionOwner left = new ExecutionOwner(HOST, ME, false, now, true);
		assertThat(left.gone()).isTrue();
		assertThat(left.working(BatchStatus.STARTED)).isFalse();
		assertThat(left.working(BatchStatus.STOPPED)).isFalse();
	}

}
