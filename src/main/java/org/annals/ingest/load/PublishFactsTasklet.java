package org.annals.ingest.load;

import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.Kind;
import org.annals.ingest.Severity;
import org.annals.ingest.Submission;
import org.annals.ingest.SubmissionRepository;
import org.annals.reference.ReferenceData;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decides each read submission, one per transaction: a file with any error is rejected
 * (kept, with its report; none of its facts published); otherwise its plausibility
 * warnings are recorded and its facts published. Restartable: a decided submission is
 * never decided again.
 */
public class PublishFactsTasklet implements Tasklet {

	private final SubmissionRepository submissions;

	private final JdbcClient jdbc;

	private final FactPublisher publisher;

	private final ReferenceData reference;

	/**
	 * Creates the tasklet.
	 * @param submissions the submissions
	 * @param jdbc the database
	 * @param reference the reference data
	 * @param postgres whether the database is PostgreSQL
	 */
	public PublishFactsTasklet(SubmissionRepository submissions, JdbcTemplate jdbc, ReferenceData reference,
			boolean postgres) {
		this.submissions = submissions;
		this.jdbc = JdbcClient.create(jdbc);
		this.publisher = new FactPublisher(jdbc, postgres);
		this.reference = reference;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		List<Long> pending = this.submissions.pending(Kind.STATISTICS);
		if (pending.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		Long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		if (this.submissions.claimPending(pending.get(0))) {
			decide(this.submissions.get(pending.get(0)), execution, contribution);
		}
		return (pending.size() > 1) ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
	}

	private void decide(Submission submission, Long execution, StepContribution contribution) {
		long id = submission.id();
		this.publisher.roomToSort();
		this.publisher.analyze("ingest_fact_staging");
		boolean repeatsKeys = this.publisher.repeatsKeys(id);
		List<Issue> duplicates = repeatsKeys ? this.publisher.conflictingDuplicates(id) : List.of();
		insertIssues(id, duplicates);
		if (this.submissions.countIssues(id, Severity.ERROR) > 0) {
			this.publisher.clearStaged(id);
			this.submissions.decide(id, Submission.REJECTED, 0, execution);
			contribution.incrementFilterCount(1);
			return;
		}
		Plausibility plausibility = new Plausibility(this.reference);
		this.publisher.eachStaged(id, plausibility.indicators(), plausibility::accept);
		List<Issue> warnings = plausibility.finish(this.publisher::currentValue);
		insertIssues(id, warnings);
		warnings.forEach((w) -> this.publisher.flag(id, w));
		int facts = this.publisher.publish(id, submission.department(), execution, repeatsKeys);
		this.publisher.clearStaged(id);
		if (facts > 10_000) {
			this.publisher.analyze("ingest_fact");
		}
		this.submissions.decide(id, Submission.LOADED, facts, execution);
		contribution.incrementWriteCount(facts);
	}

	private void insertIssues(long id, List<Issue> issues) {
		for (Issue issue : issues) {
			this.jdbc
				.sql("insert into ingest_issue (submission_id, severity, code, sheet, cell, message_zh, message_en) "
						+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, issue.severity().name(), issue.code(), issue.sheet(), issue.cell(), issue.chinese(),
						issue.english())
				.update();
		}
	}

}
