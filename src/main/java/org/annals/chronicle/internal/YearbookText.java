package org.annals.chronicle.internal;

import org.annals.chronicle.ChronicleEntry;

/**
 * An entry's text as a yearbook's 大事记 prints it after the date: the title as a sentence
 * with its full stop (one is added only when the title has no ending punctuation; a
 * trailing comma or colon becomes the full stop), then the content as written; a city's
 * or county's event led by its place when the chronicle names it.
 */
public final class YearbookText {

	private static final char FULL_STOP = '\u3002';

	/** What already ends a sentence: 。！？…；and their ASCII forms. */
	private static final String ENDINGS = "\u3002\uFF01\uFF1F\u2026\uFF1B.!?;";

	/** Closing quotes and brackets, looked through for the punctuation before them. */
	private static final String CLOSERS = "\u201D\u2019\u300D\u300F\uFF09\u300B\u3011)\"'";

	/** A pause that cannot end a sentence: ，、：and their ASCII forms. */
	private static final String PAUSES = "\uFF0C\u3001\uFF1A,:";

	private YearbookText() {
	}

	/**
	 * A title as a sentence.
	 * @param title the title as written
	 * @return the title with its full stop
	 */
	public static String sentence(String title) {
		String text = title.strip();
		if (text.isEmpty()) {
			return text;
		}
		int last = text.length() - 1;
		while (last > 0 && CLOSERS.indexOf(text.charAt(last)) >= 0) {
			last--;
		}
		char end = text.charAt(last);
		if (ENDINGS.indexOf(end) >= 0) {
			return text;
		}
		if (PAUSES.indexOf(end) >= 0 && last == text.length() - 1) {
			return text.substring(0, last) + FULL_STOP;
		}
		return text + FULL_STOP;
	}

	/**
	 * The printed text of an entry.
	 * @param entry the entry
	 * @param place the place to lead with, or null
	 * @return the title as a sentence, then the content
	 */
	public static String of(ChronicleEntry entry, String place) {
		String lead = ((place != null) ? place : "") + sentence(entry.title());
		String content = entry.content().strip();
		return content.isEmpty() ? lead : lead + content;
	}

}
