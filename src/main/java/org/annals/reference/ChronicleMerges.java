package org.annals.reference;

import java.util.List;

import org.annals.support.Text;

/**
 * An editor's corrections to the chronicle's duplicate merging, from
 * {@code jobs/chronicle-merges.yml}: groups of titles (as written) that must be one entry
 * although they do not look alike, and pairs that must stay apart although they do.
 *
 * @param merge groups of titles that are one event
 * @param split groups of titles that are different events
 */
public record ChronicleMerges(List<List<String>> merge, List<List<String>> split) {

	static final String FILE = "chronicle-merges.yml";

	/** No corrections. */
	public static final ChronicleMerges NONE = new ChronicleMerges(List.of(), List.of());

	public ChronicleMerges {
		merge = (merge != null) ? List.copyOf(merge) : List.of();
		split = (split != null) ? List.copyOf(split) : List.of();
	}

	/**
	 * Whether an editor said two titles are one event.
	 * @param a a title
	 * @param b another title
	 * @return true when forced together
	 */
	public boolean forcedTogether(String a, String b) {
		return inOneGroup(this.merge, a, b);
	}

	/**
	 * Whether an editor said two titles are different events.
	 * @param a a title
	 * @param b another title
	 * @return true when kept apart
	 */
	public boolean keptApart(String a, String b) {
		return inOneGroup(this.split, a, b);
	}

	private static boolean inOneGroup(List<List<String>> groups, String a, String b) {
		String fa = Text.fold(a);
		String fb = Text.fold(b);
		for (List<String> group : groups) {
			List<String> folded = group.stream().map(Text::fold).toList();
			if (folded.contains(fa) && folded.contains(fb)) {
				return true;
			}
		}
		return false;
	}

}
