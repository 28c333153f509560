package org.annals.ingest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the exports, from the message bundles ({@code export.*} keys): Chinese by
 * default, English on request.
 */
public final class ExportTexts {

	private final ResourceBundle bundle;

	private final Locale locale;

	private ExportTexts(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
	}

	/**
	 * The texts of a language.
	 * @param english whether English is asked for
	 * @return the texts
	 */
	public static ExportTexts of(boolean english) {
		// the root bundle is the Chinese one: no fallback to the machine's locale
		Locale locale = english ? Locale.ENGLISH : Locale.ROOT;
		ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new ExportTexts(bundle, english ? Locale.ENGLISH : Locale.CHINESE);
	}

	/**
	 * A text.
	 * @param key its key, e.g. {@code export.status.P}
	 * @param arguments its arguments
	 * @return the text
	 */
	public String get(String key, Object... arguments) {
		String pattern = this.bundle.getString(key);
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, this.locale).format(arguments);
	}

}
