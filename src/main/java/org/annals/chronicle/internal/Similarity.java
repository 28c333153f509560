package org.annals.chronicle.internal;

import java.util.HashSet;
import java.util.Set;

import org.annals.support.Text;

/**
 * Whether two titles name the same event. Titles are compared without white space,
 * punctuation or symbols (full-width folded); they are alike when the shorter, at least
 * four characters long, stands inside the longer ({@code 芦山县发生6.1级地震} in
 * {@code 雅安市芦山县发生6.1级地震}), or when at least {@value #THRESHOLD_PERCENT}% of their
 * character pairs are shared (Dice coefficient over character bigrams).
 */
final class Similarity {

	static final int THRESHOLD_PERCENT = 60;

	private static final int MIN_CONTAINED = 4;

	private Similarity() {
	}

	static boolean alike(String a, String b) {
		String x = normalize(a);
		String y = normalize(b);
		if (x.isEmpty() || y.isEmpty()) {
			return false;
		}
		String shorter = (x.length() <= y.length()) ? x : y;
		String longer = (shorter == x) ? y : x;
		if (shorter.length() >= MIN_CONTAINED && longer.contains(shorter)) {
			return true;
		}
		return dice(x, y) * 100 >= THRESHOLD_PERCENT;
	}

	static String normalize(String title) {
		String folded = Text.fold(title);
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	static double dice(String x, String y) {
		Set<String> a = bigrams(x);
		Set<String> b = bigrams(y);
		if (a.isEmpty() || b.isEmpty()) {
			return x.equals(y) ? 1 : 0;
		}
		int shared = 0;
		for (String bigram : a) {
			shared += b.contains(bigram) ? 1 : 0;
		}
		return 2.0 * shared / (a.size() + b.size());
	}

	private static Set<String> bigrams(String s) {
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 1 < s.length(); i++) {
			bigrams.add(s.substring(i, i + 2));
		}
		return bigrams;
	}

}
