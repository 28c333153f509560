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
 * Runs the built jar as an operator would, in its own process, and captures what it
 * prints and its exit code.
 */
public final class AnnalsProcess {

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
		List<String> command = new ArrayList<>(this.wrapper);
		command.addAll(List.of(java(), "-Xmx256m"));
		command.addAll(this.javaOptions);
		command.addAll(List.of("-jar", ((this.jar != null) ? this.jar : jar()).toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.remove("ANNALS_DB_URL");
		env.put("ANNALS_HOME", this.home.toString());
		if (this.dbUrl != null) {
			env.put("ANNALS_DB_URL", this.dbUrl);
		}
		builder.redirectOutput(this.home.resolve("out" + this.output + ".txt").toFile());
		builder.redirectError(this.home.resolve("err" + this.output + ".txt").toFile());
		return builder.start();
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

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
