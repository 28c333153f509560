package org.annals.deliverables.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The {@code deliverables.*} words of the message bundles, outside a Spring context too:
 * Chinese by default, English for an English locale (never the machine's own language).
 */
public final class DeliverablesMessages {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private DeliverablesMessages() {
	}

	/**
	 * A message.
	 * @param locale the language; English when its language is {@code en}, else Chinese
	 * @param key the key in {@code messages.properties}
	 * @param args its arguments
	 * @return the text
	 */
	public static String text(Locale locale, String key, Object... args) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		ResourceBundle bundle = ResourceBundle.getBundle("messages", english ? Locale.ENGLISH : Locale.ROOT,
				NO_FALLBACK);
		return new MessageFormat(bundle.getString(key), english ? Locale.ENGLISH : Locale.CHINESE).format(args);
	}

}
