package org.annals.ingest.internal.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.annals.ingest.Issue;
import org.annals.ingest.Kind;
import org.annals.ingest.Severity;
import org.annals.ingest.Submission;
import org.annals.ingest.internal.store.SubmissionRepository;
import org.annals.reference.ReferenceData;
import org.annals.support.SetBasedPlans;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decides each submission this run read, one per transaction (a file received while the
 * run went on is left for the next run): a file with any error is rejected (kept, with
 * its report; its facts removed, none ever published); otherwise its plausibility
 * warnings are recorded and its facts published by marking it loaded. Restartable: a
 * decided submission is never decided again.
 */
public class PublishFactsTasklet implements Tasklet {

	private final SubmissionRepository submissions;

	private final JdbcClient jdbc;

	private final FactPublisher publisher;

	private final FactStatistics statistics;

	private final ReferenceData reference;

	private final FinishedReadings finished;

	private final JdbcTemplate template;

	private final boolean postgres;

	/**
	 * Creates the tasklet.
	 * @param submissions the submissions
	 * @param jdbc the database
	 * @param reference the reference data
	 * @param finished the checks gathered while the files were read in this process
	 * @param postgres whether the database is PostgreSQL
	 */
	public PublishFactsTasklet(SubmissionRepository submissions, JdbcTemplate jdbc, ReferenceData reference,
			FinishedReadings finished, boolean postgres) {
		this.submissions = submissions;
		this.jdbc = JdbcClient.create(jdbc);
		this.publisher = new FactPublisher(jdbc, postgres, reference.sourceRanks());
		this.statistics = new FactStatistics(this.jdbc, postgres);
		this.reference = reference;
		this.finished = finished;
		this.template = jdbc;
		this.postgres = postgres;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		SetBasedPlans.apply(this.template, this.postgres);
		var step = chunkContext.getStepContext().getStepExecution();
		long instance = step.getJobExecution().getJobInstance().getInstanceId();
		List<Long> pending = this.submissions.readBy(Kind.STATISTICS, instance);
		if (pending.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		if (this.submissions.claimPending(pending.get(0), instance)) {
			decide(this.submissions.get(pending.get(0)), step.getJobExecutionId(), contribution);
		}
		if (pending.size() > 1) {
			return RepeatStatus.CONTINUABLE;
		}
		this.statistics.finishStep(step.getWriteCount() + contribution.getWriteCount());
		return RepeatStatus.FINISHED;
	}

	private void decide(Submission submission, Long execution, StepContribution contribution) {
		long id = submission.id();
		this.statistics.summarise();
		ReadChecks checks = this.finished.take(id).orElse(null);
		long repeats = (checks != null && checks.repeatsKnown()) ? checks.repeats() : this.publisher.markRepeats(id);
		insertIssues(id, (repeats > 0) ? this.publisher.conflictingDuplicates(id) : List.of());
		if (this.submissions.countIssues(id, Severity.ERROR) > 0) {
			this.submissions.clearFacts(id);
			this.submissions.decide(id, Submission.REJECTED, 0, execution);
			contribution.incrementFilterCount(1);
			return;
		}
		if (repeats > 0) {
			this.publisher.settleRepeats(id);
		}
		Plausibility plausibility = (checks != null) ? checks.plausibility() : plausibility(id);
		Map<String, BigDecimal> published = this.publisher.currentValues(plausibility.keysFromElsewhere());
		List<Issue> warnings = plausibility.finish(published::get);
		insertIssues(id, warnings);
		this.publisher.flag(id, plausibility.factsOf(warnings));
		int conflicts = this.publisher.compareWithPublished(id, submission.department(), execution);
		int facts = this.publisher.factCount(id);
		this.submissions.decide(id, Submission.LOADED, facts, conflicts, execution);
		contribution.incrementWriteCount(facts);
	}

	private Plausibility plausibility(long id) {
		// the process stopped between reading and deciding: gather the sums again
		Plausibility plausibility = new Plausibility(this.reference);
		this.publisher.eachFact(id, plausibility.indicators(), plausibility::accept);
		return plausibility;
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
