package org.annals.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

import org.springframework.context.ApplicationContext;

import org.annals.cli.internal.AnnalsCommand;
import org.annals.cli.internal.Failures;
import org.annals.cli.internal.SpringFactory;

/**
 * Runs a command line against an application context as {@link AnnalsCli} runs it (same
 * factory, same failure handling, same exit codes), for tests of other packages that play
 * a second node in the same JVM.
 */
public final class CommandLines {

	private CommandLines() {
	}

	/**
	 * What a command printed on its error stream, and its exit code.
	 *
	 * @param exitCode the exit code
	 * @param err what it printed on its error stream
	 */
	public record Run(int exitCode, String err) {
	}

	/**
	 * Runs a command.
	 * @param context the context whose beans it uses
	 * @param args the command line
	 * @return how it ended
	 */
	public static Run run(ApplicationContext context, String... args) {
		StringWriter err = new StringWriter();
		PrintWriter errors = new PrintWriter(err, true);
		Class<?> running = AnnalsCli.innermost(new CommandLine(new AnnalsCommand()).parseArgs(args))
			.commandSpec()
			.userObject()
			.getClass();
		CommandLine cli = new CommandLine(AnnalsCommand.class, new SpringFactory(context, running));
		cli.setErr(errors);
		cli.setExecutionExceptionHandler((ex, commandLine, result) -> Failures.report(ex, errors));
		return new Run(cli.execute(args), err.toString());
	}

}
