package org.annals.scheduling;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.annals.ingest.PublishedCoverage;
import org.annals.support.AnnalsProperties;
import org.annals.support.Messages;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each schedule runs, as Spring Batch jobs launched by name: {@code nightly} ingests
 * statistics and event logs, then compiles the tables of the latest year and the
 * chronicle; {@code archive} freezes the year before; {@code fixity} verifies every
 * snapshot. The jobs hand work to each other through the database, as everywhere.
 */
@Component
public class ScheduledWork {

	private final JobRunner jobs;

	private final JdbcClient jdbc;

	private final Path inbox;

	ScheduledWork(JobRunner jobs, JdbcClient jdbc, AnnalsProperties properties,
			@Value("${annals.inbox:}") String inbox) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.inbox = (inbox.isBlank() ? properties.home().resolve("inbox") : Path.of(inbox)).toAbsolutePath()
			.normalize();
	}

	/**
	 * The inbox that scheduled and API runs ingest.
	 * @return the inbox folder
	 */
	public Path inbox() {
		return this.inbox;
	}

	/**
	 * Runs a schedule's work to its end.
	 * @param schedule {@code nightly}, {@code archive} or {@code fixity}
	 * @return the status of the last job run
	 * @throws Exception when a launch fails
	 */
	public BatchStatus run(String schedule) throws Exception {
		return run(schedule, Map.of());
	}

	/**
	 * Runs a flow to its end.
	 * @param schedule {@code nightly}, {@code ingest}, {@code compile} (parameter
	 * {@code year}), {@code archive} (parameters {@code year}, {@code label}) or
	 * {@code fixity}
	 * @param parameters the parameters
	 * @return the status of the last job run
	 * @throws Exception when a launch fails
	 */
	public BatchStatus run(String schedule, Map<String, String> parameters) throws Exception {
		return switch (schedule) {
			case "nightly" -> nightly();
			case "ingest" -> ingest();
			case "compile" -> compile(parameters.get("year"));
			case "archive" -> (parameters.containsKey("year"))
					? launch("archiveSnapshotJob",
							Map.of("year", parameters.get("year"), "label",
									parameters.getOrDefault("label",
											"api-" + java.time.LocalDateTime.now().withNano(0))))
					: run("archive-default");
			case "archive-default" -> launch("archiveSnapshotJob", Map.of("year",
					String.valueOf(LocalDate.now().getYear() - 1), "label", "scheduled-" + LocalDate.now()));
			case "fixity" -> launch("fixityCheckJob", Map.of());
			default -> throw new IllegalArgumentException("unknown schedule " + schedule);
		};
	}

	private BatchStatus nightly() throws Exception {
		BatchStatus status = ingest();
		return (status != BatchStatus.COMPLETED) ? status : compile(null);
	}

	private BatchStatus ingest() throws Exception {
		for (String job : List.of("ingestStatisticsJob", "ingestEventsJob")) {
			BatchStatus status = launch(job, Map.of("inbox", this.inbox.toString()));
			if (status != BatchStatus.COMPLETED) {
				return status;
			}
		}
		return BatchStatus.COMPLETED;
	}

	private BatchStatus compile(String year) throws Exception {
		Integer tablesYear = (year != null) ? yearOf(year) : PublishedCoverage.latestYear(this.jdbc);
		if (tablesYear != null) {
			BatchStatus status = launch("compileTablesJob", Map.of("year", tablesYear.toString()));
			if (status != BatchStatus.COMPLETED) {
				return status;
			}
		}
		return launch("compileChronicleJob", Map.of("year", (year != null) ? year : "all"));
	}

	private static Integer yearOf(String year) {
		if (!year.matches("[0-9]{4}")) {
			throw new IllegalArgumentException(Messages.get("scheduling.badYear", year));
		}
		return Integer.parseInt(year);
	}

	private BatchStatus launch(String job, Map<String, String> parameters) throws Exception {
		if ("ingestStatisticsJob".equals(job) || "ingestEventsJob".equals(job)) {
			java.nio.file.Files.createDirectories(this.inbox);
		}
		JobExecution execution = this.jobs.run(job, parameters);
		return execution.getStatus();
	}

}
