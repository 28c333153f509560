package org.annals.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code annals users add} refuses a password the policy refuses (issue 19, point 11):
 * exit 2, the usage error of DESIGN.md, with the reason in Chinese and English, before
 * anything is saved.
 */
class UsersCommandTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "short-pw | 至少要 12 个字符", "password1234 | 太容易猜到", "123456789012 | 太容易猜到",
			"aaaaaaaaaaaaaaaa | 太容易猜到", "xx-tjj-long-enough | 太容易猜到" })
	void aWeakPasswordIsAUsageErrorThatSaysWhy(String password, String why) {
		UsersCommand.Add add = new UsersCommand.Add();
		add.environment = (name) -> "ANNALS_USER_PASSWORD".equals(name) ? password : null;
		PrintStream err = System.err;
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		int code;
		try {
			System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
			code = new CommandLine(add).execute("tjj", "--role", "editor");
		}
		finally {
			System.setErr(err);
		}
		assertThat(code).isEqualTo(ExitCodes.USAGE);
		assertThat(said.toString(StandardCharsets.UTF_8)).contains(why).contains(" / ");
	}

}
