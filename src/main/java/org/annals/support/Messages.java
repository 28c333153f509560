package org.annals.support;

import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The words people read, from the message bundles ({@code messages.properties}, Chinese,
 * the default; {@code messages_en.properties}, English), for code that runs outside a
 * page template: the command line, reports, API error bodies, generated documents.
 * <p>
 * Which language: a web request's locale ({@code ?lang=en}, {@code Accept-Language}),
 * else the command line's ({@code --lang en}, set at start-up with {@link #use}), else
 * Chinese. Never the machine's own locale. Messages without arguments are not run through
 * {@link java.text.MessageFormat} (as Spring's message source, so a page and a report
 * read a key alike); with arguments, a single quote is written {@code ''}, and numbers
 * print as their digits (an id or a year is never grouped).
 */
public final class Messages {

	/** The bundles' base name, on the class path. */
	public static final String BASENAME = "messages";

	/** The default language. */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final ResourceBundleMessageSource SOURCE = source();

	private static volatile Locale commandLine = CHINESE;

	private Messages() {
	}

	private static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename(BASENAME);
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	/**
	 * The locale of a language code.
	 * @param lang {@code en} for English; anything else is Chinese
	 * @return the locale
	 */
	public static Locale locale(String lang) {
		return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : CHINESE;
	}

	/**
	 * Sets the language of this process's command line.
	 * @param lang {@code en} or {@code zh}
	 */
	public static void use(String lang) {
		commandLine = locale(lang);
	}

	/**
	 * The language messages are in now: the web request's, else the command line's.
	 * @return the locale
	 */
	public static Locale locale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null) ? locale(locale.getLanguage()) : commandLine;
	}

	/**
	 * A message in the language of now ({@link #locale()}).
	 * @param key the key
	 * @param args its arguments
	 * @return the message
	 */
	public static String get(String key, Object... args) {
		return get(locale(), key, args);
	}

	/**
	 * A message in Chinese or English.
	 * @param english whether English
	 * @param key the key
	 * @param args its arguments
	 * @return the message
	 */
	public static String get(boolean english, String key, Object... args) {
		return get(english ? Locale.ENGLISH : CHINESE, key, args);
	}

	/**
	 * A message in a language.
	 * @param locale the language
	 * @param key the key
	 * @param args its arguments
	 * @return the message
	 * @throws org.springframework.context.NoSuchMessageException when no bundle has the
	 * key
	 */
	public static String get(Locale locale, String key, Object... args) {
		return SOURCE.getMessage(key, (args.length > 0) ? plain(args) : null, locale(locale.getLanguage()));
	}

	/**
	 * Numbers and times print as string concatenation prints them: an id or a year is
	 * never grouped, a decimal is never rounded, a time is not reformatted.
	 */
	private static Object[] plain(Object[] args) {
		Object[] plain = args.clone();
		for (int i = 0; i < plain.length; i++) {
			if (plain[i] instanceof java.math.BigDecimal decimal) {
				plain[i] = decimal.toPlainString();
			}
			else if (plain[i] instanceof Number || plain[i] instanceof java.util.Date) {
				plain[i] = plain[i].toString();
			}
		}
		return plain;
	}

	/**
	 * A message in both languages, Chinese first, for what a department or an operator
	 * may read in either (reports, failures of the system): the Chinese, a separator and
	 * the English.
	 * @param separator what stands between the two
	 * @param key the key
	 * @param args its arguments
	 * @return the message in both languages
	 */
	public static String both(String separator, String key, Object... args) {
		return get(CHINESE, key, args) + separator + get(Locale.ENGLISH, key, args);
	}

	/**
	 * The bundle of a language, for libraries that take a {@link ResourceBundle}
	 * (picocli's usage help).
	 * @param locale the language
	 * @return the bundle, never one of the machine's locale
	 */
	public static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(BASENAME, locale(locale.getLanguage()),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
