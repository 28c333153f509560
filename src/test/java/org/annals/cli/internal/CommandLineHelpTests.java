package org.annals.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.annals.cli.AnnalsCli;
import org.annals.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --help} on every command and sub-command, in Chinese and in English (issue 21):
 * every command, option and parameter says what it is for, in the language asked for.
 */
class CommandLineHelpTests {

	@AfterEach
	void backToChinese() {
		Messages.use("zh");
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh", "en" })
	void everyCommandHasHelpAndEveryOptionAndParameterADescription(String lang) {
		Messages.use(lang);
		List<CommandLine> commands = new ArrayList<>();
		collect(new CommandLine(new AnnalsCommand()), commands);
		assertThat(commands).hasSizeGreaterThan(20);
		for (CommandLine command : commands) {
			String name = command.getCommandSpec().qualifiedName(" ");
			String help = help(command.getCommandSpec().qualifiedName(" ").split(" "), "--help");
			assertThat(help).as(name).contains("Usage: " + name);
			assertThat(String.join("", command.getCommandSpec().usageMessage().description())).as(name + " description")
				.isNotBlank();
			for (ArgSpec arg : command.getCommandSpec().args()) {
				assertThat(String.join("", arg.description())).as(name + " " + arg).isNotBlank();
			}
			if (lang.equals("zh")) {
				assertThat(hasChinese(help)).as(name + " in Chinese:\n" + help).isTrue();
			}
			else {
				assertThat(hasChinese(help)).as(name + " in English:\n" + help).isFalse();
			}
		}
	}

	@Test
	void theHelpCommandShowsACommandsHelp() {
		assertThat(help(new String[] { "annals" }, "help", "nightly")).contains("Usage: annals nightly")
			.contains("立即运行夜间流程")
			.contains("--inbox=DIR")
			.contains("收件箱目录");
		Messages.use("en");
		assertThat(help(new String[] { "annals" }, "help", "archive")).contains("Usage: annals archive")
			.contains("Snapshots as BagIt bags");
	}

	@Test
	void theCommandLineAnswersHelpBeforeAnythingStartsInTheLanguageAsked() {
		Run chinese = annals("archive", "create", "--help");
		assertThat(chinese.exitCode()).isZero();
		assertThat(chinese.out()).contains("Usage: annals archive create")
			.contains("冻结某年的结果")
			.contains("--year=Y")
			.contains("要冻结的年份");
		Run english = annals("nightly", "--help", "--lang", "en");
		assertThat(english.exitCode()).isZero();
		assertThat(english.out()).contains("Usage: annals nightly")
			.contains("Run the nightly chain now")
			.contains("Inbox folder (default $ANNALS_HOME/inbox, or the setting");
		assertThat(hasChinese(english.out())).isFalse();
		Run help = annals("help", "jobs", "--lang=en");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("Usage: annals jobs").contains("Exit codes:");
	}

	@Test
	void aUsageErrorIsExplainedInTheLanguageAsked() {
		Run chinese = annals("nightly", "--year");
		assertThat(chinese.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(chinese.err()).contains("Usage: annals nightly").contains("编纂年份");
		Run english = annals("nightly", "--year", "--lang", "en");
		assertThat(english.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(english.err()).contains("Usage: annals nightly").contains("The year to compile");
		assertThat(hasChinese(english.err())).isFalse();
	}

	private static void collect(CommandLine command, List<CommandLine> commands) {
		commands.add(command);
		command.getSubcommands().values().stream().distinct().forEach((sub) -> collect(sub, commands));
	}

	/** The help a command prints, as the command line runs it without Spring. */
	private static String help(String[] path, String... args) {
		List<String> all = new ArrayList<>(List.of(path).subList(1, path.length));
		all.addAll(List.of(args));
		StringWriter out = new StringWriter();
		CommandLine cli = new CommandLine(new AnnalsCommand());
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(out, true));
		assertThat(cli.execute(all.toArray(String[]::new))).as(String.join(" ", all) + "\n" + out).isZero();
		return out.toString();
	}

	private static Run annals(String... args) {
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			int code = AnnalsCli.run(org.annals.AnnalsApplication.class, args);
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}
	}

	static boolean hasChinese(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	record Run(int exitCode, String out, String err) {
	}

}
