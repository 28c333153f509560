package org.annals.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.annals.AnnalsProcess;
import org.annals.TestInboxes;
import org.annals.cli.internal.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line a newcomer meets (issue 21), on the built jar through
 * {@code ops/annals}: {@code nightly} says what it produced and where and writes the
 * compiled year as {@code compile} does; files still being written are named; reports
 * carry the submitted file's name; a year outside the data is refused with the range; a
 * mistaken build can be removed; {@code ingest} finds the inbox by the same rule as the
 * schedules; a new, empty data folder beside one with a database is named.
 */
class NewcomerFunctionalTests {

	@TempDir
	Path work;

	@Test
	void nightlySaysWhatItProducedAndWhereAndYearsOutsideTheDataAreRefused() throws Exception {
		Path inbox = TestInboxes.copyOfSampleInput(this.work.resolve("inbox"));
		Files.writeString(inbox.resolve("省统计局/还在复制.xlsx.part"), "half", StandardCharsets.UTF_8);
		Path home = this.work.resolve("home");
		AnnalsProcess annals = AnnalsProcess.onH2(home);

		// on an empty database: the year is checked once tonight's files are in
		AnnalsProcess.Result nightly = annals.run("nightly", "--inbox", inbox.toString(), "--year", "2022");

		assertThat(nightly.exitCode()).as(nightly.err()).isEqualTo(ExitCodes.REJECTED);
		Path out = home.toAbsolutePath().normalize().resolve("out/2022");
		assertThat(nightly.out()).contains("[1/4] 导入统计报表")
			.contains("[2/4] 导入大事记素材")
			.contains("[3/4] 编纂 2022 年统计表")
			.contains("[4/4] 编纂大事记（2022）")
			.contains("仍在写入  省统计局/还在复制.xlsx.part")
			.contains("2022年统计表 → " + out.resolve("tables"))
			.contains("2022年大事记：30 条 → " + out)
			.contains("逐文件报告：" + home.toAbsolutePath().normalize().resolve("reports"));
		assertThat(out.resolve("tables/main-economic-indicators.xlsx")).isNotEmptyFile();
		assertThat(out.resolve("tables/population.csv")).isNotEmptyFile();
		assertThat(out.resolve("chronicle.md")).isNotEmptyFile();
		assertThat(out.resolve("chronicle.docx")).isNotEmptyFile();
		try (Stream<Path> reports = Files.list(home.resolve("reports"))) {
			assertThat(reports.map((p) -> p.getFileName().toString()))
				.anyMatch((name) -> name.matches("[0-9]+-人口主要指标-[0-9a-f]{12}\\.txt"))
				.anyMatch((name) -> name.matches("[0-9]+-错误示例_数值有误-[0-9a-f]{12}\\.json"));
		}

		AnnalsProcess.Result early = annals.run("compile", "--year", "1850");
		assertThat(early.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(early.err()).contains("年份 1850 不在数据范围内：数据库中有 2014–2022 年的数据");
		assertThat(home.resolve("out/1850")).doesNotExist();
		AnnalsProcess.Result nightlyEarly = annals.run("nightly", "--inbox", inbox.toString(), "--year", "1850");
		assertThat(nightlyEarly.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(nightlyEarly.out()).contains("[2/4] 导入大事记素材").doesNotContain("[3/4]");
		assertThat(nightlyEarly.err()).contains("年份 1850 不在数据范围内：数据库中有 2014–2022 年的数据");
		assertThat(home.resolve("out/1850")).doesNotExist();

		AnnalsProcess.Result late = annals.run("archive", "create", "--year", "2030", "--lang", "en");
		assertThat(late.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(late.err()).contains("Year 2030 is outside the data: the database holds data of 2014–2022");
		assertThat(annals.run("archive", "list").out()).doesNotContain("2030");

		AnnalsProcess.Result deleted = annals.run("compile", "--year", "2022", "--delete");
		assertThat(deleted.exitCode()).as(deleted.err()).isZero();
		assertThat(deleted.out()).contains("已删除 2022 年的编纂结果：统计表 5 份，大事记 30 条");
		AnnalsProcess.Result again = annals.run("compile", "--year", "2022", "--delete");
		assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(again.err()).contains("2022 年没有编纂结果，无可删除");
	}

	@Test
	void ingestFindsTheInboxInTheSettingWhenNoneIsNamedAsTheScheduleDoes() throws Exception {
		Path inbox = this.work.resolve("elsewhere");
		TestInboxes.drop(inbox, "省统计局", "人口.csv", "地区,指标,计量单位,年份,数值", "全省,常住人口,万人,2022,8374");
		AnnalsProcess annals = AnnalsProcess.onH2(this.work.resolve("home"));
		AnnalsProcess.Result nothingYet = annals.run("compile", "--year", "2022");
		assertThat(nothingYet.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(nothingYet.err()).contains("年份 2022 不在数据范围内：数据库中还没有数据");

		AnnalsProcess.Result ingest = annals.run("ingest", "--annals.inbox=" + inbox);

		assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
		assertThat(ingest.out()).contains("导入收件箱 " + inbox.toAbsolutePath().normalize()).contains("已导入  省统计局/人口.csv");
		AnnalsProcess.Result named = annals.run("ingest", "--annals.inbox=" + inbox, "--inbox",
				this.work.resolve("no-such-folder").toString());
		assertThat(named.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(named.err()).contains("收件箱目录不存在：" + this.work.resolve("no-such-folder"));
	}

	@Test
	void aNewEmptyDataFolderBesideOneWithADatabaseIsNamed() throws Exception {
		Path held = this.work.resolve("data");
		assertThat(AnnalsProcess.onH2(held).run("users", "list").exitCode()).isZero();
		Path fresh = this.work.resolve("deeper/data");
		AnnalsProcess annals = AnnalsProcess.onH2(fresh);

		AnnalsProcess.Result first = annals.run("users", "list");

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.err()).contains("注意：数据目录 " + fresh.toAbsolutePath().normalize() + " 里还没有数据库")
			.contains(held.toAbsolutePath().normalize() + " 里已有数据库")
			.contains("ANNALS_HOME=" + held.toAbsolutePath().normalize());
		AnnalsProcess.Result second = annals.run("users", "list");
		assertThat(second.err()).doesNotContain("还没有数据库");
		Path english = this.work.resolve("deeper/data2");
		Files.createDirectories(this.work.resolve("data2/db"));
		Files.copy(held.resolve("db/annals.mv.db"), this.work.resolve("data2/db/annals.mv.db"));
		assertThat(AnnalsProcess.onH2(english).run("users", "list", "--lang", "en").err())
			.contains("the data folder " + english.toAbsolutePath().normalize() + " holds no database yet");
	}

}
