package org.annals.support;

/**
 * Text as offices type it: full-width forms, ideographic spaces, padding. Folding here is
 * only for matching; what a department wrote is always stored as written.
 */
public final class Text {

	private Text() {
	}

	/**
	 * Folds full-width ASCII (U+FF01..U+FF5E) to ASCII and removes every kind of white
	 * space, including U+3000 and no-break spaces.
	 * @param text the text, may be null
	 * @return the folded text, never null
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = halfWidth(text.charAt(i));
			if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
					|| c == '\uFEFF') {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * The ASCII form of a full-width character (U+FF01..U+FF5E: ａ, １, （, ％, ：).
	 * @param c the character
	 * @return its half-width form, or the character itself
	 */
	public static char halfWidth(char c) {
		return (c >= '\uFF01' && c <= '\uFF5E') ? (char) (c - 0xFEE0) : c;
	}

	/**
	 * Whether the text holds nothing but white space.
	 * @param text the text, may be null
	 * @return true when blank
	 */
	public static boolean isBlank(String text) {
		return fold(text).isEmpty();
	}

	/**
	 * Removes a trailing bracketed part such as {@code （万元）} or {@code (亿元)} from folded
	 * text.
	 * @param folded text already {@link #fold(String) folded}
	 * @return the text before the bracket, or the text itself
	 */
	public static String withoutTrailingBracket(String folded) {
		if (folded.endsWith(")")) {
			int open = folded.lastIndexOf('(');
			if (open >= 0) {
				return folded.substring(0, open);
			}
		}
		return folded;
	}

	/**
	 * The content of a trailing bracketed part of folded text.
	 * @param folded text already {@link #fold(String) folded}
	 * @return the bracket's content, or null
	 */
	public static String trailingBracket(String folded) {
		if (folded.endsWith(")")) {
			int open = folded.lastIndexOf('(');
			if (open >= 0) {
				return folded.substring(open + 1, folded.length() - 1);
			}
		}
		return null;
	}

}
