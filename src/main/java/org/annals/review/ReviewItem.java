package org.annals.review;

import java.time.LocalDateTime;

/**
 * An item under review, where it stands now.
 *
 * @param id its id
 * @param kind {@link #SUBMISSION}, {@link #TABLE} or {@link #CHRONICLE}
 * @param key what it is: {@code department|year|kind} for a submission,
 * {@code table|year} for a table, the year for the chronicle
 * @param year the data year
 * @param regionCode the region it is about (GB/T 2260), which decides its levels
 * @param department the department of a submission, else null
 * @param title what a reviewer reads: the file's name, the table's id, the year
 * @param subjectRef what the current round reviews: the submission's id, the table
 * build's id, null for the chronicle
 * @param round the current round, from 1
 * @param level the level it waits at or was last decided at
 * @param levelRegion the region of that level, whose reviewers act
 * @param state {@link #PENDING}, {@link #RETURNED}, {@link #PASSED} (at every level) or
 * {@link #SIGNED_OFF}
 * @param signedRef the build the province signed off (it stays the one printed while a
 * later round is under review), else null
 * @param signedBy who signed it off, else null
 * @param signedAt when, else null
 * @param waitingSince since when it waits at its level
 */
public record ReviewItem(long id, String kind, String key, int year, String regionCode, String department, String title,
		Long subjectRef, int round, ReviewLevel level, String levelRegion, String state, Long signedRef,
		String signedBy, LocalDateTime signedAt, LocalDateTime waitingSince) {

	/** A department's submission for a data year. */
	public static final String SUBMISSION = "submission";

	/** A year's compiled table. */
	public static final String TABLE = "table";

	/** A year's chronicle. */
	public static final String CHRONICLE = "chronicle";

	/** 待审: waits for its level's decision. */
	public static final String PENDING = "pending";

	/**
	 * 退回: sent back with a reason; the department's corrected file starts a new round.
	 */
	public static final String RETURNED = "returned";

	/** 通过: passed at every level. */
	public static final String PASSED = "passed";

	/** 审定: signed off by the province. */
	public static final String SIGNED_OFF = "signed_off";

}
