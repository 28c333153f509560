package org.annals.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors an operator reads, taken from an exit description as Spring Batch stores it
 * (a failure's whole stack trace): each exception's type and message, its causes after
 * it, without the stack frames.
 */
public final class FailureMessages {

	private static final Pattern THROWABLE = Pattern
		.compile("^(?:Caused by: )?((?:[\\w$]+\\.)*([\\w$]*(?:Exception|Error|Throwable)[\\w$]*))(?::\\s*(.*))?$");

	private static final int MOST = 5;

	private FailureMessages() {
	}

	/**
	 * The errors in an exit description.
	 * @param description the exit description, or null
	 * @return {@code Type: message} for the exception and each cause (at most five), or
	 * the first line of a description that holds no stack trace
	 */
	public static List<String> of(String description) {
		List<String> messages = new ArrayList<>();
		if (description == null || description.isBlank()) {
			return messages;
		}
		String[] lines = description.split("\\R");
		boolean header = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			Matcher matcher = THROWABLE.matcher(line);
			if (matcher.matches() && (i == 0 || line.startsWith("Caused by: "))) {
				String message = (matcher.group(3) != null) ? matcher.group(3).strip() : "";
				messages.add(message.isEmpty() ? matcher.group(2) : matcher.group(2) + ": " + message);
				header = true;
			}
			else if (header && !line.isEmpty() && !line.startsWith("at ") && !line.startsWith("...")
					&& !line.startsWith("Suppressed:")) {
				// a message of several lines, e.g. Chinese then English
				messages.set(messages.size() - 1, messages.get(messages.size() - 1) + " " + line);
			}
			else {
				header = false;
			}
		}
		messages = new ArrayList<>(messages.stream().distinct().limit(MOST).toList());
		if (messages.isEmpty()) {
			messages.add(lines[0].strip());
		}
		return messages;
	}

}
