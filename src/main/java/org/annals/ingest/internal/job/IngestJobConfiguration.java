package org.annals.ingest.internal.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.annals.ingest.IngestJobs;
import org.annals.ingest.Kind;
import org.annals.ingest.internal.intake.IngestProperties;
import org.annals.ingest.OriginalStore;
import org.annals.ingest.internal.intake.ReceiveFilesTasklet;
import org.annals.ingest.internal.load.PublishEventsTasklet;
import org.annals.ingest.internal.load.PublishFactsTasklet;
import org.annals.ingest.internal.load.FinishedReadings;
import org.annals.ingest.internal.load.ReadingFailures;
import org.annals.ingest.internal.load.ReadingListener;
import org.annals.ingest.internal.load.SubmissionTriage;
import org.annals.ingest.internal.load.SubmissionItemWriter;
import org.annals.ingest.internal.load.SummariseWrittenFacts;
import org.annals.ingest.internal.load.SubmissionItemReader;
import org.annals.ingest.internal.staging.RowBatch;
import org.annals.ingest.internal.store.SubmissionReceipts;
import org.annals.ingest.internal.store.SubmissionRepository;
import org.annals.reference.ReferenceData;
import org.annals.support.AnnalsProperties;
import org.annals.support.Databases;
import org.annals.support.DurableFiles;
import org.annals.support.JobOwnerListener;
import org.annals.support.ProgressListener;
import org.annals.support.RowCountListener;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The statistics ingest job, {@code ingestStatisticsJob}: receive the inbox's files
 * (original stored by hash first), read each file in its own partition (streaming,
 * restartable, facts staged with COPY), then decide each file: reject it with its report,
 * or publish its facts.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

	/** The statistics job's name. */
	public static final String JOB = IngestJobs.JOB;

	/** The event-log job's name. */
	public static final String EVENTS_JOB = IngestJobs.EVENTS_JOB;

	@Bean
	OriginalStore originalStore(AnnalsProperties properties, DurableFiles durable) {
		return new OriginalStore(properties.home().resolve("originals"), durable);
	}

	@Bean
	@StepScope
	ReceiveFilesTasklet receiveFilesTasklet(@Value("#{jobParameters['inbox']}") String inbox,
			IngestProperties properties, OriginalStore store, SubmissionReceipts submissions) {
		return new ReceiveFilesTasklet(Path.of(inbox), store, submissions, properties);
	}

	@Bean
	Step receiveFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReceiveFilesTasklet receiveFilesTasklet) {
		return new StepBuilder("receiveFilesStep", jobRepository).tasklet(receiveFilesTasklet, transactionManager)
			.build();
	}

	@Bean
	Partitioner submissionPartitioner(SubmissionRepository submissions) {
		return partitioner(submissions, Kind.STATISTICS);
	}

	@Bean
	Partitioner eventLogPartitioner(SubmissionRepository submissions) {
		return partitioner(submissions, Kind.EVENTS);
	}

	private static Partitioner partitioner(SubmissionRepository submissions, Kind kind) {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (Long id : submissions.pending(kind)) {
				ExecutionContext context = new ExecutionContext();
				context.putLong("submissionId", id);
				partitions.put("submission-" + id, context);
			}
			return partitions;
		};
	}

	@Bean
	@StepScope
	SubmissionItemReader submissionItemReader(@Value("#{stepExecutionContext['submissionId']}") Long submissionId,
			SubmissionRepository submissions, OriginalStore store, ReferenceData reference,
			FinishedReadings finishedReadings, IngestProperties properties) {
		return new SubmissionItemReader(submissionId, submissions, store, reference, finishedReadings,
				properties.chunkSize() / 2)
			.within(properties.limits())
			.reading(properties.reading());
	}

	@Bean
	@StepScope
	SubmissionItemWriter submissionItemWriter(@Value("#{stepExecutionContext['submissionId']}") Long submissionId,
			@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId, DataSource dataSource) {
		return new SubmissionItemWriter(submissionId, jobExecutionId, dataSource);
	}

	@Bean
	Step readSubmissionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionItemReader submissionItemReader, SubmissionItemWriter submissionItemWriter,
			IngestProperties properties, JdbcClient jdbc, DataSource dataSource, ProgressListener progress,
			RowCountListener rowCounts, SubmissionRepository submissions) {
		return new StepBuilder("readSubmissionStep", jobRepository)
			.<RowBatch, RowBatch>chunk(Math.max(1, properties.chunkSize() / SubmissionItemReader.ROWS_PER_ITEM))
			.transactionManager(transactionManager)
			.reader(submissionItemReader)
			.writer(submissionItemWriter)
			.listener(new ReadingListener(submissions, jdbc))
			.listener(new SummariseWrittenFacts(jdbc, Databases.isPostgres(dataSource)))
			.listener(progress)
			.listener(rowCounts)
			.build();
	}

	@Bean
	Step readSubmissionsStep(JobRepository jobRepository, Partitioner submissionPartitioner, Step readSubmissionStep,
			IngestProperties properties, SubmissionRepository submissions, ReferenceData reference) {
		return partitioned("readSubmissionsStep", jobRepository, submissionPartitioner, readSubmissionStep, properties,
				new SubmissionTriage(submissions, reference, Kind.STATISTICS, properties.maxUnfinishedReads()));
	}

	@Bean
	Step readEventLogsStep(JobRepository jobRepository, Partitioner eventLogPartitioner, Step readSubmissionStep,
			IngestProperties properties, SubmissionRepository submissions, ReferenceData reference) {
		return partitioned("readEventLogsStep", jobRepository, eventLogPartitioner, readSubmissionStep, properties,
				new SubmissionTriage(submissions, reference, Kind.EVENTS, properties.maxUnfinishedReads()));
	}

	/**
	 * A step reading each pending submission in a partition of its own, a few at once; a
	 * file whose reading fails is left for the next run without failing the others'
	 * ({@link ReadingFailures}).
	 */
	private static Step partitioned(String name, JobRepository jobRepository, Partitioner partitioner, Step worker,
			IngestProperties properties, SubmissionTriage triage) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
		executor.setConcurrencyLimit(properties.threads());
		return new StepBuilder(name, jobRepository).partitioner("readSubmissionStep", partitioner)
			.step(worker)
			.gridSize(properties.threads())
			.taskExecutor(executor)
			.aggregator(new ReadingFailures())
			.listener(triage)
			.build();
	}

	@Bean
	Step publishFactsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionRepository submissions, ReferenceData reference, DataSource dataSource,
			FinishedReadings finishedReadings) {
		return new StepBuilder("publishFactsStep", jobRepository)
			.tasklet(new PublishFactsTasklet(submissions, new JdbcTemplate(dataSource), reference, finishedReadings,
					Databases.isPostgres(dataSource)), transactionManager)
			.build();
	}

	@Bean
	Step publishEventsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionRepository submissions, JdbcClient jdbc) {
		return new StepBuilder("publishEventsStep", jobRepository)
			.tasklet(new PublishEventsTasklet(submissions, jdbc), transactionManager)
			.build();
	}

	@Bean
	Job ingestEventsJob(JobRepository jobRepository, Step receiveFilesStep, Step readEventLogsStep,
			Step publishEventsStep, JobOwnerListener owner) {
		return new JobBuilder(EVENTS_JOB, jobRepository).start(receiveFilesStep)
			.next(readEventLogsStep)
			.next(publishEventsStep)
			.listener(owner)
			.build();
	}

	@Bean
	Job ingestStatisticsJob(JobRepository jobRepository, Step receiveFilesStep, Step readSubmissionsStep,
			Step publishFactsStep, JobOwnerListener owner) {
		return new JobBuilder(JOB, jobRepository).start(receiveFilesStep)
			.next(readSubmissionsStep)
			.next(publishFactsStep)
			.listener(owner)
			.build();
	}

}
