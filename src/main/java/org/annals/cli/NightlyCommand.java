package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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
		out.println("[1/3] 导入统计报表与大事记素材 / ingest statistics and event logs");
		int exit = this.ingest.run(this.inbox, out);
		if (exit == ExitCodes.SYSTEM || exit == ExitCodes.USAGE) {
			return exit;
		}
		Integer tablesYear = (this.year != null) ? this.year : this.tables.latestYear();
		if (tablesYear != null) {
			out.println("[2/3] 编纂统计表 / compile the yearbook tables " + tablesYear);
			if (!this.tables.compile(tablesYear)) {
				out.println("编纂失败，详见日志 / compiling failed, see the log");
				return ExitCodes.SYSTEM;
			}
		}
		out.println("[3/3] 编纂大事记 / compile the chronicle" + ((this.year != null) ? " " + this.year : ""));
		if (!this.chronicle.compile(this.year)) {
			out.println("编纂失败，详见日志 / compiling failed, see the log");
			return ExitCodes.SYSTEM;
		}
		return exit;
	}

}
