package org.annals.deliverables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.annals.deliverables.internal.DeliverablesMessages;

/**
 * Where a term of a deliverable stands for a data year.
 *
 * @param deliverable what is owed
 * @param term the year, half year or quarter it is owed for
 * @param due the last day it may be sent on, or null when that falls in a year whose
 * holiday arrangement is not yet published
 * @param dueUnpublishedYear that year, when {@code due} is null; else null
 * @param state where it stands
 * @param latest the latest file of the department that counts for it, or null
 */
public record DeliverableStatus(Deliverable deliverable, Term term, LocalDate due, Integer dueUnpublishedYear,
		State state, LatestSubmission latest) {

	/**
	 * The state as people read it: 应报, 已报, 逾期, 退回未改.
	 * @param locale the language
	 * @return the label
	 */
	public String stateLabel(Locale locale) {
		return DeliverablesMessages.text(locale, "deliverables.state." + this.state.name());
	}

	/**
	 * The due date, or that it is not known yet.
	 * @param locale the language
	 * @return the label
	 */
	public String dueLabel(Locale locale) {
		return (this.due != null) ? this.due.toString()
				: DeliverablesMessages.text(locale, "deliverables.due.unpublished", this.dueUnpublishedYear);
	}

	/**
	 * The latest file and its verdict, or a dash.
	 * @param locale the language
	 * @return the label
	 */
	public String latestLabel(Locale locale) {
		if (this.latest == null) {
			return DeliverablesMessages.text(locale, "deliverables.latest.none");
		}
		String verdict = DeliverablesMessages.text(locale, "submission." + this.latest.status());
		String received = (this.latest.receivedAt() != null) ? this.latest.receivedAt().withNano(0).toString() : "";
		return DeliverablesMessages.text(locale, "deliverables.latest", this.latest.originalName(), this.latest.id(),
				verdict, received);
	}

	/**
	 * Where a deliverable stands.
	 */
	public enum State {

		/** 应报: owed, not yet due, nothing loaded. */
		OWED,

		/** 已报: received and loaded. */
		SUBMITTED,

		/** 逾期: due and nothing loaded. */
		OVERDUE,

		/** 退回未改: the latest file was rejected, and no corrected one has come since. */
		REJECTED_UNCORRECTED

	}

	/**
	 * The latest file that counts for a deliverable, and its verdict.
	 *
	 * @param id its submission's id
	 * @param originalName the name it was sent under
	 * @param status {@code received}, {@code loaded}, {@code rejected} or {@code failed}
	 * @param receivedAt when it was received
	 * @param errorCount how many errors its report has
	 */
	public record LatestSubmission(long id, String originalName, String status, LocalDateTime receivedAt,
			int errorCount) {
	}

}
