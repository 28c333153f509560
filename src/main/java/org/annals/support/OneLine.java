package org.annals.support;

/**
 * Text from outside (a label, a department's folder or file name, a cell quoted in a
 * message) made fit for one line of a file we write, so that it cannot forge a line of
 * its own: CR, LF and every other control character, NEL and the Unicode line and
 * paragraph separators become a space.
 */
public final class OneLine {

	private OneLine() {
	}

	/**
	 * The text on one line.
	 * @param text the text, may be null
	 * @return the text with every line break and control character a space, never null
	 */
	public static String of(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			if (breaks(text.charAt(i))) {
				out = (out != null) ? out : new StringBuilder(text);
				out.setCharAt(i, ' ');
			}
		}
		return (out != null) ? out.toString() : text;
	}

	/**
	 * Whether a character can end or break a line, or is a control character.
	 * @param c the character
	 * @return true for CR, LF, NEL, the other C0 and C1 controls, U+2028 and U+2029
	 */
	public static boolean breaks(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
	}

}
