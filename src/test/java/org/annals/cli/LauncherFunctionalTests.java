package org.annals.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ops/annals}, the launcher operators use: its first run after a build unpacks the
 * jar and records the classes the command loaded; later runs start from that record; the
 * output is the same every time, with nothing of the JVM's on standard output; a stale or
 * unwritable cache is rebuilt or passed over; batch commands get the JVM settings that
 * suit them unless the operator chose others.
 */
class LauncherFunctionalTests {

	private static final List<String> CHECK = List.of("check", "--lang", "en", "sample-input/省统计局/人口主要指标.csv");

	@TempDir
	Path work;

	@Test
	void theSecondRunStartsFromTheRecordOfTheFirstWithTheSameOutput() throws Exception {
		Path cache = this.work.resolve("cache");
		Run first = launch(cache, Map.of());
		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).contains("would load 176 facts");
		assertThat(cache.resolve("key")).exists();
		assertThat(cache.resolve("app/annals.jar")).exists();
		assertThat(archives(cache)).as("the classes of the first run, recorded").hasSize(1);

		Run second = launch(cache, Map.of());

		assertThat(second.status()).as(second.err()).isZero();
		assertThat(second.out()).isEqualTo(first.out()).doesNotContainIgnoringCase("warning");
		assertThat(second.err()).doesNotContainIgnoringCase("error");
		// picocli is Maven's jar since issue 21: its Java 5 class files stay out of the
		// record
		assertThat(classSources(cache)).as("the command line's classes come from the record")
			.contains("org.annals.cli.AnnalsCli source: shared " + "objects file");
	}

	/**
	 * Commands started together after an upgrade each build a cache; before the swap was
	 * locked, one could remove the cache another had just started from (a node of the
	 * test suite failed to start so).
	 */
	@Test
	void commandsStartedTogetherOnAStaleCacheAllRunAndLeaveOneGoodCache() throws Exception {
		Path cache = this.work.resolve("cache");
		Files.createDirectories(cache);
		Files.writeString(cache.resolve("key"), "another jar\n");
		List<CompletableFuture<Run>> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			// a data folder each: the embedded database opens in one process at a time
			Map<String, String> home = Map.of("ANNALS_HOME", this.work.resolve("home-" + i).toString());
			runs.add(CompletableFuture.supplyAsync(() -> {
				try {
					return launch(cache, home);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		for (CompletableFuture<Run> run : runs) {
			Run done = run.get(4, TimeUnit.MINUTES);
			assertThat(done.status()).as(done.err()).isZero();
			assertThat(done.out()).contains("would load 176 facts");
		}
		assertThat(Files.readString(cache.resolve("key"))).isNotEqualTo("another jar\n");
		assertThat(cache.resolve("app/annals.jar")).exists();
		try (var left = Files.list(this.work)) {
			assertThat(left.map((f) -> f.getFileName().toString()))
				.as("no building, old or lock folder left beside the cache")
				.noneMatch((name) -> name.startsWith("cache."));
		}

		Run after = launch(cache, Map.of());
		assertThat(after.status()).as(after.err()).isZero();
	}

	/**
	 * The first run after a new jar records the cache as the launcher's child; a stop
	 * sent to the launcher (as systemd or an operator sends it) reaches the server, which
	 * ends, instead of leaving it running without its launcher.
	 */
	@Test
	void aStopSentToTheLauncherDuringTheRunThatRecordsTheCacheEndsTheServer() throws Exception {
		Path cache = this.work.resolve("cache");
		Path out = this.work.resolve("serve-out.txt");
		ProcessBuilder builder = new ProcessBuilder("ops/annals", "serve", "--server.port=0")
			.redirectOutput(out.toFile())
			.redirectError(this.work.resolve("serve-err.txt").toFile());
		builder.environment().put("ANNALS_JAR", Path.of(System.getProperty("annals.test.jar")).toString());
		builder.environment().put("ANNALS_CACHE", cache.toString());
		builder.environment().put("ANNALS_HOME", this.work.resolve("serve-home").toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().remove("ANNALS_DB_URL");
		Process launcher = builder.start();
		try {
			for (int i = 0; i < 1200 && !Files.readString(out, StandardCharsets.UTF_8).contains("serving on"); i++) {
				Thread.sleep(100);
			}
			assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("serving on");
			List<ProcessHandle> server = launcher.descendants().toList();
			assertThat(server).as("the recording run is the launcher's child").isNotEmpty();

			launcher.destroy();

			assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
			assertThat(server).as("and the server with it").noneMatch(ProcessHandle::isAlive);
		}
		finally {
			launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			launcher.destroyForcibly();
		}
	}

	@Test
	void aCacheOfAnotherJarIsRebuiltAndOneThatCannotBeWrittenIsPassedOver() throws Exception {
		Path cache = this.work.resolve("cache");
		Files.createDirectories(cache);
		Files.writeString(cache.resolve("key"), "another jar\n");
		Run rebuilt = launch(cache, Map.of());
		assertThat(rebuilt.status()).as(rebuilt.err()).isZero();
		assertThat(Files.readString(cache.resolve("key"))).isNotEqualTo("another jar\n");

		Path file = this.work.resolve("not-a-folder");
		Files.writeString(file, "x");
		Run passedOver = launch(file.resolve("cache"), Map.of());
		assertThat(passedOver.status()).as(passedOver.err()).isZero();
		assertThat(passedOver.out()).isEqualTo(rebuilt.out());

		Run off = launch(this.work.resolve("unused"), Map.of("ANNALS_CDS", "off"));
		assertThat(off.out()).isEqualTo(rebuilt.out());
		assertThat(this.work.resolve("unused")).doesNotExist();
	}

	@Test
	void batchCommandsRunWithTheQuickCompilerAndTheParallelCollectorUnlessTheOperatorChoseOthers() throws Exception {
		Path cache = this.work.resolve("unused");
		Run batch = launch(cache, Map.of("ANNALS_CDS", "off", "JAVA_OPTS", "-XX:+PrintFlagsFinal"));
		assertThat(batch.status()).as(batch.err()).isZero();
		assertThat(batch.out()).containsPattern("UseParallelGC\\s+= true")
			.containsPattern("TieredStopAtLevel\\s+= 1\\s");

		Run chosen = launch(cache, Map.of("ANNALS_CDS", "off", "JAVA_OPTS",
				"-XX:+PrintFlagsFinal -XX:+UseSerialGC -XX:+TieredCompilation"));
		assertThat(chosen.status()).as(chosen.err()).isZero();
		assertThat(chosen.out()).containsPattern("UseSerialGC\\s+= true")
			.containsPattern("UseParallelGC\\s+= false")
			.containsPattern("TieredStopAtLevel\\s+= 4\\s")
			.contains("would load 176 facts");
	}

	/**
	 * Where the classes of a command's start come from, with the record the launcher
	 * made.
	 */
	private String classSources(Path cache) throws Exception {
		Path archive = archives(cache).get(0);
		String use = archive.toString().endsWith(".aot") ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
		Path out = Files.createTempFile(this.work, "classes", ".txt");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", use + archive, "-Xlog:class+load=info", "-jar",
				cache.resolve("app/annals.jar").toString(), "--version")
			.redirectOutput(out.toFile())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
		return Files.readString(out, StandardCharsets.UTF_8);
	}

	private static List<Path> archives(Path cache) throws IOException {
		try (var files = Files.list(cache)) {
			return files.filter((f) -> f.getFileName().toString().matches("annals\\.(jsa|aot)")).toList();
		}
	}

	private record Run(int status, String out, String err) {
	}

	private Run launch(Path cache, Map<String, String> env) throws Exception {
		Path out = Files.createTempFile(this.work, "out", ".txt");
		Path err = Files.createTempFile(this.work, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(
				java.util.stream.Stream.concat(java.util.stream.Stream.of("ops/annals"), CHECK.stream()).toList())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().put("ANNALS_JAR", Path.of(System.getProperty("annals.test.jar")).toString());
		builder.environment().put("ANNALS_CACHE", cache.toString());
		builder.environment().put("ANNALS_HOME", this.work.resolve("home").toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().remove("ANNALS_DB_URL");
		builder.environment().putAll(env);
		Process process = builder.start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

}
