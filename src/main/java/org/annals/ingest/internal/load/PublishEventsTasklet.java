package org.annals.ingest.internal.load;

import java.util.List;

import org.annals.ingest.Kind;
import org.annals.ingest.PublishedCoverage;
import org.annals.ingest.Severity;
import org.annals.ingest.Submission;
import org.annals.ingest.internal.store.SubmissionRepository;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decides each event log this run read, one per transaction (a log received while the run
 * went on is left for the next run, so that a re-sent log never supersedes the published
 * one before it was read). A log with an error is rejected (kept, with its report).
 * Otherwise its events become current, and the events of an earlier log that the same
 * department sent under the same file name become history: a corrected log replaces the
 * one it corrects. Rows refused for an unreadable date are warnings; the rest of the log
 * loads.
 */
public class PublishEventsTasklet implements Tasklet {

	private final SubmissionRepository submissions;

	private final JdbcClient jdbc;

	/**
	 * Creates the tasklet.
	 * @param submissions the submissions
	 * @param jdbc the database
	 */
	public PublishEventsTasklet(SubmissionRepository submissions, JdbcClient jdbc) {
		this.submissions = submissions;
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = chunkContext.getStepContext().getStepExecution();
		long instance = step.getJobExecution().getJobInstance().getInstanceId();
		List<Long> pending = this.submissions.readBy(Kind.EVENTS, instance);
		if (pending.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		Long execution = step.getJobExecutionId();
		if (this.submissions.claimPending(pending.get(0), instance)) {
			decide(this.submissions.get(pending.get(0)), execution, contribution);
		}
		return (pending.size() > 1) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

	private void decide(Submission submission, Long execution, StepContribution contribution) {
		long id = submission.id();
		if (this.submissions.countIssues(id, Severity.ERROR) > 0) {
			this.jdbc.sql("delete from ingest_event where submission_id = ?").param(id).update();
			this.submissions.decide(id, Submission.REJECTED, 0, execution);
		}
		else {
			// the logs it corrects, by id: a condition looked up event by event would
			// scan
			// the submissions once per event
			List<Long> corrected = this.jdbc
				.sql("select id from ingest_submission where department = ? and original_name = ? and id <> ?")
				.params(submission.department(), submission.originalName(), id)
				.query(Long.class)
				.list();
			if (!corrected.isEmpty()) {
				this.jdbc
					.sql("update ingest_event set state = 'superseded' where state = 'current' and "
							+ PublishedCoverage.among("submission_id", corrected))
					.update();
			}
			int events = this.jdbc.sql("update ingest_event set state = 'current' where submission_id = ?")
				.param(id)
				.update();
			this.submissions.decide(id, Submission.LOADED, events, execution);
			contribution.incrementWriteCount(events);
		}
	}

}
