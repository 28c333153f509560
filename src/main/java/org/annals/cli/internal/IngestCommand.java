package org.annals.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annals ingest [--inbox DIR]}.
 */
@Command(name = "ingest", description = "导入收件箱中的统计报表 / Ingest the statistics in the inbox.")
class IngestCommand implements Callable<Integer> {

	@Option(names = "--inbox", paramLabel = "DIR",
			description = "收件箱目录，按单位分文件夹（默认设置 annals.inbox，否则 $ANNALS_HOME/inbox）/ inbox folder, one folder per department (default: setting annals.inbox, else $ANNALS_HOME/inbox)")
	Path inbox;

	private IngestRun ingest;

	/** For parsing only; Spring uses the other constructor. */
	IngestCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	IngestCommand(IngestRun ingest) {
		this.ingest = ingest;
	}

	@Override
	public Integer call() throws Exception {
		return this.ingest.run(this.inbox, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
	}

}
