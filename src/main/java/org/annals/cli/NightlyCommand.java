package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.annals.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annals nightly [--inbox DIR] [--year Y]}: the nightly chain, now.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true)
class NightlyCommand implements Callable<Integer> {

	@Option(names = "--inbox", paramLabel = "DIR")
	Path inbox;

	@Option(names = "--year", paramLabel = "Y")
	Integer year;

	private IngestRun ingest;

	private ChronicleRun chronicle;

	private TablesRun tables;

	/** For parsing only; Spring uses the other constructor. */
	NightlyCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	NightlyCommand(IngestRun ingest, TablesRun tables, ChronicleRun chronicle) {
		this.ingest = ingest;
		this.tables = tables;
		this.chronicle = chronicle;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		out.println(Messages.get("cli.nightly.ingest"));
		int exit = this.ingest.run(this.inbox, out);
		if (exit == ExitCodes.SYSTEM || exit == ExitCodes.USAGE) {
			return exit;
		}
		Integer tablesYear = (this.year != null) ? this.year : this.tables.latestYear();
		if (tablesYear != null) {
			out.println(Messages.get("cli.nightly.tables", tablesYear));
			if (!this.tables.compile(tablesYear)) {
				out.println(Messages.get("cli.compile.failed"));
				return ExitCodes.SYSTEM;
			}
		}
		out.println(Messages.get("cli.nightly.chronicle") + ((this.year != null) ? " " + this.year : ""));
		if (!this.chronicle.compile(this.year)) {
			out.println(Messages.get("cli.compile.failed"));
			return ExitCodes.SYSTEM;
		}
		return exit;
	}

}
