package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.annals.chronicle.ChronicleExporter;
import org.annals.support.AnnalsProperties;
import org.annals.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals compile --year Y [--out DIR]}: compiles the year's chronicle and writes
 * it as CSV, Markdown and Word (yearbook tables join when they exist).
 */
@Command(name = "compile", mixinStandardHelpOptions = true)
class CompileCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "Y")
	int year;

	@Option(names = "--out", paramLabel = "DIR")
	Path out;

	private ChronicleRun chronicle;

	private TablesRun tables;

	private AnnalsProperties properties;

	/** For parsing only; Spring uses the other constructor. */
	CompileCommand() {
	}

	@Autowired
	CompileCommand(ChronicleRun chronicle, TablesRun tables, AnnalsProperties properties) {
		this.chronicle = chronicle;
		this.tables = tables;
		this.properties = properties;
	}

	@Override
	public Integer call() throws Exception {
		PrintWriter console = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		if (!this.tables.compile(this.year) || !this.chronicle.compile(this.year)) {
			console.println(Messages.get("cli.compile.failed"));
			return ExitCodes.SYSTEM;
		}
		Path folder = (this.out != null) ? this.out
				: this.properties.home().resolve("out").resolve(String.valueOf(this.year));
		for (ChronicleExporter.Format format : ChronicleExporter.Format.values()) {
			Path file = folder.resolve("chronicle." + format.name().toLowerCase(java.util.Locale.ROOT));
			this.chronicle.write(this.year, null, format, file);
		}
		console.println(
				Messages.get("cli.compile.tables", this.year, folder.resolve("tables").toAbsolutePath().normalize()));
		this.tables.write(this.year, folder.resolve("tables")).forEach(console::println);
		int count = this.chronicle.entries(this.year, null).size();
		console.println(Messages.get("cli.compile.chronicle", this.year, count, folder.toAbsolutePath().normalize()));
		return ExitCodes.OK;
	}

}
