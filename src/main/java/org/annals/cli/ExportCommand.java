package org.annals.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.annals.ingest.FactsExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annals export …}.
 */
@Command(name = "export", description = "导出 / Export.",
		subcommands = { ExportCommand.Facts.class, ExportTableCommand.class, ExportCommand.Chronicle.class })
class ExportCommand {

	/**
	 * {@code annals export facts --year Y --format csv [--out FILE]}.
	 */
	@Command(name = "facts", description = "导出某年的规范事实 CSV / Export a year's canonical facts as CSV.")
	static class Facts implements Callable<Integer> {

		@Option(names = "--year", required = true, paramLabel = "Y")
		int year;

		@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonstat|sdmx-csv")
		String format;

		@Option(names = "--out", paramLabel = "FILE",
				description = "输出文件（默认标准输出）/ output file (default standard output)")
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
					System.err.println("已导出 " + count + " 条事实 / exported " + count + " facts: " + this.out);
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
	 * [--department D]}.
	 */
	@Command(name = "chronicle", description = "导出某年的大事记 / Export a year's chronicle.")
	static class Chronicle implements Callable<Integer> {

		@Option(names = "--year", required = true, paramLabel = "Y")
		int year;

		@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|md|docx")
		String format;

		@Option(names = "--out", paramLabel = "FILE",
				description = "输出文件（默认标准输出）/ output file (default standard output)")
		Path out;

		@Option(names = "--department", paramLabel = "D", description = "只导出该单位报送的条目 / only this department's entries")
		String department;

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
				System.err.println("--format 只能是 csv、md 或 docx / --format is csv, md or docx");
				return ExitCodes.USAGE;
			}
			if (this.out != null) {
				this.chronicle.write(this.year, this.department, chosen, this.out);
				System.err.println("已导出 / exported: " + this.out);
			}
			else {
				this.chronicle.write(this.year, this.department, chosen, System.out);
			}
			return ExitCodes.OK;
		}

	}

}
