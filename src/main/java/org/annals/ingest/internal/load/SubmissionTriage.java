package org.annals.ingest.internal.load;

import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.Kind;
import org.annals.ingest.Submission;
import org.annals.ingest.internal.store.SubmissionRepository;
import org.annals.reference.ReferenceData;
import org.annals.support.Messages;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Decides, before a run reads its files, which earlier submissions it reads again and
 * which it sets aside. A file refused for a reason that reference data can remove (a
 * region the gazetteer lacked, an indicator's unit, a layout no template pinned) is read
 * again once {@code jobs/} has changed: a rejection is not forever. A file whose readings
 * failed to end too many times in a row (each failure left it for the next run) is set
 * aside with a report, so that one file does not fail every night.
 */
public class SubmissionTriage implements StepExecutionListener {

	/** Refusals that a change of reference data can remove. */
	static final List<String> REFERENCE_CODES = List.of(IssueCode.UNKNOWN_REGION.name(),
			IssueCode.LAYOUT_UNKNOWN.name(), IssueCode.NO_TABLE.name(), IssueCode.NO_YEAR.name(),
			IssueCode.UNIT_MISMATCH.name());

	/** The step execution context's key for how many rejections are read again. */
	public static final String REOPENED = "reopened";

	private final SubmissionRepository submissions;

	private final ReferenceData reference;

	private final Kind kind;

	private final int maxUnfinishedReads;

	/**
	 * Creates the triage of one kind of submission.
	 * @param submissions the submissions
	 * @param reference today's reference data
	 * @param kind statistics or event logs
	 * @param maxUnfinishedReads readings that may fail to end before a file is set aside
	 */
	public SubmissionTriage(SubmissionRepository submissions, ReferenceData reference, Kind kind,
			int maxUnfinishedReads) {
		this.submissions = submissions;
		this.reference = reference;
		this.kind = kind;
		this.maxUnfinishedReads = maxUnfinishedReads;
	}

	@Override
	public void beforeStep(StepExecution step) {
		int reopened = 0;
		for (Long id : this.submissions.rejectedAgainstOtherReference(this.kind, this.reference.version(),
				REFERENCE_CODES)) {
			reopened += this.submissions.reopen(id) ? 1 : 0;
		}
		step.getExecutionContext().putInt(REOPENED, reopened);
		for (Submission failing : this.submissions.failingReadings(this.kind, this.maxUnfinishedReads)) {
			String reason = (failing.readError() != null) ? failing.readError()
					: Messages.both(" / ", "ingest.read.ended");
			Issue why = Issue.of(IssueCode.READ_ABANDONED, null, null, this.maxUnfinishedReads, reason, failing.id());
			this.submissions.setAside(failing.id(), why, step.getJobExecutionId());
		}
	}

}
