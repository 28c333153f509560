package org.annals.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annals.scheduling.DataYears;
import org.annals.scheduling.FlowListener;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.ScheduledWork;
import org.annals.support.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * {@code annals nightly [--inbox DIR] [--year Y]}: the nightly flow, now, as the schedule
 * runs it ({@link ScheduledWork}), with a line per job, the ingest summary, and the
 * compiled outputs written to {@code $ANNALS_HOME/out/Y/} as {@code annals compile}
 * writes them.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true)
class NightlyCommand implements Callable<Integer> {

	@Option(names = "--inbox", paramLabel = "DIR")
	Path inbox;

	@Option(names = "--year", paramLabel = "Y")
	Integer year;

	private IngestRun ingest;

	private ScheduledWork work;

	private CompiledOutputs outputs;

	private CommandWords messages;

	private CliAudit audit;

	/** For parsing only; Spring uses the other constructor. */
	NightlyCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	NightlyCommand(IngestRun ingest, ScheduledWork work, CompiledOutputs outputs, CommandWords messages,
			CliAudit audit) {
		this.audit = audit;
		this.ingest = ingest;
		this.work = work;
		this.outputs = outputs;
		this.messages = messages;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		Path folder = this.ingest.folder(this.inbox);
		if (folder == null) {
			return ExitCodes.USAGE;
		}
		this.ingest.announce(folder, out);
		Progress progress = new Progress(out);
		Map<String, String> parameters = (this.year != null) ? Map.of("year", this.year.toString()) : Map.of();
		ScheduledWork.FlowRun run;
		this.audit.record(AuditTrail.JOB_START,
				Map.of("job", JobCatalogue.NIGHTLY, "parameters", parameters.toString()));
		try {
			run = this.work.run(JobCatalogue.NIGHTLY, parameters, folder, progress);
		}
		catch (DataYears.OutsideException ex) {
			// the year is checked once tonight's files are in: they may bring it
			this.ingest.report(progress.ingested, out);
			this.outputs.yearInRange(this.year);
			return ExitCodes.USAGE;
		}
		int exit = progress.reported ? progress.exit : this.ingest.report(run.executions(), out);
		if (exit == ExitCodes.SYSTEM || exit == ExitCodes.USAGE) {
			return exit;
		}
		if (run.status() != BatchStatus.COMPLETED) {
			out.println(this.messages.get("cli.nightly.failed"));
			return ExitCodes.SYSTEM;
		}
		JobExecution tables = run.of(JobCatalogue.COMPILE_TABLES);
		Integer compiled = (this.year != null) ? this.year
				: (tables != null) ? Integer.valueOf(tables.getJobParameters().getString("year")) : null;
		if (compiled == null) {
			out.println(this.messages.get("cli.nightly.nothing"));
			return exit;
		}
		this.outputs.write(compiled, null, out);
		return exit;
	}

	/** Prints a line as each job starts, and the ingest summary once ingest is over. */
	private final class Progress implements FlowListener {

		private final PrintWriter out;

		private final List<JobExecution> ingested = new ArrayList<>();

		private boolean reported;

		private int exit;

		Progress(PrintWriter out) {
			this.out = out;
		}

		@Override
		public void starting(String job, Map<String, String> parameters, int step, int steps) {
			if (!JobCatalogue.INGEST_JOBS.contains(job) && !this.reported) {
				this.exit = NightlyCommand.this.ingest.report(this.ingested, this.out);
				this.reported = true;
			}
			String year = parameters.getOrDefault("year", "");
			this.out.println(NightlyCommand.this.messages.get("cli.nightly.step." + job, step, steps,
					"all".equals(year) ? NightlyCommand.this.messages.get("cli.nightly.allYears") : year));
		}

		@Override
		public void ended(JobExecution execution) {
			if (JobCatalogue.INGEST_JOBS.contains(execution.getJobInstance().getJobName())) {
				this.ingested.add(execution);
			}
		}

	}

}
