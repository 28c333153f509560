package org.annals.cli;

import java.nio.file.Path;

import org.annals.AnnalsProcess;
import org.annals.TestInboxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: {@code annals compile} of a year whose inputs are incomplete names, after
 * what it wrote, the departments and deliverables it lacks.
 */
class CompileMissingInputsFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aCompileOfIncompleteInputsNamesTheMissingDeliverables() throws Exception {
		Path inbox = this.work.resolve("inbox");
		TestInboxes.drop(inbox, "成都市地方志办公室", "德阳.csv", "地区,指标,计量单位,年份,数值", "德阳市,地区生产总值,亿元,2022,2828.1");
		AnnalsProcess annals = AnnalsProcess.onH2(this.work.resolve("home"));
		AnnalsProcess.Result ingest = annals.run("ingest", "--inbox", inbox.toString());
		assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
		AnnalsProcess.Result compile = annals.run("compile", "--year", "2022");
		assertThat(compile.exitCode()).as(compile.out() + compile.err()).isZero();
		assertThat(compile.out()).contains("2022 年的输入不完整", "省统计局“国民经济主要指标”2022年：逾期（期限 2023-03-31）",
				"省财政厅“地方政府债务”2022年：逾期", "省委办公厅“全省大事记”2022年第一季度：逾期");
	}

}
