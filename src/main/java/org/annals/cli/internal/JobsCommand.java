package org.annals.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annals.scheduling.ExecutionFilter;
import org.annals.scheduling.Executions;
import org.annals.scheduling.JobControl;
import org.annals.support.AuditTrail;
import org.annals.support.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals jobs [list|status ID|restart ID|stop ID]}: job executions, from any
 * process that reaches the database. Without a sub-command, the list.
 */
@Command(
		name = "jobs", subcommands = { JobsCommand.ListExecutions.class, JobsCommand.Status.class,
				JobsCommand.Restart.class, JobsCommand.Stop.class },
		mixinStandardHelpOptions = true, footer = { "", JobsCommand.EXIT_CODES })
class JobsCommand implements Callable<Integer> {

	/** The exit codes, as the help prints them. */
	static final String EXIT_CODES = "${bundle:cli.jobs.exitCodes}";

	@Spec
	CommandSpec spec;

	private Executions executions;

	/** For parsing only; Spring uses the other constructor. */
	JobsCommand() {
	}

	@Autowired
	JobsCommand(Executions executions) {
		this.executions = executions;
	}

	@Override
	public Integer call() {
		ExecutionText.list(this.executions.list(ExecutionFilter.newest(20)), this.spec.commandLine().getOut());
		return ExitCodes.OK;
	}

	/**
	 * {@code annals jobs list [--job J] [--status S] [--since DATE] [--until DATE]
	 * [--limit N]}.
	 */
	@Command(name = "list", mixinStandardHelpOptions = true, footer = { "", JobsCommand.EXIT_CODES })
	static class ListExecutions implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--job", paramLabel = "JOB")
		String job;

		@Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class)
		BatchStatus status;

		@Option(names = "--since", paramLabel = "DATE")
		LocalDate since;

		@Option(names = "--until", paramLabel = "DATE")
		LocalDate until;

		@Option(names = "--limit", paramLabel = "N", defaultValue = "20")
		int limit;

		private Executions executions;

		private Map<String, Job> jobs;

		/** For parsing only; Spring uses the other constructor. */
		ListExecutions() {
		}

		@Autowired
		ListExecutions(Executions executions, Map<String, Job> jobs) {
			this.executions = executions;
			this.jobs = jobs;
		}

		@Override
		public Integer call() {
			PrintWriter err = this.spec.commandLine().getErr();
			if (this.job != null && !this.jobs.containsKey(this.job)) {
				err.println(Messages.get("cli.jobs.noSuchJob", this.job, this.jobs.keySet()));
				return ExitCodes.USAGE;
			}
			if (this.limit < 1 || (this.since != null && this.until != null && this.until.isBefore(this.since))) {
				err.println(Messages.get("cli.jobs.badFilter"));
				return ExitCodes.USAGE;
			}
			ExecutionFilter filter = new ExecutionFilter(this.job, (this.status != null) ? this.status.name() : null,
					this.since, this.until, this.limit);
			ExecutionText.list(this.executions.list(filter), this.spec.commandLine().getOut());
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code annals jobs status ID}.
	 */
	@Command(name = "status", mixinStandardHelpOptions = true, footer = { "", JobsCommand.EXIT_CODES })
	static class Status implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "ID", descriptionKey = "id")
		long id;

		private Executions executions;

		/** For parsing only; Spring uses the other constructor. */
		Status() {
		}

		@Autowired
		Status(Executions executions) {
			this.executions = executions;
		}

		@Override
		public Integer call() {
			var detail = this.executions.detail(this.id);
			if (detail.isEmpty()) {
				this.spec.commandLine().getErr().println(JobControl.UnknownExecutionException.message(this.id));
				return ExitCodes.USAGE;
			}
			ExecutionText.detail(detail.get(), this.spec.commandLine().getOut());
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code annals jobs restart ID}.
	 */
	@Command(name = "restart", mixinStandardHelpOptions = true, footer = { "", JobsCommand.EXIT_CODES })
	static class Restart implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "ID", descriptionKey = "id")
		long id;

		private JobsRestart restart;

		/** For parsing only; Spring uses the other constructor. */
		Restart() {
		}

		@Autowired
		Restart(JobsRestart restart) {
			this.restart = restart;
		}

		@Override
		public Integer call() throws Exception {
			return this.restart.run(this.id, this.spec.commandLine().getOut(), this.spec.commandLine().getErr());
		}

	}

	/**
	 * {@code annals jobs stop ID [--wait SECONDS]}.
	 */
	@Command(name = "stop", mixinStandardHelpOptions = true, footer = { "", JobsCommand.EXIT_CODES })
	static class Stop implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "ID", descriptionKey = "id")
		long id;

		@Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60")
		int wait;

		private JobControl control;

		private CliAudit audit;

		/** For parsing only; Spring uses the other constructor. */
		Stop() {
		}

		@Autowired
		Stop(JobControl control, CliAudit audit) {
			this.control = control;
			this.audit = audit;
		}

		@Override
		public Integer call() throws Exception {
			PrintWriter out = this.spec.commandLine().getOut();
			try {
				JobControl.Stopped stopped = this.control.stop(this.id, Duration.ofSeconds(Math.max(0, this.wait)));
				this.audit.record(AuditTrail.JOB_STOP, Map.of("job", stopped.execution().getJobInstance().getJobName(),
						"execution", this.id, "outcome", stopped.outcome().name()));
				out.println(ExecutionText.stopped(stopped));
				return ExitCodes.OK;
			}
			catch (JobControl.UnknownExecutionException ex) {
				this.spec.commandLine().getErr().println(ex.getMessage());
				return ExitCodes.USAGE;
			}
			catch (JobControl.RefusedException ex) {
				this.spec.commandLine().getErr().println(ex.getMessage());
				return ExitCodes.REJECTED;
			}
		}

	}

	/**
	 * A status, in any case.
	 */
	static class StatusConverter implements CommandLine.ITypeConverter<BatchStatus> {

		@Override
		public BatchStatus convert(String value) {
			try {
				return BatchStatus.valueOf(value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.TypeConversionException(
						Messages.get("cli.jobs.badStatus", Arrays.toString(BatchStatus.values())));
			}
		}

	}

}
