package org.annals.ingest.internal.sheet;

/**
 * A file that cannot be read as a submission, with the reason as an issue code and its
 * arguments. The file is kept with its report; nothing of it is loaded.
 */
public class RejectedFileException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	/**
	 * Creates the exception.
	 * @param code the issue code, e.g. {@code ENCRYPTED}
	 * @param detail a technical detail for the log
	 * @param arguments the arguments of the message
	 */
	public RejectedFileException(String code, String detail, Object... arguments) {
		super(code + ": " + detail);
		this.code = code;
		this.arguments = arguments;
	}

	/**
	 * The issue code.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The arguments of the message.
	 * @return the arguments
	 */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
