package org.annals.review;

import org.annals.support.Messages;

/**
 * A review action that cannot be done as asked, with why (a message of the bundles) and
 * what kind of refusal it is.
 */
public class ReviewRefusedException extends RuntimeException {

	private final Reason reason;

	/**
	 * A refusal.
	 * @param reason its kind
	 * @param key the message's key in the bundles
	 * @param args the message's arguments
	 */
	public ReviewRefusedException(Reason reason, String key, Object... args) {
		super(Messages.get(key, args));
		this.reason = reason;
	}

	/**
	 * The kind of refusal.
	 * @return the reason
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * Kinds of refusal.
	 */
	public enum Reason {

		/** No such item, or not one of the reviewer's region. */
		NOT_FOUND,
		/** The item is the reviewer's to see, but not to act on at its level. */
		FORBIDDEN,
		/** Not allowed in the item's state. */
		CONFLICT,
		/** Something required is missing (a reason, a comment's text). */
		INVALID

	}

}
