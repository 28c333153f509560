package org.annals.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annals.AnnalsProcess;
import org.annals.TestInboxes;
import org.annals.cli.internal.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a new user meets it: the README's first command on the embedded H2
 * default, the facts it exports compared with a golden file, {@code check}, and the exit
 * codes of DESIGN.md.
 */
class CommandLineFunctionalTests {

	@TempDir
	Path work;

	@Test
	void nightlyOnSampleInputWithTheEmbeddedDefaultThenExportFacts() throws Exception {
		Path inbox = TestInboxes.copyOfSampleInput(this.work.resolve("inbox"));
		AnnalsProcess annals = AnnalsProcess.onH2(this.work.resolve("home"));
		AnnalsProcess.Result nightly = annals.run("nightly", "--inbox", inbox.toString());
		assertThat(nightly.exitCode()).as(nightly.err()).isEqualTo(ExitCodes.REJECTED);
		assertThat(nightly.out()).contains("导入完成：17 个文件已导入，1 个重复报送，2 个被拒收；事实 891 条，事件 32 条")
			.contains("Sheet1!B5  “约3.5”不是数字。")
			.contains("重复  省财政厅/债务情况（重复报送）.xlsx");
		assertThat(this.work.resolve("home/db")).isDirectory();
		Path facts = this.work.resolve("facts-2022.csv");
		AnnalsProcess.Result export = annals.run("export", "facts", "--year", "2022", "--format", "csv", "--out",
				facts.toString());
		assertThat(export.exitCode()).as(export.err()).isZero();
		List<String> expected = Files.readAllLines(Path.of("src/test/resources/golden/facts-2022.csv"),
				StandardCharsets.UTF_8);
		assertThat(Files.readAllLines(facts, StandardCharsets.UTF_8)).containsExactlyElementsOf(expected);
	}

	@Test
	void checkReportsTheCellsOfABadFileAndExitsOne() throws Exception {
		AnnalsProcess.Result check = AnnalsProcess.onH2(this.work.resolve("home"))
			.run("check", "sample-input/成都市地方志办公室/错误示例_数值有误.xlsx", "sample-input/省统计局/人口主要指标.csv");
		assertThat(check.exitCode()).isEqualTo(ExitCodes.REJECTED);
		assertThat(check.out()).contains("错误示例_数值有误.xlsx")
			.contains("Sheet1!B5  “约3.5”不是数字。")
			.contains("Sheet1!B7  “待核实”不是数字。")
			.contains("可以导入，事实 176 条");
	}

	@Test
	void checkGivesEventLogsTheVerdictOfIngest() throws Exception {
		// issue 20: check called every event log "will be rejected" while ingest loads it
		AnnalsProcess.Result check = AnnalsProcess.onH2(this.work.resolve("home"))
			.run("check", "sample-input/省应急管理厅/2022年大事记.xlsx", "sample-input/雅安市地方志办公室/大事记（2022年）.csv",
					"sample-input/省委办公厅/2022年大事记.docx");
		assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
		assertThat(check.out()).contains("可以导入，大事记事件 15 条")
			.contains("可以导入，大事记事件 9 条")
			.contains("可以导入，大事记事件 8 条")
			.doesNotContain("拒收");
	}

	@Test
	void checkOfAGoodFileExitsZeroAndSpeaksEnglishOnRequest() throws Exception {
		AnnalsProcess.Result check = AnnalsProcess.onH2(this.work.resolve("home"))
			.run("check", "--lang", "en", "sample-input/省统计局/人口主要指标.csv");
		assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
		assertThat(check.out()).contains("would load 176 facts");
	}

	@Test
	void templateAndUsersWorkFromTheCommandLine() throws Exception {
		AnnalsProcess annals = AnnalsProcess.onH2(this.work.resolve("home"));
		Path template = this.work.resolve("模板.xlsx");
		AnnalsProcess.Result written = annals.run("template", "省统计局", "--out", template.toString());
		assertThat(written.exitCode()).as(written.err()).isZero();
		assertThat(template).exists();
		AnnalsProcess.Result checked = annals.run("check", template.toString());
		assertThat(checked.exitCode()).as(checked.out()).isZero();
		AnnalsProcess.Result refused = annals.run("users", "add", "tjj", "--role", "department");
		assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(refused.err()).contains("needs its department");
	}

	@Test
	void aCommandStartsFromTheDefinitionsGeneratedWhenTheJarWasBuiltUnlessToldOtherwise() throws Exception {
		AnnalsProcess generated = AnnalsProcess.onH2(this.work.resolve("generated"));
		AnnalsProcess.Result fast = generated.run("users", "list", "--spring.main.log-startup-info=true");
		assertThat(fast.exitCode()).as(fast.err()).isZero();
		assertThat(startLine(this.work.resolve("generated"))).contains("Starting AOT-processed AnnalsApplication");
		AnnalsProcess read = AnnalsProcess.onH2(this.work.resolve("read"))
			.withJavaOptions("-Dspring.aot.enabled=false");
		AnnalsProcess.Result usual = read.run("users", "list", "--spring.main.log-startup-info=true");
		assertThat(usual.exitCode()).as(usual.err()).isZero();
		assertThat(startLine(this.work.resolve("read"))).contains("Starting AnnalsApplication")
			.doesNotContain("AOT-processed");
		assertThat(fast.out()).isEqualTo(usual.out());
	}

	private static String startLine(Path home) throws Exception {
		return Files.readAllLines(home.resolve("logs/annals.log"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.contains("Starting "))
			.findFirst()
			.orElse("");
	}

	/**
	 * A second process on the embedded database (an operator's command while
	 * {@code serve} runs on H2) is told so, not shown H2's "file is locked".
	 */
	@Test
	void aCommandOnAnEmbeddedDatabaseAnotherProcessHoldsSaysSoInPlainWords() throws Exception {
		Path home = this.work.resolve("held");
		assertThat(AnnalsProcess.onH2(home).run("users", "list").exitCode()).isZero();
		try (java.sql.Connection held = java.sql.DriverManager.getConnection(AnnalsCli.h2Url(home))) {
			AnnalsProcess.Result refused = AnnalsProcess.onH2(home).run("users", "list");

			assertThat(refused.exitCode()).isEqualTo(ExitCodes.SYSTEM);
			assertThat(refused.err()).contains("内置数据库正被另一个 Annals 进程使用")
				.contains("The embedded database is in use by another Annals process")
				.doesNotContain("MVStoreException")
				.doesNotContain("\tat ");
		}
	}

	@Test
	void anUnknownCommandIsAUsageError() throws Exception {
		AnnalsProcess.Result result = AnnalsProcess.onH2(this.work.resolve("home")).run("no-such-command");
		assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(result.err()).contains("no-such-command").contains("Usage: annals");
	}

	@Test
	void anUnreachableDatabaseIsASystemFailureWithAMessage() throws Exception {
		AnnalsProcess.Result result = AnnalsProcess
			.on(this.work.resolve("home"), "jdbc:postgresql://127.0.0.1:1/annals?user=postgres&connectTimeout=2")
			.run("ingest", "--inbox", this.work.toString());
		assertThat(result.exitCode()).isEqualTo(ExitCodes.SYSTEM);
		assertThat(result.err()).contains("无法连接数据库").contains("ANNALS_DB_URL").doesNotContain("\tat ");
	}

}
