package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annals.scheduling.FlowListener;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.ScheduledWork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals compile --year Y [--out DIR]}: runs the compile flow of the year
 * ({@link ScheduledWork}) and writes its tables and chronicle ({@link CompiledOutputs}).
 * A year the database holds no data of is refused with the years it does (exit code 2).
 */
@Command(name = "compile", description = "编纂某年的统计表与大事记 / Compile a year's yearbook tables and chronicle.")
class CompileCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "Y")
	int year;

	@Option(names = "--out", paramLabel = "DIR", description = "输出目录（默认 $ANNALS_HOME/out/Y）/ output folder")
	Path out;

	private ScheduledWork work;

	private CompiledOutputs outputs;

	/** For parsing only; Spring uses the other constructor. */
	CompileCommand() {
	}

	@Autowired
	CompileCommand(ScheduledWork work, CompiledOutputs outputs) {
		this.work = work;
		this.outputs = outputs;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		if (!this.outputs.yearInRange(this.year)) {
			return ExitCodes.USAGE;
		}
		if (this.work.run(JobCatalogue.COMPILE, Map.of("year", String.valueOf(this.year)), null, FlowListener.NONE)
			.status() != BatchStatus.COMPLETED) {
			console.println("编纂失败，详见日志 / compiling failed, see the log");
			return ExitCodes.SYSTEM;
		}
		this.outputs.write(this.year, this.out, console);
		return ExitCodes.OK;
	}

}
