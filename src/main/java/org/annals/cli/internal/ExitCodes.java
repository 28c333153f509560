package org.annals.cli.internal;

/**
 * The exit codes of DESIGN.md.
 */
public final class ExitCodes {

	/** Everything was processed and loaded. */
	public static final int OK = 0;

	/** The run finished but some input was rejected or invalid. */
	public static final int REJECTED = 1;

	/** The command line was wrong. */
	public static final int USAGE = 2;

	/** The system failed: database down, disk full, out of memory. */
	public static final int SYSTEM = 3;

	private ExitCodes() {
	}

}
