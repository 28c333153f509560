package org.annals.tables;

import javax.sql.DataSource;

import org.annals.ingest.PublishedFacts;
import org.annals.reference.ReferenceData;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.annals.support.Databases;
import org.annals.support.SetBasedPlans;
import org.annals.reference.TableDefinition;
import org.annals.support.JobOwnerListener;
import org.annals.tables.internal.TableCompiler;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The yearbook tables compile job, {@code compileTablesJob}: compiles every table of
 * {@code jobs/tables/} for the year of the job parameter {@code year} from the current
 * facts, and stores each as a new build with its lineage.
 */
@Configuration(proxyBeanMethods = false)
public class TablesJobConfiguration {

	private static final Log logger = LogFactory.getLog(TablesJobConfiguration.class);

	/** The job's name. */
	public static final String JOB = "compileTablesJob";

	@Bean
	@StepScope
	Tasklet compileTablesTasklet(@Value("#{jobParameters['year']}") String year, ReferenceData reference,
			PublishedFacts facts, TableBuilds builds, DataSource dataSource) {
		TableCompiler compiler = new TableCompiler(reference);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		boolean postgres = Databases.isPostgres(dataSource);
		return (contribution, context) -> {
			SetBasedPlans.apply(jdbc, postgres);
			Long execution = context.getStepContext().getStepExecution().getJobExecutionId();
			int y = Integer.parseInt(year);
			for (TableDefinition definition : reference.tables()) {
				CompiledTable table = compiler.compile(definition, y,
						facts.current(compiler.indicators(definition), y));
				builds.save(table, execution);
				table.precisionWarnings().forEach(logger::warn);
				contribution.incrementWriteCount(1);
			}
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step compileTablesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet compileTablesTasklet) {
		return new StepBuilder("compileTablesStep", jobRepository).tasklet(compileTablesTasklet, transactionManager)
			.build();
	}

	@Bean
	Job compileTablesJob(JobRepository jobRepository, Step compileTablesStep, JobOwnerListener owner) {
		return new JobBuilder(JOB, jobRepository).start(compileTablesStep).listener(owner).build();
	}

}
