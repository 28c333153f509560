package org.annals.cli.internal;

import java.util.Locale;

import org.annals.support.AnnalsProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The command line's words from the message bundles, in the language asked for
 * ({@code --lang}; Chinese by default).
 */
@Component
class CommandWords {

	private final MessageSource messages;

	private final Locale locale;

	CommandWords(MessageSource messages, AnnalsProperties properties) {
		this.messages = messages;
		this.locale = properties.english() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	/**
	 * A message.
	 * @param key its key, e.g. {@code cli.nightly.produced}
	 * @param arguments its arguments
	 * @return the text
	 */
	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
