package org.annals.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annals.AnnalsProcess;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.ingest.internal.sheet.SheetTestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 4 (RELIABILITY #19's other half): a file that exhausts the memory of the
 * process reading it is set aside with a report that says so, and the other files load;
 * the next run does not try it again. The readers' limits keep an ordinary heap from ever
 * getting there, so here they are raised past what a small heap holds, as an operator
 * could: the workbook's two million distinct texts then run out of memory for real.
 */
class OutOfMemoryFunctionalTests {

	@TempDir
	Path temp;

	private JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() throws Exception {
		this.jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(this.jdbc);
	}

	@Test
	void aFileThatExhaustsMemoryIsSetAsideWithAReportAndTheRestLoads() throws Exception {
		Path inbox = this.temp.resolve("inbox");
		Files.createDirectories(inbox.resolve("省统计局"));
		TestInboxes.settle(SheetTestFiles.sharedStringsWorkbook(inbox.resolve("省统计局/名录.xlsx"), 2_000_000));
		TestInboxes.drop(inbox, "省财政厅", "b.csv", "地区,指标,计量单位,年份,数值", "成都市,一般公共预算收入,亿元,2022,1722.4");
		AnnalsProcess annals = AnnalsProcess.on(this.temp.resolve("home"), PostgresTestSupport.DB_URL)
			.withJavaOptions("-Xmx128m");
		String[] ingest = { "ingest", "--inbox", inbox.toString(), "--annals.ingest.settle=0s",
				"--annals.ingest.limits.shared-strings=100000000",
				"--annals.ingest.limits.shared-strings-chars=2000000000" };

		AnnalsProcess.Result first = annals.run(ingest);
		assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
		assertThat(first.out()).contains("已导入  省财政厅/b.csv", "未能读取，已暂停  省统计局/名录.xlsx", "内存不足");
		assertThat(this.jdbc.queryForList("select original_name || ':' || status from ingest_submission order by id",
				String.class))
			.containsExactlyInAnyOrder("名录.xlsx:failed", "b.csv:loaded");
		assertThat(this.jdbc.queryForObject("select code from ingest_issue i join ingest_submission s "
				+ "on s.id = i.submission_id where s.original_name = '名录.xlsx'", String.class))
			.isEqualTo("OUT_OF_MEMORY");

		TestInboxes.drop(inbox, "省财政厅", "c.csv", "地区,指标,计量单位,年份,数值", "成都市,一般公共预算收入,亿元,2021,1697.9");
		AnnalsProcess.Result second = annals.run(ingest);
		assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
		assertThat(second.out()).contains("已导入  省财政厅/c.csv").doesNotContain("名录.xlsx");
	}

}
