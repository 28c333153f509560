package org.annals.ingest;

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
		return switch (status) {
			case Submission.REJECTED ->
				"该内容此前已被拒收，不会重新读取；请按报告修改后重新报送，或由运维人员执行 annals reprocess " + submissionId + " 重新读取";
			case Submission.FAILED -> "该内容此前未能读取、已暂停处理，运维人员排除原因后可执行 annals reprocess " + submissionId;
			case Submission.RECEIVED -> "该内容尚待读取，只读取一次";
			default -> "未重复导入";
		};
	}

	/**
	 * The advice in English.
	 * @param status what became of the first receipt
	 * @param submissionId the submission of the bytes
	 * @return the advice
	 */
	public static String english(String status, long submissionId) {
		return switch (status) {
			case Submission.REJECTED -> "those bytes were rejected before and are not read again; correct them as the "
					+ "report says and send them again, or an operator can run annals reprocess " + submissionId;
			case Submission.FAILED -> "those bytes could not be read before and were set aside; an operator can run "
					+ "annals reprocess " + submissionId + " once the cause is removed";
			case Submission.RECEIVED -> "those bytes are waiting to be read, once";
			default -> "not loaded twice";
		};
	}

}
