package org.annals.scheduling;

import java.nio.file.Path;

import org.annals.scheduling.internal.SchedulingProperties;
import org.annals.support.AnnalsProperties;

import org.springframework.stereotype.Component;

/**
 * The one rule for finding the inbox, for every entry point (command line, schedules,
 * API, console): the command line's {@code --inbox}, else the setting
 * {@code annals.inbox}, else {@code $ANNALS_HOME/inbox}.
 */
@Component
public class InboxLocation {

	private final Path configured;

	InboxLocation(AnnalsProperties properties, SchedulingProperties scheduling) {
		Path inbox = scheduling.inbox();
		this.configured = normal((inbox != null) ? inbox : properties.home().resolve("inbox"));
	}

	/**
	 * The inbox when no folder is given.
	 * @return the folder, absolute
	 */
	public Path inbox() {
		return this.configured;
	}

	/**
	 * The inbox, given a folder named on the command line or in a request.
	 * @param option the folder named, or null
	 * @return the folder, absolute
	 */
	public Path inbox(Path option) {
		return (option != null) ? normal(option) : this.configured;
	}

	private static Path normal(Path folder) {
		return folder.toAbsolutePath().normalize();
	}

}
