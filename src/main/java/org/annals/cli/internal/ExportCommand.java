package org.annals.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.annals.ingest.FactsExporter;
import org.annals.support.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annals export …}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		subcommands = { ExportCommand.Facts.class, ExportTableCommand.class, ExportCommand.Chronicle.class })
class ExportCommand {

	/**
	 * {@code annals export facts --year Y --format csv [--out FILE]}.
	 */
	@Command(name = "facts", mixinStandardHelpOptions = true)
	static class Facts implements Callable<Integer> {

		@Option(names = "--year", required = true, paramLabel = "Y")
		int year;

		@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonstat|sdmx-csv")
		String format;

		@Option(names = "--out", paramLabel = "FILE")
		Path out;

		private FactsExporter exporter;

		private OpenExports open;

		/** For parsing only; Spring uses the other constructor. */
		Facts() {
		}

		@org.springframework.beans.factory.annotation.Autowired
		Facts(FactsExporter exporter, OpenExports open) {
			this.exporter = exporter;
			this.open = open;
		}

		@Override
		public Integer call() throws IOException {
			if (!"csv".equalsIgnoreCase(this.format)) {
				return this.open.facts(this.year, this.format, this.out);
			}
			if (this.out != null) {
				Path parent = this.out.toAbsolutePath().getParent();
				if (parent != null) {
					Files.createDirectories(parent);
				}
				try (Writer writer = Files.newBufferedWriter(this.out, StandardCharsets.UTF_8)) {
					int count = this.exporter.export(this.year, writer);
					System.err.println(Messages.get("cli.export.facts", count, this.out));
				}
				return ExitCodes.OK;
			}
			Writer stdout = new FilterWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
				@Override
				public void close() throws IOException {
					flush();
				}
			};
			this.exporter.export(this.year, stdout);
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code annals export chronicle --year Y --format csv|md|docx [--out FILE]
	 * [--department D | --by-department]}.
	 */
	@Command(name = "chronicle", mixinStandardHelpOptions = true)
	static class Chronicle implements Callable<Integer> {

		@Option(names = "--year", required = true, paramLabel = "Y")
		int year;

		@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|md|docx")
		String format;

		@Option(names = "--out", paramLabel = "FILE")
		Path out;

		@Option(names = "--department", paramLabel = "D")
		String department;

		@Option(names = "--by-department")
		boolean byDepartment;

		private ChronicleRun chronicle;

		/** For parsing only; Spring uses the other constructor. */
		Chronicle() {
		}

		@org.springframework.beans.factory.annotation.Autowired
		Chronicle(ChronicleRun chronicle) {
			this.chronicle = chronicle;
		}

		@Override
		public Integer call() throws Exception {
			org.annals.chronicle.ChronicleExporter.Format chosen;
			try {
				chosen = org.annals.chronicle.ChronicleExporter.Format.of(this.format);
			}
			catch (IllegalArgumentException ex) {
				System.err.println(Messages.get("cli.export.chronicleFormats"));
				return ExitCodes.USAGE;
			}
			if (this.byDepartment) {
				return volume(chosen);
			}
			if (this.out != null) {
				this.chronicle.write(this.year, this.department, chosen, this.out);
				System.err.println(Messages.get("cli.export.chronicle", this.out));
			}
			else {
				this.chronicle.write(this.year, this.department, chosen, System.out);
			}
			return ExitCodes.OK;
		}

		private int volume(org.annals.chronicle.ChronicleExporter.Format chosen) throws Exception {
			if (chosen == org.annals.chronicle.ChronicleExporter.Format.CSV || this.department != null) {
				System.err.println(Messages.get("chronicle.cli.volumeUsage"));
				return ExitCodes.USAGE;
			}
			this.chronicle.writeVolume(this.year, chosen, this.out);
			if (this.out != null) {
				System.err.println(Messages.get("cli.export.chronicle", this.out));
			}
			return ExitCodes.OK;
		}

	}

}
