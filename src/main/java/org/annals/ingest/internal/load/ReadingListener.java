package org.annals.ingest.internal.load;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.store.SubmissionRepository;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records what became of one submission's reading, once its partition's step ends: the
 * format and layouts it was read as; that this run read it to its end (this run, and no
 * other, then decides it); or why the reading failed, the submission staying received for
 * the next run. A reading that ran out of memory sets its file aside at once, with a
 * report, so that no later run tries it again until an operator asks. A reading stopped
 * (an operator, a SIGTERM) or cut by the system (the database, the disk) is no fault of
 * its file and does not count towards setting it aside; one cut by a crash does, since a
 * crash can be the file's (a heap exhausted for good).
 */
public class ReadingListener implements StepExecutionListener {

	private final SubmissionRepository submissions;

	private final JdbcClient jdbc;

	/**
	 * Creates the listener.
	 * @param submissions the submissions
	 * @param jdbc the database
	 */
	public ReadingListener(SubmissionRepository submissions, JdbcClient jdbc) {
		this.submissions = submissions;
		this.jdbc = jdbc;
	}

	/** A layout text that fits its column (a workbook's sheets may name many). */
	private static String clip(String layout) {
		return (layout != null && layout.length() > 2000) ? layout.substring(0, 1999) + "…" : layout;
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		ExecutionContext context = step.getExecutionContext();
		if (!context.containsKey("submissionId")) {
			return step.getExitStatus();
		}
		long id = context.getLong("submissionId");
		this.jdbc.sql("update ingest_submission set format = ?, layout = ? where id = ?")
			.params(context.getString("format", null), clip(context.getString("layout", null)), id)
			.update();
		if (step.getStatus() == BatchStatus.COMPLETED) {
			this.submissions.finishReading(id, step.getJobExecution().getJobInstance().getInstanceId());
		}
		else if (step.getStatus() == BatchStatus.FAILED && !step.getFailureExceptions().isEmpty()) {
			Throwable failure = step.getFailureExceptions().get(0);
			if (ReadingFailures.outOfMemory(failure)) {
				long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
				this.submissions.setAside(id, Issue.of(IssueCode.OUT_OF_MEMORY, null, null, heap, id),
						step.getJobExecutionId());
			}
			else if (ReadingFailures.ofTheSystem(failure)) {
				this.submissions.readingInterrupted(id);
			}
			else {
				this.submissions.readingFailed(id, ReadingFailures.describe(failure));
			}
		}
		else if (step.getStatus() == BatchStatus.STOPPED || step.getStatus() == BatchStatus.STOPPING) {
			// an operator's stop or a SIGTERM: resumed later, and no fault of the file
			this.submissions.readingInterrupted(id);
		}
		return step.getExitStatus();
	}

}
