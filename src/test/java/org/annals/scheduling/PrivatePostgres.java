package org.annals.scheduling;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL cluster of a test's own, made with the machine's {@code initdb} in a
 * temporary folder and listening on a free loopback port (trust authentication), for
 * tests that stop the database: never the shared cluster on port 5432, which other tests
 * use meanwhile. The PostgreSQL binaries are on every machine of this kind and on CI's; a
 * machine without them fails the test, it does not skip it. Run as root (as CI runs), the
 * server runs as the {@code postgres} user, which PostgreSQL requires.
 */
final class PrivatePostgres implements AutoCloseable {

	private final Path bin;

	private final Path folder;

	private final int port;

	private final boolean asPostgresUser;

	private PrivatePostgres(Path bin, Path folder, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.folder = folder;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/**
	 * Makes a cluster, starts it and creates the database {@code annals} in it.
	 * @return the running cluster
	 * @throws Exception when the binaries are missing or the cluster cannot start
	 */
	static PrivatePostgres start() throws Exception {
		Path bin = binaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path folder = Files.createTempDirectory("annals-pg-");
		if (root) {
			UserPrincipal postgres = folder.getFileSystem()
				.getUserPrincipalLookupService()
				.lookupPrincipalByName("postgres");
			Files.setOwner(folder, postgres);
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		PrivatePostgres cluster = new PrivatePostgres(bin, folder, port, root);
		cluster.run("initdb", "-D", cluster.data(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale",
				"--no-sync");
		cluster.startServer();
		new JdbcTemplate(new DriverManagerDataSource(cluster.url("postgres"))).execute("create database annals");
		return cluster;
	}

	/**
	 * The JDBC URL of its database {@code annals}.
	 * @return the URL
	 */
	String url() {
		return url("annals");
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database + "?user=postgres";
	}

	/**
	 * A template that opens a connection per statement, so that it works again once the
	 * server is back.
	 * @return the template
	 */
	JdbcTemplate jdbc() {
		return new JdbcTemplate(new DriverManagerDataSource(url()));
	}

	/**
	 * Stops the server as an operator would ({@code pg_ctl stop -m fast}): every session
	 * is ended, every open transaction rolled back.
	 * @throws Exception when it does not stop
	 */
	void stopServer() throws Exception {
		run("pg_ctl", "-D", data(), "stop", "-m", "fast", "-w");
	}

	/**
	 * Starts the server ({@code pg_ctl start}), and waits until it accepts connections.
	 * @throws Exception when it does not start
	 */
	void startServer() throws Exception {
		run("pg_ctl", "-D", data(), "-l", this.folder.resolve("server.log").toString(), "-w", "-o",
				"-p " + this.port + " -k " + this.folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
		DriverManager.getConnection(url("postgres")).close();
	}

	@Override
	public void close() throws Exception {
		try {
			run("pg_ctl", "-D", data(), "stop", "-m", "immediate", "-w");
		}
		finally {
			FileSystemUtils.deleteRecursively(this.folder);
		}
	}

	private String data() {
		return this.folder.resolve("data").toString();
	}

	private void run(String program, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		if (this.asPostgresUser) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(this.bin.resolve(program).toString());
		command.addAll(List.of(args));
		Path output = Files.createTempFile("annals-pg-", ".txt");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(
						String.join(" ", command) + " failed:\n" + Files.readString(output, StandardCharsets.UTF_8));
			}
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** The newest PostgreSQL's binaries, as Debian installs them. */
	private static Path binaries() throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(versions)) {
			try (Stream<Path> found = Files.list(versions)) {
				var newest = found.filter((v) -> Files.isExecutable(v.resolve("bin/initdb")))
					.max(Comparator
						.comparing((v) -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
				if (newest.isPresent()) {
					return newest.get().resolve("bin");
				}
			}
		}
		throw new IllegalStateException("initdb is missing (no /usr/lib/postgresql/*/bin/initdb): this test runs a "
				+ "PostgreSQL cluster of its own; install the postgresql package, as .ci/run does");
	}

}
