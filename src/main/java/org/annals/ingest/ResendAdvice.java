package org.annals.ingest;

import org.annals.support.Messages;

/**
 * What sending the same bytes again does, by what became of them the first time, for the
 * department that sends them and the operator who reads the summary: a rejected file's
 * bytes are not read again (the department corrects them, or an operator has them read
 * again); set-aside bytes wait for an operator; bytes waiting to be read are read once;
 * loaded bytes are not loaded twice.
 */
public final class ResendAdvice {

	private ResendAdvice() {
	}

	/**
	 * The advice in Chinese.
	 * @param status what became of the first receipt
	 * @param submissionId the submission of the bytes
	 * @return the advice
	 */
	public static String chinese(String status, long submissionId) {
		return Messages.get(false, key(status), submissionId);
	}

	/**
	 * The advice in English.
	 * @param status what became of the first receipt
	 * @param submissionId the submission of the bytes
	 * @return the advice
	 */
	public static String english(String status, long submissionId) {
		return Messages.get(true, key(status), submissionId);
	}

	private static String key(String status) {
		return switch (status) {
			case Submission.REJECTED -> "ingest.resend.rejected";
			case Submission.FAILED -> "ingest.resend.failed";
			case Submission.RECEIVED -> "ingest.resend.received";
			default -> "ingest.resend.loaded";
		};
	}

}
