package org.annals.cli.internal;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annals.chronicle.ChronicleRepository;
import org.annals.scheduling.FlowListener;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.ScheduledWork;
import org.annals.deliverables.DeliverableStatus;
import org.annals.deliverables.DeliverableStatuses;
import org.annals.deliverables.MissingInputs;
import org.annals.support.AuditTrail;
import org.annals.support.Messages;
import org.annals.support.AnnalsProperties;
import org.annals.tables.TableBuilds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals compile --year Y [--out DIR]}: runs the compile flow of the year
 * ({@link ScheduledWork}) and writes its tables and chronicle ({@link CompiledOutputs}).
 * A year the database holds no data of is refused with the years it does (exit code 2).
 */
@Command(name = "compile", mixinStandardHelpOptions = true)
class CompileCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "Y")
	int year;

	@Option(names = "--out", paramLabel = "DIR")
	Path out;

	@Option(names = "--delete")
	boolean delete;

	private ScheduledWork work;

	private TableBuilds builds;

	private ChronicleRepository chronicle;

	private CommandWords messages;

	private AnnalsProperties properties;

	private CompiledOutputs outputs;

	private DeliverableStatuses deliverables;

	private CliAudit audit;

	/** For parsing only; Spring uses the other constructor. */
	CompileCommand() {
	}

	@Autowired
	CompileCommand(ScheduledWork work, CompiledOutputs outputs, TableBuilds builds, ChronicleRepository chronicle,
			CommandWords messages, AnnalsProperties properties, DeliverableStatuses deliverables, CliAudit audit) {
		this.deliverables = deliverables;
		this.audit = audit;
		this.work = work;
		this.builds = builds;
		this.chronicle = chronicle;
		this.messages = messages;
		this.properties = properties;
		this.outputs = outputs;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		if (this.delete) {
			return delete(console);
		}
		if (!this.outputs.yearInRange(this.year)) {
			return ExitCodes.USAGE;
		}
		this.audit.record(AuditTrail.JOB_START, Map.of("job", JobCatalogue.COMPILE, "year", this.year));
		if (this.work.run(JobCatalogue.COMPILE, Map.of("year", String.valueOf(this.year)), null, FlowListener.NONE)
			.status() != BatchStatus.COMPLETED) {
			console.println(Messages.get("cli.compile.failed"));
			return ExitCodes.SYSTEM;
		}
		this.outputs.write(this.year, this.out, console);
		missing(console);
		return ExitCodes.OK;
	}

	/** Issue 23: a compile of incomplete inputs names the deliverables it lacks. */
	private void missing(PrintWriter console) {
		Locale locale = Messages.locale();
		List<DeliverableStatus> missing = MissingInputs.of(this.deliverables.of(this.year), null);
		console.println(MissingInputs.heading(this.year, missing, locale));
		missing.forEach((status) -> console.println("  " + MissingInputs.line(status, locale)));
	}

	private int delete(PrintWriter console) {
		int tables = this.builds.deleteYear(this.year);
		int entries = this.chronicle.deleteYear(this.year);
		String year = String.valueOf(this.year);
		if (tables == 0 && entries == 0) {
			new PrintWriter(System.err, true, StandardCharsets.UTF_8)
				.println(this.messages.get("cli.compile.noBuild", year));
			return ExitCodes.USAGE;
		}
		Path folder = ((this.out != null) ? this.out : this.properties.home().resolve("out").resolve(year))
			.toAbsolutePath()
			.normalize();
		console.println(this.messages.get("cli.compile.deleted", year, tables, entries, folder));
		return ExitCodes.OK;
	}

}
