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
@Command(name = "nightly", description = "立即运行夜间流程 / Run the nightly chain now.")
class NightlyCommand implements Callable<Integer> {

	@Option(names = "--inbox", paramLabel = "DIR", description = "收件箱目录（默认 $ANNALS_HOME/inbox）/ inbox folder")
	Path inbox;

	@Option(names = "--year", paramLabel = "Y", description = "编纂年份（默认上一年）/ year to compile (default last year)")
	Integer year;

	private IngestRun ingest;

	/** For parsing only; Spring uses the other constructor. */
	NightlyCommand() {
	}

	@org.springframework.beans.factory.annotation.Autowired
	NightlyCommand(IngestRun ingest) {
		this.ingest = ingest;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		out.println("[1/1] 导入统计报表 / ingest statistics");
		return this.ingest.run(this.inbox, out);
	}

}
