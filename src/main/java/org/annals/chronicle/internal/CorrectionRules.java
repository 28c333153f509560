package org.annals.chronicle.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.chronicle.ChronicleCorrection;
import org.annals.chronicle.ChronicleCorrection.Kind;
import org.annals.chronicle.ChronicleEntry;
import org.annals.support.Text;

/**
 * The editors' corrections of a year as the compiler applies them: merges and splits
 * decide which events are one entry (a later split of an event undoes its earlier merges;
 * a merge made after a split joins the two events named), and the latest wording and date
 * of any of an entry's events are printed.
 */
public final class CorrectionRules {

	/** No corrections. */
	public static final CorrectionRules NONE = new CorrectionRules(List.of());

	private final Set<String> merged = new HashSet<>();

	private final Set<String> alone = new HashSet<>();

	private final Map<String, ChronicleCorrection> wordings = new HashMap<>();

	private final Map<String, ChronicleCorrection> dates = new HashMap<>();

	/**
	 * The rules of some corrections.
	 * @param corrections the corrections, in the order they were made
	 */
	public CorrectionRules(List<ChronicleCorrection> corrections) {
		for (ChronicleCorrection c : corrections) {
			String key = key(c.department(), c.title());
			switch (c.kind()) {
				case MERGE -> {
					String other = key(c.otherDepartment(), c.otherTitle());
					this.merged.add(pair(key, other));
					this.merged.add(pair(other, key));
				}
				case SPLIT -> {
					this.alone.add(key);
					this.merged.removeIf((pair) -> pair.startsWith(key + "\u0001") || pair.endsWith("\u0001" + key));
				}
				case WORDING -> this.wordings.put(key, c);
				case DATE -> this.dates.put(key, c);
			}
		}
	}

	boolean forcedTogether(ChronicleEvent a, ChronicleEvent b) {
		return this.merged.contains(pair(key(a), key(b)));
	}

	boolean standsAlone(ChronicleEvent event) {
		return this.alone.contains(key(event));
	}

	/**
	 * An entry with the latest wording and date an editor gave any of its events.
	 * @param entry the entry as compiled
	 * @return the entry as printed
	 */
	ChronicleEntry apply(ChronicleEntry entry) {
		ChronicleCorrection wording = latest(this.wordings, entry);
		ChronicleCorrection date = latest(this.dates, entry);
		if (wording == null && date == null) {
			return entry;
		}
		return new ChronicleEntry((date != null) ? date.start() : entry.start(),
				(date != null) ? date.end() : entry.end(), (date != null) ? date.precision() : entry.precision(),
				(date != null) ? date.label() : entry.label(), entry.departments(),
				(wording != null) ? wording.newTitle() : entry.title(),
				(wording != null) ? wording.newContent() : entry.content(), entry.sources(), entry.events());
	}

	private static ChronicleCorrection latest(Map<String, ChronicleCorrection> corrections, ChronicleEntry entry) {
		ChronicleCorrection latest = null;
		for (ChronicleEvent event : entry.events()) {
			ChronicleCorrection c = corrections.get(key(event));
			if (c != null && (latest == null || c.id() > latest.id())) {
				latest = c;
			}
		}
		return latest;
	}

	/**
	 * Whether a correction concerns an event.
	 * @param correction the correction
	 * @param department the event's department
	 * @param title the event's title as written
	 * @return true when it names the event
	 */
	public static boolean concerns(ChronicleCorrection correction, String department, String title) {
		String key = key(department, title);
		return key.equals(key(correction.department(), correction.title())) || (correction.kind() == Kind.MERGE
				&& key.equals(key(correction.otherDepartment(), correction.otherTitle())));
	}

	private static String key(ChronicleEvent event) {
		return key(event.department(), event.title());
	}

	private static String key(String department, String title) {
		return department + "\u0002" + Text.fold(title);
	}

	private static String pair(String a, String b) {
		return a + "\u0001" + b;
	}

}
