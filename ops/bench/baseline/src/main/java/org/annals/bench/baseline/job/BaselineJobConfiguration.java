package org.annals.bench.baseline.job;

import java.math.BigDecimal;

import javax.sql.DataSource;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.JobBuilderFactory;
import org.springframework.batch.core.configuration.annotation.StepBuilderFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.extensions.excel.streaming.StreamingXlsxItemReader;
import org.springframework.batch.item.database.JdbcBatchItemWriter;
import org.springframework.batch.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;

/**
 * {@code baselineJob}: one chunk-oriented step, {@code loadFactsStep}, from the sheet's
 * rows (the header skipped) into {@code baseline_fact}.
 */
@Configuration
@EnableBatchProcessing
class BaselineJobConfiguration {

	@Bean
	Job baselineJob(JobBuilderFactory jobs, Step loadFactsStep) {
		return jobs.get("baselineJob").incrementer(new RunIdIncrementer()).start(loadFactsStep).build();
	}

	@Bean
	Step loadFactsStep(StepBuilderFactory steps, StreamingXlsxItemReader<FactRow> factReader,
			JdbcBatchItemWriter<FactRow> factWriter) {
		return steps.get("loadFactsStep").<FactRow, FactRow>chunk(1000).reader(factReader).writer(factWriter).build();
	}

	@Bean
	@StepScope
	StreamingXlsxItemReader<FactRow> factReader(@Value("#{jobParameters['file']}") String file) {
		StreamingXlsxItemReader<FactRow> reader = new StreamingXlsxItemReader<>();
		reader.setResource(new FileSystemResource(file));
		reader.setLinesToSkip(1);
		reader.setRowMapper((rs) -> {
			String[] row = rs.getCurrentRow();
			return new FactRow(row[0], row[1], row[2], Integer.parseInt(row[3]), new BigDecimal(row[4]));
		});
		return reader;
	}

	@Bean
	JdbcBatchItemWriter<FactRow> factWriter(DataSource dataSource) {
		return new JdbcBatchItemWriterBuilder<FactRow>().dataSource(dataSource)
			.sql("insert into baseline_fact (region, indicator, unit, fact_year, fact_value) "
					+ "values (:region, :indicator, :unit, :year, :value)")
			.beanMapped()
			.build();
	}

}
