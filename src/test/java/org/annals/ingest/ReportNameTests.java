package org.annals.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's file carries the submitted file's name (issue 21), made safe: a name is
 * data, never a path.
 */
class ReportNameTests {

	private static final String HASH = "589835dc613d" + "0".repeat(52);

	private static Submission sent(String name) {
		return new Submission(7, HASH, "省统计局", name, 1, "csv", "loaded", null, 0, 0, 0, null, null, null, null, null);
	}

	@Test
	void aReportIsNamedByIdFileNameAndHash() {
		assertThat(IngestReporter.reportName(sent("2022年人口主要指标（修订）.xlsx"))).isEqualTo("7-2022年人口主要指标（修订）-589835dc613d");
	}

	@Test
	void aNameCannotMakeAPathNorAHiddenFileNorALongOne() {
		assertThat(IngestReporter.reportName(sent("../../etc/passwd"))).isEqualTo("7-passwd-589835dc613d");
		assertThat(IngestReporter.reportName(sent("C:\\x\\报表 一.csv"))).isEqualTo("7-报表_一-589835dc613d");
		assertThat(IngestReporter.reportName(sent("a\nb\u202Ec.csv"))).isEqualTo("7-a_b_c-589835dc613d");
		assertThat(IngestReporter.reportName(sent(".csv"))).isEqualTo("7-_csv-589835dc613d");
		assertThat(IngestReporter.reportName(sent("统".repeat(200) + ".csv"))).hasSize(2 + 60 + 1 + 12);
	}

}
