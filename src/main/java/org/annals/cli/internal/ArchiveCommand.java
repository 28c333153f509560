package org.annals.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annals.archive.ArchiveService;
import org.annals.archive.BagVerifier;
import org.annals.archive.Snapshot;
import org.annals.archive.SnapshotDiff;
import org.annals.review.Reviews;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobRunner;
import org.annals.support.AuditTrail;
import org.annals.support.Messages;
import org.annals.support.OneLine;
import org.annals.tables.TableBuilds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals archive create|verify|list|diff}: 存史 snapshots as BagIt bags.
 */
@Command(name = "archive", mixinStandardHelpOptions = true, subcommands = { ArchiveCommand.Create.class,
		ArchiveCommand.Verify.class, ArchiveCommand.ListSnapshots.class, ArchiveCommand.Diff.class })
class ArchiveCommand {

	private static PrintStream out() {
		return new PrintStream(System.out, true, StandardCharsets.UTF_8);
	}

	/**
	 * {@code annals archive create --year Y [--label L] [--include-unsigned]}: a year
	 * whose compiled tables the province has not all signed off (审定) is refused, naming
	 * them (exit 1), unless {@code --include-unsigned}.
	 */
	@Command(name = "create", mixinStandardHelpOptions = true)
	static class Create implements Callable<Integer> {

		@Option(names = "--year", required = true, paramLabel = "Y")
		int year;

		@Option(names = "--label", paramLabel = "L")
		String label;

		@Option(names = "--include-unsigned")
		boolean includeUnsigned;

		private Reviews reviews;

		private JobRunner jobs;

		private ArchiveService archive;

		private TablesRun tables;

		private ChronicleRun chronicle;

		private TableBuilds builds;

		private CompiledOutputs outputs;

		private CliAudit audit;

		/** For parsing only; Spring uses the other constructor. */
		Create() {
		}

		@Autowired
		Create(JobRunner jobs, ArchiveService archive, TablesRun tables, ChronicleRun chronicle, TableBuilds builds,
				CompiledOutputs outputs, CliAudit audit, Reviews reviews) {
			this.reviews = reviews;
			this.outputs = outputs;
			this.audit = audit;
			this.jobs = jobs;
			this.archive = archive;
			this.tables = tables;
			this.chronicle = chronicle;
			this.builds = builds;
		}

		@Override
		public Integer call() throws Exception {
			if (!this.outputs.yearInRange(this.year)) {
				return ExitCodes.USAGE;
			}
			if (this.builds.latest("main-economic-indicators", this.year).isEmpty()) {
				this.tables.compile(this.year);
			}
			this.chronicle.entries(this.year, null);
			java.util.List<String> unsigned = this.reviews.unsignedTables(this.year);
			if (!unsigned.isEmpty() && !this.includeUnsigned) {
				// the province has not signed them off (审定): nothing is archived
				// unless asked
				System.err.println(Messages.get("review.archive.unsigned", this.year, String.join(", ", unsigned)));
				return ExitCodes.REJECTED;
			}
			String chosen = (this.label != null) ? this.label
					: LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
			this.audit.record(AuditTrail.JOB_START,
					Map.of("job", JobCatalogue.ARCHIVE, "year", this.year, "label", chosen));
			JobExecution execution = this.jobs.run(JobCatalogue.ARCHIVE_SNAPSHOT,
					Map.of("year", String.valueOf(this.year), "label", chosen));
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
				boolean refused = failure instanceof ArchiveService.RefusedException;
				System.err.println((failure == null) ? "" : refused ? failure.getMessage() : Failures.message(failure));
				// a snapshot that exists already is refused, never overwritten: the run
				// ends, the input (the year and label) was rejected
				return refused ? ExitCodes.REJECTED : ExitCodes.SYSTEM;
			}
			Snapshot snapshot = this.archive.list()
				.stream()
				.filter((s) -> s.year() == this.year)
				.findFirst()
				.orElseThrow();
			out().println(Messages.get("cli.archive.created", snapshot.id(), snapshot.path(), snapshot.payloadOxum()));
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code annals archive verify ID|PATH}.
	 */
	@Command(name = "verify", mixinStandardHelpOptions = true)
	static class Verify implements Callable<Integer> {

		@Parameters(paramLabel = "ID|PATH", descriptionKey = "target")
		String target;

		private ArchiveService archive;

		private CliAudit audit;

		/** For parsing only; Spring uses the other constructor. */
		Verify() {
		}

		@Autowired
		Verify(ArchiveService archive, CliAudit audit) {
			this.archive = archive;
			this.audit = audit;
		}

		@Override
		public Integer call() {
			BagVerifier.Verification verification = this.archive.verify(this.target);
			this.audit.record(AuditTrail.SNAPSHOT_VERIFIED,
					Map.of("snapshot", this.target, "valid", verification.valid()));
			PrintStream out = out();
			verification.errors().forEach((p) -> out.println(Messages.get("cli.archive.error", p.file(), p.what())));
			verification.warnings()
				.forEach((p) -> out.println(Messages.get("cli.archive.warning", p.file(), p.what())));
			out.println(Messages.get(verification.valid() ? "cli.archive.valid" : "cli.archive.invalid"));
			return verification.valid() ? ExitCodes.OK : ExitCodes.REJECTED;
		}

	}

	/**
	 * {@code annals archive list}.
	 */
	@Command(name = "list", mixinStandardHelpOptions = true)
	static class ListSnapshots implements Callable<Integer> {

		private ArchiveService archive;

		/** For parsing only; Spring uses the other constructor. */
		ListSnapshots() {
		}

		@Autowired
		ListSnapshots(ArchiveService archive) {
			this.archive = archive;
		}

		@Override
		public Integer call() {
			PrintStream out = out();
			out.println("id\tyear\tlabel\tcreated\tlast check\tpath");
			for (Snapshot s : this.archive.list()) {
				// a label made before labels were put on one line may still hold a break
				out.println(s.id() + "\t" + s.year() + "\t" + OneLine.of(s.label()) + "\t" + s.createdAt() + "\t"
						+ ((s.lastOutcome() != null) ? s.lastOutcome() + " " + s.lastCheckedAt() : "-") + "\t"
						+ OneLine.of(s.path()));
			}
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code annals archive diff A B [--format text|csv]}.
	 */
	@Command(name = "diff", mixinStandardHelpOptions = true)
	static class Diff implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "A", descriptionKey = "older")
		String older;

		@Parameters(index = "1", paramLabel = "B", descriptionKey = "newer")
		String newer;

		@Option(names = "--format", defaultValue = "text", paramLabel = "text|csv")
		String format;

		private ArchiveService archive;

		/** For parsing only; Spring uses the other constructor. */
		Diff() {
		}

		@Autowired
		Diff(ArchiveService archive) {
			this.archive = archive;
		}

		@Override
		public Integer call() throws Exception {
			SnapshotDiff diff = SnapshotDiff.of(this.archive.bag(this.older), this.archive.bag(this.newer));
			out().print("csv".equals(this.format) ? diff.csv() : diff.text());
			return ExitCodes.OK;
		}

	}

}
