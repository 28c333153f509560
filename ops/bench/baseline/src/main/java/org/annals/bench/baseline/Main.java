package org.annals.bench.baseline;

import java.util.Arrays;

import org.annals.bench.baseline.job.BaselineJobApplication;

/**
 * The yardsticks the benchmark measures the product against, one process each:
 * {@code parse-xlsx FILE…} (fastexcel-reader, every cell of every row),
 * {@code split-csv FILE…} (decode GBK and split into fields with FastCSV) and
 * {@code job file=FILE [--spring.…]} (the baseline Spring Batch job).
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		String command = (args.length > 0) ? args[0] : "";
		String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		switch (command) {
			case "parse-xlsx" -> ParseXlsx.main(rest);
			case "split-csv" -> SplitCsv.main(rest);
			case "job" -> BaselineJobApplication.main(rest);
			default -> {
				System.err.println("usage: parse-xlsx FILE|DIR… | split-csv FILE|DIR… | job file=FILE [--spring.datasource.url=…]");
				System.exit(2);
			}
		}
	}

}
