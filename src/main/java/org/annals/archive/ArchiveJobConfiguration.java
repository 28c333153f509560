package org.annals.archive;

import java.util.Map;

import org.annals.support.JobOwnerListener;
import org.annals.support.Messages;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The archive jobs: {@code archiveSnapshotJob} freezes a year (job parameters
 * {@code year} and {@code label}); {@code fixityCheckJob} verifies every snapshot,
 * records each outcome, and fails loudly (a failed job and an error in the log) when one
 * is damaged.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveJobConfiguration {

	/** The snapshot job's name. */
	public static final String JOB = "archiveSnapshotJob";

	/** The fixity check job's name. */
	public static final String FIXITY_JOB = "fixityCheckJob";

	@Bean
	@StepScope
	Tasklet archiveSnapshotTasklet(@Value("#{jobParameters['year']}") String year,
			@Value("#{jobParameters['label']}") String label, ArchiveService archive) {
		return (contribution, context) -> {
			Long execution = context.getStepContext().getStepExecution().getJobExecutionId();
			Snapshot snapshot = archive.create(Integer.parseInt(year), label, execution,
					(file) -> contribution.incrementWriteCount(1));
			context.getStepContext().getStepExecution().getExecutionContext().putLong("snapshotId", snapshot.id());
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step archiveSnapshotStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet archiveSnapshotTasklet) {
		return new StepBuilder("archiveSnapshotStep", jobRepository).tasklet(archiveSnapshotTasklet, transactionManager)
			.build();
	}

	@Bean
	Job archiveSnapshotJob(JobRepository jobRepository, Step archiveSnapshotStep, JobOwnerListener owner) {
		return new JobBuilder(JOB, jobRepository).start(archiveSnapshotStep).listener(owner).build();
	}

	@Bean
	Step fixityCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ArchiveService archive) {
		return new StepBuilder("fixityCheckStep", jobRepository).tasklet((contribution, context) -> {
			Long execution = context.getStepContext().getStepExecution().getJobExecutionId();
			Map<Snapshot, BagVerifier.Verification> failed = archive.checkAll(execution);
			contribution.incrementReadCount();
			if (!failed.isEmpty()) {
				StringBuilder message = new StringBuilder(Messages.get("archive.fixity.failed"));
				failed.forEach((s, v) -> message.append("\n#")
					.append(s.id())
					.append(' ')
					.append(s.path())
					.append('\n')
					.append(ArchiveService.describe(v.errors())));
				throw new IllegalStateException(message.toString());
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Job fixityCheckJob(JobRepository jobRepository, Step fixityCheckStep, JobOwnerListener owner) {
		return new JobBuilder(FIXITY_JOB, jobRepository).start(fixityCheckStep).listener(owner).build();
	}

}
