package org.annals.deliverables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.annals.deliverables.internal.DeliverablesMessages;

/**
 * What a compile of a year lacks (issue 23): the deliverables of that year not loaded yet
 * (应报, 逾期 or 退回未改), for the compile's output and the table preview to name, so that a
 * table compiled from incomplete inputs says so.
 */
public final class MissingInputs {

	private MissingInputs() {
	}

	/**
	 * The deliverables not yet loaded among a year's statuses.
	 * @param statuses the statuses of a year
	 * @param indicators only deliverables of statistics giving one of these indicators (a
	 * table's), or null for every deliverable, statistics and chronicle
	 * @return those missing, in the file's order
	 */
	public static List<DeliverableStatus> of(List<DeliverableStatus> statuses, Collection<String> indicators) {
		List<DeliverableStatus> missing = new ArrayList<>();
		for (DeliverableStatus status : statuses) {
			if (status.state() == DeliverableStatus.State.SUBMITTED) {
				continue;
			}
			Deliverable deliverable = status.deliverable();
			if (indicators == null || (deliverable.kind() == Deliverable.Kind.STATISTICS
					&& deliverable.indicators().stream().anyMatch(indicators::contains))) {
				missing.add(status);
			}
		}
		return missing;
	}

	/**
	 * The heading over the list, or that nothing is missing.
	 * @param year the data year
	 * @param missing what is missing
	 * @param locale the language
	 * @return the heading
	 */
	public static String heading(int year, List<DeliverableStatus> missing, Locale locale) {
		return missing.isEmpty() ? DeliverablesMessages.text(locale, "deliverables.missing.none", year)
				: DeliverablesMessages.text(locale, "deliverables.missing.heading", year, missing.size());
	}

	/**
	 * One missing deliverable as people read it: department, deliverable, term, state and
	 * due date.
	 * @param status the deliverable's status
	 * @param locale the language
	 * @return the line
	 */
	public static String line(DeliverableStatus status, Locale locale) {
		return DeliverablesMessages.text(locale, "deliverables.missing.line", status.deliverable().department(),
				status.deliverable().name(), status.term().label(locale), status.stateLabel(locale),
				status.dueLabel(locale));
	}

}
