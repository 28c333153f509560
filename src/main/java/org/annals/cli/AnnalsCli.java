package org.annals.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.cli.internal.AnnalsCommand;
import org.annals.cli.internal.ExitCodes;
import org.annals.cli.internal.Failures;
import org.annals.cli.internal.OtherHomes;
import org.annals.cli.internal.SpringFactory;
import org.annals.support.Messages;
import picocli.CommandLine;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The {@code annals} command line. Usage is checked before anything starts, so a wrong
 * command answers at once with exit code 2; then Spring starts (database, migrations,
 * {@code jobs/}) and the command runs. Failures of the system become a message saying
 * what to do and exit code 3, never a stack trace; the details go to the log file.
 */
public final class AnnalsCli {

	private static final String[] SPRING_PREFIXES = { "--spring.", "--annals.", "--logging.", "--server.",
			"--management." };

	/** How the embedded H2 database is opened: as much like PostgreSQL as it goes. */
	public static final String H2_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	/** Spring's switch for starting from generated bean definitions (Spring AOT). */
	static final String AOT_ENABLED = "spring.aot.enabled";

	/** The suffix of what the build's {@code process-aot} generates for a context. */
	static final String AOT_INITIALIZER = "__ApplicationContextInitializer";

	private AnnalsCli() {
	}

	/**
	 * Runs a command line in this process.
	 * @param application the application's configuration class (passed in, so that the
	 * command line does not depend on the package above it)
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int run(Class<?> application, String[] args) {
		return run(application, args, false);
	}

	/**
	 * Runs a command line as the whole work of the process ({@code main}). A command
	 * other than {@code serve} then starts from the bean definitions that Spring AOT
	 * worked out when the jar was built, about 0.4 s sooner than by reading the classes'
	 * annotations, when the jar holds them and {@code -Dspring.aot.enabled} does not say
	 * otherwise. The server reads its annotations as usual: its context is not the
	 * commands' one.
	 * @param application the application's configuration class
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int runAsProcess(Class<?> application, String[] args) {
		return run(application, args, true);
	}

	private static int run(Class<?> application, String[] args, boolean ownProcess) {
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		List<String> springArgs = new ArrayList<>();
		List<String> cliArgs = new ArrayList<>();
		for (String arg : args) {
			(isSpringArg(arg) ? springArgs : cliArgs).add(arg);
		}
		// the help and every message from here on speak the language asked for
		Messages.use(lang(cliArgs));
		CommandLine probe = new CommandLine(new AnnalsCommand());
		boolean serve = false;
		Class<?> running = null;
		try {
			CommandLine.ParseResult parsed = probe.parseArgs(cliArgs.toArray(String[]::new));
			if (CommandLine.printHelpIfRequested(parsed)) {
				return ExitCodes.OK;
			}
			CommandLine.ParseResult last = innermost(parsed);
			serve = "serve".equals(last.commandSpec().name());
			running = last.commandSpec().userObject().getClass();
			// a command with sub-commands runs alone only when it does something itself
			boolean runsAlone = last.commandSpec().userObject() instanceof java.util.concurrent.Callable<?>;
			if ((!last.commandSpec().subcommands().isEmpty() && !runsAlone) || last == parsed) {
				last.commandSpec().commandLine().usage(err);
				return ExitCodes.USAGE;
			}
		}
		catch (CommandLine.ParameterException ex) {
			err.println(ex.getMessage());
			ex.getCommandLine().usage(err);
			return ExitCodes.USAGE;
		}
		if (serve) {
			// above application.yml, where the scheduler stays off for every other
			// command
			springArgs.add(0, "--spring.quartz.auto-startup=true");
			springArgs.add(0, "--annals.scheduling.enabled=true");
		}
		if (ownProcess && !serve) {
			startFromGeneratedDefinitions(application);
		}
		Map<String, Object> defaults = defaults(springArgs, lang(cliArgs));
		if (String.valueOf(defaults.get("spring.datasource.url"))
			.equals(h2Url(Path.of(String.valueOf(defaults.get("annals.home")))))) {
			OtherHomes.warn(Path.of(String.valueOf(defaults.get("annals.home"))), lang(cliArgs), err);
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application)
				.web(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties(defaults)
				// a command creates only the beans it uses (the server creates all, at
				// once)
				.properties(java.util.Map.of("annals.command-line", String.valueOf(!serve),
						"spring.main.lazy-initialization", String.valueOf(!serve)))
				.properties(serve
						? java.util.Map.of("spring.quartz.auto-startup", "true", "annals.scheduling.enabled", "true")
						: java.util.Map.of())
				.run(springArgs.toArray(String[]::new));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// the build's AOT processing, which stops the run once it has the definitions
			throw ex;
		}
		catch (Throwable ex) {
			return Failures.report(ex, err);
		}
		if (serve) {
			// the server runs until the process is stopped; Spring's shutdown hook closes
			// it
			CommandLine cli = new CommandLine(AnnalsCommand.class, new SpringFactory(context, running));
			cli.setExecutionExceptionHandler((ex, commandLine, result) -> Failures.report(ex, err));
			return cli.execute(cliArgs.toArray(String[]::new));
		}
		try (context) {
			// the context is lazy: making the commands makes what they use, and may fail
			CommandLine cli = new CommandLine(AnnalsCommand.class, new SpringFactory(context, running));
			cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
			cli.setErr(err);
			cli.setExecutionExceptionHandler((ex, commandLine, result) -> Failures.report(ex, err));
			return cli.execute(cliArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			return Failures.report(ex, err);
		}
	}

	/**
	 * The innermost command of a parsed command line: the one that runs.
	 * @param parsed the parsed command line
	 * @return its innermost command's part
	 */
	static CommandLine.ParseResult innermost(CommandLine.ParseResult parsed) {
		CommandLine.ParseResult last = parsed;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		return last;
	}

