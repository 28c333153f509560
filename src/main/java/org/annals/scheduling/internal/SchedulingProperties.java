package org.annals.scheduling.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of launching and stopping jobs, bound to {@code annals.scheduling}.
 *
 * @param launchWait how long a launch waits for another process that is launching the
 * same job at that moment, before it says so (default 30 seconds; it takes milliseconds)
 * @param stopWait how long a process told to end (SIGTERM) waits for its running jobs to
 * stop at their next chunk before it closes anyway (default 90 seconds, within systemd's
 * {@code TimeoutStopSec=120} of {@code ops/annals.service})
 * @param recoveryInterval how often {@code annals serve} looks for executions whose
 * process is gone and marks them failed, so that they can be restarted (default 30
 * seconds; also once at start)
 */
@ConfigurationProperties("annals.scheduling")
public record SchedulingProperties(Duration launchWait, Duration stopWait, Duration recoveryInterval) {

	public SchedulingProperties {
		launchWait = (launchWait != null) ? launchWait : Duration.ofSeconds(30);
		stopWait = (stopWait != null) ? stopWait : Duration.ofSeconds(90);
		recoveryInterval = (recoveryInterval != null) ? recoveryInterval : Duration.ofSeconds(30);
	}

}
