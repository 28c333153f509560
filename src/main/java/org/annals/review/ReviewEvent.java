package org.annals.review;

import java.time.OffsetDateTime;

/**
 * One state change or comment of the review trail.
 *
 * @param id its id, in order
 * @param itemId the item
 * @param round the round
 * @param level the level
 * @param levelRegion the region of that level
 * @param type {@code opened}, {@code passed}, {@code returned}, {@code commented} or
 * {@code signed_off}
 * @param actor who (a user name, or {@code system} for a round a new file opened)
 * @param occurredAt when
 * @param subjectRef the submission or build it concerns
 * @param target for a comment: a table cell ({@code cell:ROW-COLUMN}), a fact
 * ({@code fact:ID}) or a chronicle entry ({@code entry:N}); else null
 * @param note the reason of a return, the text of a comment, else null
 */
public record ReviewEvent(long id, long itemId, int round, ReviewLevel level, String levelRegion, String type,
		String actor, OffsetDateTime occurredAt, Long subjectRef, String target, String note) {

	/** A round began. */
	public static final String OPENED = "opened";

	/** Passed at its level. */
	public static final String PASSED = "passed";

	/** Sent back, with a reason. */
	public static final String RETURNED = "returned";

	/** A comment. */
	public static final String COMMENTED = "commented";

	/** Signed off (审定). */
	public static final String SIGNED_OFF = "signed_off";

}
