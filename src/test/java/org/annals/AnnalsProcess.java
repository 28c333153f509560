package org.annals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built jar as an operator would, through {@code ops/annals} in its own process,
 * and captures what it prints and its exit code.
 */
public final class AnnalsProcess {

	private static final java.util.Set<Path> WARM = new java.util.HashSet<>();

	private final Path home;

	private final String dbUrl;

	private final String output;

	private final List<String> wrapper;

	private final List<String> javaOptions;

	private final Path jar;

	private AnnalsProcess(Path home, String dbUrl, String output, List<String> wrapper, List<String> javaOptions) {
		this(home, dbUrl, output, wrapper, javaOptions, null);
	}

	private AnnalsProcess(Path home, String dbUrl, String output, List<String> wrapper, List<String> javaOptions,
			Path jar) {
		this.home = home;
		this.dbUrl = dbUrl;
		this.output = output;
		this.wrapper = wrapper;
		this.javaOptions = javaOptions;
		this.jar = jar;
	}

	/**
	 * The same runner with a copy of the jar in a folder of its own (for a process of
	 * another user, who may not reach the build's folder).
	 * @param copy where the copy is
	 * @return the runner
	 */
	public AnnalsProcess withJar(Path copy) {
		return new AnnalsProcess(this.home, this.dbUrl, this.output, this.wrapper, this.javaOptions, copy);
	}

	/**
	 * The built jar.
	 * @return its path
	 */
	public static Path builtJar() {
		return jar();
	}

	/**
	 * The jar on the embedded H2 default (no database configured).
	 * @param home the data folder
	 * @return the runner
	 */
	public static AnnalsProcess onH2(Path home) {
		return new AnnalsProcess(home, null, "", List.of(), List.of());
	}

	/**
	 * The jar on a database.
	 * @param home the data folder
	 * @param dbUrl the JDBC URL
	 * @return the runner
	 */
	public static AnnalsProcess on(Path home, String dbUrl) {
		return new AnnalsProcess(home, dbUrl, "", List.of(), List.of());
	}

	/**
	 * The same runner for one of several processes sharing a data folder (two nodes of a
	 * cluster): its output goes to files of its own, {@code out-NAME.txt} and
	 * {@code err-NAME.txt}.
	 * @param name the process's name
	 * @return the runner
	 */
	public AnnalsProcess node(String name) {
		return new AnnalsProcess(this.home, this.dbUrl, "-" + name, this.wrapper, this.javaOptions, this.jar);
	}

	/**
	 * The same runner, with the jar's java command run by another command (for example
	 * {@code faketime -f +30s}).
	 * @param command the command and its arguments
	 * @return the runner
	 */
	public AnnalsProcess under(String... command) {
		return new AnnalsProcess(this.home, this.dbUrl, this.output, List.of(command), this.javaOptions, this.jar);
	}

	/**
	 * The same runner, with options for the JVM besides {@code -Xmx256m} (as an
	 * operator's {@code JAVA_OPTS}).
	 * @param options the options
	 * @return the runner
	 */
	public AnnalsProcess withJavaOptions(String... options) {
		return new AnnalsProcess(this.home, this.dbUrl, this.output, this.wrapper, List.of(options), this.jar);
	}

	/**
	 * What the process printed on standard output so far.
	 * @return the text
	 * @throws IOException when it cannot be read
	 */
	public String out() throws IOException {
		return Files.readString(this.home.resolve("out" + this.output + ".txt"), StandardCharsets.UTF_8);
	}

	/**
	 * What a run printed and how it ended.
	 *
	 * @param exitCode the exit code
	 * @param out standard output
	 * @param err standard error
	 */
	public record Result(int exitCode, String out, String err) {
	}

	/**
	 * Starts the jar without waiting.
	 * @param args the arguments
	 * @return the process (output to files in the data folder)
	 * @throws IOException when it cannot start
	 */
	public Process start(String... args) throws IOException {
		Files.createDirectories(this.home);
		Path jar = (this.jar != null) ? this.jar : jar();
		warm(jar);
		List<String> command = new ArrayList<>(this.wrapper);
		command.add(launcher(jar).toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.remove("ANNALS_DB_URL");
		env.remove("ANNALS_CDS");
		env.put("ANNALS_HOME", this.home.toString());
		env.put("ANNALS_JAR", jar.toAbsolutePath().toString());
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("JAVA_OPTS", String.join(" ", options(this.javaOptions)));
		if (this.dbUrl != null) {
			env.put("ANNALS_DB_URL", this.dbUrl);
		}
		builder.redirectOutput(this.home.resolve("out" + this.output + ".txt").toFile());
		builder.redirectError(this.home.resolve("err" + this.output + ".txt").toFile());
		return builder.start();
	}

	private static List<String> options(List<String> more) {
		List<String> options = new ArrayList<>(List.of("-Xmx256m"));
		options.addAll(more);
		return options;
	}

	/**
	 * The launcher operators run, {@code ops/annals}, beside a jar of its own when the
	 * jar was copied (its cache of loaded classes goes beside the jar).
	 */
	private static Path launcher(Path jar) throws IOException {
		Path launcher = Path.of("ops", "annals");
		if (jar.toAbsolutePath().startsWith(Path.of("").toAbsolutePath())) {
			return launcher;
		}
		Path copy = jar.resolveSibling("annals-launcher");
		if (!Files.exists(copy)) {
			Files.copy(launcher, copy);
			Files.setPosixFilePermissions(copy, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return copy;
	}

	/**
	 * Has {@code ops/annals} record its class-data-sharing archive of the jar once,
	 * before a test's own process: the run that records it is the launcher's child, not
	 * the launcher itself, and a test signals the process it started. Each later command
	 * starts in about a third of the time (1.1 s against 3.9 s here).
	 */
	private static synchronized void warm(Path jar) throws IOException {
		Path key = jar.toAbsolutePath().normalize();
		if (WARM.contains(key)) {
			return;
		}
		Path home = Files.createTempDirectory("annals-warm-");
		ProcessBuilder builder = new ProcessBuilder(launcher(jar).toString(), "users", "list");
		builder.environment().remove("ANNALS_DB_URL");
		builder.environment().remove("ANNALS_CDS");
		builder.environment().put("ANNALS_HOME", home.toString());
		builder.environment().put("ANNALS_JAR", key.toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("JAVA_OPTS", "-Xmx256m");
		builder.redirectErrorStream(true).redirectOutput(home.resolve("warm.txt").toFile());
		try {
			builder.start().waitFor(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		org.springframework.util.FileSystemUtils.deleteRecursively(home);
		WARM.add(key);
	}

	/**
	 * Runs the jar to its end.
	 * @param args the arguments
	 * @return the result
	 * @throws Exception when it cannot run or takes over five minutes
	 */
	public Result run(String... args) throws Exception {
		Process process = start(args);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("annals " + String.join(" ", args) + " did not finish in five minutes");
		}
		return new Result(process.exitValue(), out(),
				Files.readString(this.home.resolve("err" + this.output + ".txt"), StandardCharsets.UTF_8));
	}

	private static Path jar() {
		Path jar = Path.of(System.getProperty("annals.test.jar", "target/annals.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: functional tests run after 'package'");
		}
		return jar;
	}

}
