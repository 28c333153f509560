package org.annals.cli;

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
@Command(name = "table", description = "导出某年的一张统计表 / Export a year's compiled table.")
class ExportTableCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "ID", description = "jobs/tables/ID.yml")
	String id;

	@Option(names = "--year", required = true, paramLabel = "Y")
	int year;

	@Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonstat|sdmx-csv")
	String format;

	@Option(names = "--out", paramLabel = "FILE", description = "输出文件（默认标准输出）/ output file (default standard output)")
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
