package org.annals.ingest.internal.load;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Once a file has been read, brings the block-range index of {@code ingest_fact} up to
 * date with the pages its facts filled (PostgreSQL only), on the thread that read it.
 * Deciding the file does the same first, so that finding its facts reads its own pages;
 * done here, that work runs beside the other files still being read instead of in the
 * step that decides files one at a time (100 files of 30 000 facts: a second of that
 * step). Summarising is always safe: a range with rows not yet committed, or never to be,
 * is summarised wider than it need be, and rows written into a summarised range later
 * widen its summary as they are written.
 */
public class SummariseWrittenFacts implements StepExecutionListener {

	private final JdbcClient jdbc;

	private final boolean postgres;

	/**
	 * Creates the listener.
	 * @param jdbc the database
	 * @param postgres whether it is PostgreSQL (the embedded database has no such index)
	 */
	public SummariseWrittenFacts(JdbcClient jdbc, boolean postgres) {
		this.jdbc = jdbc;
		this.postgres = postgres;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (this.postgres && wroteFacts(stepExecution)) {
			FactStatistics.summarise(this.jdbc);
		}
		return stepExecution.getExitStatus();
	}

	/**
	 * Whether the file read wrote facts (an event log writes none): every chunk that
	 * wrote some wrote their indicators and years to {@code ingest_coverage} too.
	 */
	private boolean wroteFacts(StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getExecutionContext();
		return stepExecution.getWriteCount() > 0 && context.containsKey("submissionId")
				&& this.jdbc.sql("select count(*) > 0 from ingest_coverage where submission_id = ?")
					.param(context.getLong("submissionId"))
					.query(Boolean.class)
					.single();
	}

}
