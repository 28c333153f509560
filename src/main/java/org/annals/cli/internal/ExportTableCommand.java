package org.annals.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code annals export table ID --year Y --format csv|jsonstat|sdmx-csv [--out FILE]}: a
 * compiled yearbook table (its latest build; the year's tables are compiled first when it
 * has none).
 */
@Command(name = "table", mixinStandardHelpOptions = true)
class ExportTableCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
	String id;

	@Option(names = "--year", required = true, paramLabel = "Y")
	int year;

	@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonstat|sdmx-csv")
	String format;

	@Option(names = "--out", paramLabel = "FILE")
	Path out;

	private OpenExports exports;

	/** For parsing only; Spring uses the other constructor. */
	ExportTableCommand() {
	}

	@Autowired
	ExportTableCommand(OpenExports exports) {
		this.exports = exports;
	}

	@Override
	public Integer call() throws Exception {
		return this.exports.table(this.id, this.year, this.format, this.out);
	}

}
