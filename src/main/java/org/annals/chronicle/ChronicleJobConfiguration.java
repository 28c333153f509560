package org.annals.chronicle;

import javax.sql.DataSource;

import java.util.List;

import org.annals.support.Databases;
import org.annals.support.SetBasedPlans;
import org.annals.support.JobOwnerListener;

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
 * The chronicle compile job, {@code compileChronicleJob}: reads the current events of a
 * year (job parameter {@code year}, or {@code all} for every year that has events),
 * merges and orders them with the editors' corrections ({@link ChronicleCorrections}),
 * and replaces that year's chronicle in one transaction.
 */
@Configuration(proxyBeanMethods = false)
public class ChronicleJobConfiguration {

	/** The job's name. */
	public static final String JOB = "compileChronicleJob";

	@Bean
	@StepScope
	Tasklet compileChronicleTasklet(@Value("#{jobParameters['year']}") String year, ChronicleRepository chronicle,
			ChronicleCorrections corrections, DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		boolean postgres = Databases.isPostgres(dataSource);
		return (contribution, context) -> {
			SetBasedPlans.apply(jdbc, postgres);
			Long execution = context.getStepContext().getStepExecution().getJobExecutionId();
			List<Integer> years = "all".equals(year) ? chronicle.yearsWithEvents() : List.of(Integer.parseInt(year));
			for (int y : years) {
				List<ChronicleEntry> entries = corrections.compile(y);
				chronicle.replace(y, entries, execution);
				contribution.incrementWriteCount(entries.size());
			}
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step compileChronicleStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet compileChronicleTasklet) {
		return new StepBuilder("compileChronicleStep", jobRepository)
			.tasklet(compileChronicleTasklet, transactionManager)
			.build();
	}

	@Bean
	Job compileChronicleJob(JobRepository jobRepository, Step compileChronicleStep, JobOwnerListener owner) {
		return new JobBuilder(JOB, jobRepository).start(compileChronicleStep).listener(owner).build();
	}

}
