package org.annals.scheduling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annals.ingest.PublishedCoverage;
import org.annals.support.Messages;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way to run a flow of {@link JobCatalogue}, for the command line, the schedules,
 * the API and the console alike: {@code nightly} ingests statistics and event logs, then
 * compiles the tables of the year asked for (else the latest year with facts) and the
 * chronicle; {@code archive} freezes a year (the year before by default); {@code fixity}
 * verifies every snapshot. Each job is launched through {@link JobRunner}, so a flow run
 * again restarts the job that broke from its last chunk; a flow stops at the first job
 * that does not complete. A year asked for outside the data ({@link DataYears}) is
 * refused before anything of it starts. The jobs hand work to each other through the
 * database.
 */
@Component
public class ScheduledWork {

	private final JobRunner jobs;

	private final JdbcClient jdbc;

	private final InboxLocation inbox;

	private final DataYears years;

	ScheduledWork(JobRunner jobs, JdbcClient jdbc, InboxLocation inbox, DataYears years) {
		this.years = years;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.inbox = inbox;
	}

	/**
	 * The inbox that scheduled and API runs ingest ({@link InboxLocation}).
	 * @return the inbox folder
	 */
	public Path inbox() {
		return this.inbox.inbox();
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
	 * Runs a flow on the configured inbox to its end.
	 * @param flow a flow of {@link JobCatalogue#FLOWS}
	 * @param parameters its parameters: {@code year} (compile, nightly, archive),
	 * {@code label} (archive)
	 * @return the status of the last job run
	 * @throws Exception when a launch fails
	 */
	public BatchStatus run(String flow, Map<String, String> parameters) throws Exception {
		return run(flow, parameters, null, FlowListener.NONE).status();
	}

	/**
	 * Runs a flow to its end.
	 * @param flow a flow of {@link JobCatalogue#FLOWS}
	 * @param parameters its parameters: {@code year} (compile, nightly, archive),
	 * {@code label} (archive)
	 * @param inboxOption the inbox named on the command line, or null
	 * @param listener told of each job
	 * @return what ran
	 * @throws Exception when a launch fails
	 */
	public FlowRun run(String flow, Map<String, String> parameters, Path inboxOption, FlowListener listener)
			throws Exception {
		Run run = new Run(JobCatalogue.JOBS.getOrDefault(flow, List.of()), listener);
		String year = parameters.get("year");
		switch (flow) {
			case JobCatalogue.NIGHTLY -> {
				if (ingest(run, this.inbox.inbox(inboxOption))) {
					compile(run, year);
				}
			}
			case JobCatalogue.INGEST -> ingest(run, this.inbox.inbox(inboxOption));
			case JobCatalogue.COMPILE -> compile(run, year);
			case JobCatalogue.ARCHIVE -> run.launch(JobCatalogue.ARCHIVE_SNAPSHOT,
					Map.of("year", (year != null) ? checked(year) : String.valueOf(LocalDate.now().getYear() - 1),
							"label", parameters.getOrDefault("label", label(year))));
			case JobCatalogue.FIXITY -> run.launch(JobCatalogue.FIXITY_CHECK, Map.of());
			default -> throw new IllegalArgumentException("unknown flow " + flow + "; known: " + JobCatalogue.FLOWS);
		}
		return new FlowRun(List.copyOf(run.executions), run.status);
	}

	private static String label(String year) {
		return (year != null) ? "api-" + LocalDateTime.now().withNano(0) : "scheduled-" + LocalDate.now();
	}

	private boolean ingest(Run run, Path folder) throws Exception {
		Files.createDirectories(folder);
		for (String job : JobCatalogue.INGEST_JOBS) {
			if (!run.launch(job, Map.of("inbox", folder.toString()))) {
				return false;
			}
		}
		return true;
	}

	private void compile(Run run, String year) throws Exception {
		Integer tablesYear = (year != null) ? Integer.valueOf(checked(year)) : PublishedCoverage.latestYear(this.jdbc);
		if (year != null) {
			// checked after ingest: tonight's files may bring the year
			DataYears.OutOfRange outside = this.years.check(tablesYear).orElse(null);
			if (outside != null) {
				throw new DataYears.OutsideException(outside);
			}
		}
		if (tablesYear != null && !run.launch(JobCatalogue.COMPILE_TABLES, Map.of("year", tablesYear.toString()))) {
			return;
		}
		run.launch(JobCatalogue.COMPILE_CHRONICLE, Map.of("year", (year != null) ? year : "all"));
	}

	private static String checked(String year) {
		if (!year.matches("[0-9]{4}")) {
			throw new IllegalArgumentException(Messages.get("scheduling.badYear", year));
		}
		return year;
	}

	/**
	 * What a flow ran.
	 *
	 * @param executions the executions of its jobs, in order
	 * @param status the status of the last, {@code COMPLETED} when none ran
	 */
	public record FlowRun(List<JobExecution> executions, BatchStatus status) {

		/**
		 * The execution of a job, when the flow ran it.
		 * @param job the job's name
		 * @return the execution, or null
		 */
		public JobExecution of(String job) {
			return this.executions.stream()
				.filter((e) -> e.getJobInstance().getJobName().equals(job))
				.findFirst()
				.orElse(null);
		}

	}

	/** One flow's run: the jobs it ran, and where it is. */
	private final class Run {

		private final List<String> jobs;

		private final FlowListener listener;

		private final List<JobExecution> executions = new ArrayList<>();

		private BatchStatus status = BatchStatus.COMPLETED;

		Run(List<String> jobs, FlowListener listener) {
			this.jobs = jobs;
			this.listener = listener;
		}

		boolean launch(String job, Map<String, String> parameters) throws Exception {
			this.listener.starting(job, parameters, this.jobs.indexOf(job) + 1, this.jobs.size());
			JobExecution execution = ScheduledWork.this.jobs.run(job, parameters);
			this.executions.add(execution);
			this.status = execution.getStatus();
			this.listener.ended(execution);
			return this.status == BatchStatus.COMPLETED;
		}

	}

}
