package org.annals.reference;

/**
 * A descriptor under {@code jobs/} that does not parse or names something that does not
 * exist. Annals refuses to start with it.
 */
public class InvalidDescriptorException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param relative the descriptor's path under {@code jobs/}
	 * @param cause what went wrong
	 */
	public InvalidDescriptorException(String relative, Throwable cause) {
		super("jobs/" + relative + ": " + cause.getMessage(), cause);
	}

	/**
	 * Creates the exception.
	 * @param relative the descriptor's path under {@code jobs/}
	 * @param problem what is wrong
	 */
	public InvalidDescriptorException(String relative, String problem) {
		super("jobs/" + relative + ": " + problem);
	}

}