	/**
	 * Starts the commands' context from the bean definitions Spring AOT generated at
	 * build time, when the jar holds them, unless {@code -Dspring.aot.enabled} chose
	 * already or this is the build's own AOT processing.
	 */
	private static void startFromGeneratedDefinitions(Class<?> application) {
		boolean chosen = System.getProperty(AOT_ENABLED) != null;
		boolean processing = System.getProperty("spring.aot.processing") != null;
		if (!chosen && !processing
				&& ClassUtils.isPresent(application.getName() + AOT_INITIALIZER, AnnalsCli.class.getClassLoader())) {
			System.setProperty(AOT_ENABLED, "true");
		}
	}

	private static boolean isSpringArg(String arg) {
		for (String prefix : SPRING_PREFIXES) {
			if (arg.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private static String lang(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).startsWith("--lang=")) {
				return args.get(i).substring(7);
			}
			if (args.get(i).equals("--lang") && i + 1 < args.size()) {
				return args.get(i + 1);
			}
		}
		return "zh";
	}

	static Map<String, Object> defaults(List<String> springArgs, String lang) {
		String home = System.getenv("ANNALS_HOME");
		String url = System.getenv("ANNALS_DB_URL");
		for (String arg : springArgs) {
			if (arg.startsWith("--annals.home=")) {
				home = arg.substring("--annals.home=".length());
			}
			if (arg.startsWith("--spring.datasource.url=")) {
				url = arg.substring("--spring.datasource.url=".length());
			}
		}
		Path homePath = Path.of((home != null && !home.isBlank()) ? home : "data").toAbsolutePath().normalize();
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("annals.home", homePath.toString());
		defaults.put("annals.lang", lang);
		defaults.put("annals.progress", "true");
		defaults.put("spring.datasource.url", (url != null && !url.isBlank()) ? url : h2Url(homePath));
		defaults.put("logging.file.name", homePath.resolve("logs").resolve("annals.log").toString());
		defaults.put("logging.threshold.console", "OFF");
		return defaults;
	}

	static String h2Url(Path home) {
		return "jdbc:h2:file:" + home.resolve("db").resolve("annals") + H2_MODE;
	}

}
