package org.annals.chronicle.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.annals.chronicle.ChronicleEntry;
import org.annals.chronicle.DatePrecision;
import org.annals.reference.ChronicleMerges;

/**
 * Compiles events into the chronicle: one entry per event, merged across departments, in
 * the order a yearbook prints them. Two events are one when their periods share a day and
 * their titles are {@link Similarity alike}, unless an editor said otherwise in
 * {@code jobs/chronicle-merges.yml}. Order: day entries by their (first) day; an entry of
 * a xun, month, quarter, half or year after everything dated within its period, that is
 * by its last day, a day before a xun before a month and so on; equal keys keep the order
 * of submission.
 */
public final class ChronicleCompiler {

	private final ChronicleMerges merges;

	private final CorrectionRules corrections;

	/**
	 * Creates a compiler.
	 * @param merges the editor's corrections of {@code jobs/chronicle-merges.yml}
	 */
	public ChronicleCompiler(ChronicleMerges merges) {
		this(merges, CorrectionRules.NONE);
	}

	/**
	 * Creates a compiler.
	 * @param merges the editor's corrections of {@code jobs/chronicle-merges.yml}
	 * @param corrections the editors' corrections made on the chronicle page
	 */
	public ChronicleCompiler(ChronicleMerges merges, CorrectionRules corrections) {
		this.merges = merges;
		this.corrections = corrections;
	}

	/**
	 * Compiles events, given in the order of submission.
	 * @param events the events
	 * @return the entries, in chronicle order
	 */
	public List<ChronicleEntry> compile(List<ChronicleEvent> events) {
		int[] parent = new int[events.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < events.size(); i++) {
			for (int j = i + 1; j < events.size(); j++) {
				if (sameEvent(events.get(i), events.get(j))) {
					union(parent, i, j);
				}
			}
		}
		Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
		for (int i = 0; i < events.size(); i++) {
			groups.computeIfAbsent(find(parent, i), (k) -> new ArrayList<>()).add(i);
		}
		List<Ordered> entries = new ArrayList<>();
		for (List<Integer> members : groups.values()) {
			ChronicleEntry entry = entry(members.stream().map(events::get).toList());
			entries.add(new Ordered(this.corrections.apply(entry), members.get(0)));
		}
		entries.sort(Comparator.comparing((Ordered o) -> sortDate(o.entry()))
			.thenComparing((o) -> o.entry().precision())
			.thenComparingInt(Ordered::first));
		return entries.stream().map(Ordered::entry).toList();
	}

	private record Ordered(ChronicleEntry entry, int first) {
	}

	boolean sameEvent(ChronicleEvent a, ChronicleEvent b) {
		if (this.merges.keptApart(a.title(), b.title())) {
			return false;
		}
		if (this.corrections.forcedTogether(a, b)) {
			return true;
		}
		if (this.corrections.standsAlone(a) || this.corrections.standsAlone(b)) {
			return false;
		}
		if (this.merges.forcedTogether(a.title(), b.title())) {
			return true;
		}
		return a.overlaps(b) && Similarity.alike(a.title(), b.title());
	}

	private static ChronicleEntry entry(List<ChronicleEvent> members) {
		ChronicleEvent first = members.get(0);
		ChronicleEvent dated = first;
		for (ChronicleEvent member : members) {
			if (member.precision().compareTo(dated.precision()) < 0) {
				dated = member;
			}
		}
		LinkedHashSet<String> departments = new LinkedHashSet<>();
		LinkedHashSet<String> sources = new LinkedHashSet<>();
		for (ChronicleEvent member : members) {
			departments.add(member.department());
			sources.add(member.source());
		}
		return new ChronicleEntry(dated.start(), dated.end(), dated.precision(), dated.label(),
				new ArrayList<>(departments), first.title(), first.content(), new ArrayList<>(sources), members);
	}

	/**
	 * A day entry sorts by its first day; any longer period after everything within it.
	 */
	public static LocalDate sortDate(ChronicleEntry entry) {
		return (entry.precision() == DatePrecision.DAY) ? entry.start() : entry.end();
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		if (ra != rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	}

}
