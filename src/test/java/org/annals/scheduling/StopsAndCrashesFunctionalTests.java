package org.annals.scheduling;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.AnnalsProcess;
import org.annals.LongTables;
import org.annals.PostgresTestSupport;
import org.annals.ReadingPause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 9, RELIABILITY #23 and #2, with the built jar: an ingest of a file of
 * many chunks is cut three times, and each time the next run resumes it from its last
 * committed chunk.
 * <ol>
 * <li>{@code annals nightly} gets SIGTERM (what {@code systemctl stop} sends) while it
 * reads: the execution ends {@code STOPPED} at its next chunk, not FAILED, not left
 * STARTED.</li>
 * <li>{@code annals ingest} resumes it and is killed ({@code kill -9}): its execution is
 * left STARTED, with no end time.</li>
 * <li>{@code annals serve} starts and, before anything is launched, marks that orphan
 * FAILED with an end time; a run started over the API resumes it, and SIGTERM to the
 * server ends that one STOPPED.</li>
 * <li>{@code annals ingest} resumes it to its end: exactly the facts of the file, none
 * lost, none doubled.</li>
 * </ol>
 * Each cut is made while a {@link ReadingPause} holds the run inside a chunk, so that the
 * job is certainly mid-file.
 */
class StopsAndCrashesFunctionalTests {

	private static final long ROWS = 30_000;

	private static final String CHUNK = "--annals.ingest.chunk-size=500";

	@TempDir
	Path work;

	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() throws Exception {
		this.jdbc = PostgresTestSupport.connect();
		PostgresTestSupport.emptyIfMigrated(this.jdbc);
	}

	@Test
	void jobsCutBySigtermEndStoppedOrphansAreFailedAtStartAndEveryRunResumesToExactTotals() throws Exception {
		Path home = this.work.resolve("home");
		String inbox = home.resolve("inbox").toAbsolutePath().normalize().toString();
		long rows = LongTables.write(Path.of(inbox, "省统计局", "历年县级指标.csv"), ROWS);
		AnnalsProcess annals = AnnalsProcess.on(home, PostgresTestSupport.DB_URL);

		Process nightly = annals.node("nightly").start("nightly", "--inbox", inbox, CHUNK);
		long first = waitUntilReading(nightly, 0);
		terminateWhileHeld(nightly, first);
		assertThat(status(first)).as("SIGTERM to annals nightly").isEqualTo("STOPPED");
		assertThat(this.jdbc.queryForList("select status from batch_step_execution where job_execution_id = ? "
				+ "and step_name like 'readSubmissionStep:%'", String.class, first))
			.containsExactly("STOPPED");

		Process ingest = annals.node("ingest").start("ingest", "--inbox", inbox, CHUNK);
		long second = waitUntilReading(ingest, first);
		try (ReadingPause pause = ReadingPause.hold()) {
			ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(status(second)).as("kill -9 leaves it claiming to run").isEqualTo("STARTED");

		int port = freePort();
		Process serve = annals.node("serve")
			.start("serve", "--server.port=" + port, "--annals.admin-password=stop-secret", CHUNK);
		try {
			FailoverFunctionalTests.waitFor(this.jdbc,
					"select status from batch_job_execution where job_execution_id = " + second
							+ " and status = 'FAILED' and end_time is not null",
					120);
			long third = startIngest(port);
			assertThat(waitUntilReading(serve, second)).isEqualTo(third);
			terminateWhileHeld(serve, third);
			assertThat(status(third)).as("SIGTERM to annals serve").isEqualTo("STOPPED");
		}
		finally {
			serve.destroyForcibly();
		}

		AnnalsProcess.Result last = annals.node("last").run("ingest", "--inbox", inbox, CHUNK);

		assertThat(last.exitCode()).as(last.out() + last.err()).isZero();
		assertThat(this.jdbc.queryForList("select status from batch_job_execution e join batch_job_instance i "
				+ "on i.job_instance_id = e.job_instance_id where i.job_name = 'ingestStatisticsJob' "
				+ "order by job_execution_id", String.class))
			.containsExactly("STOPPED", "FAILED", "STOPPED", "COMPLETED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact", Long.class)).isEqualTo(rows);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct (region_code, indicator_code, fact_year)) from ingest_fact where state = 'current'",
				Long.class))
			.isEqualTo(rows);
		assertThat(this.jdbc.queryForObject("select sum(fact_value) from ingest_fact", BigDecimal.class))
			.isEqualByComparingTo(LongTables.sum(rows));
		List<Long> reads = this.jdbc.queryForList("select read_count from batch_step_execution "
				+ "where step_name like 'readSubmissionStep:%' order by step_execution_id", Long.class);
		assertThat(reads).as("each run read only what the one before had not committed")
			.hasSize(4)
			.allSatisfy((read) -> assertThat(read).isLessThan(rows));
		assertThat(reads.stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(rows);
	}

	/**
	 * Sends SIGTERM while the run is held inside a chunk, lets the chunk go on once the
	 * stop is recorded, and waits for the process to end.
	 */
	private void terminateWhileHeld(Process process, long execution) throws Exception {
		try (ReadingPause pause = ReadingPause.hold()) {
			pause.releaseWhen(() -> "STOPPED".equals(status(execution)), 60);
			process.destroy();
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the process ends after SIGTERM").isTrue();
		}
	}

	private String status(long execution) {
		return this.jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?",
				String.class, execution);
	}

	/** A run after the given execution, once it reads its file and committed chunks. */
	private long waitUntilReading(Process process, long after) throws Exception {
		long deadline = System.currentTimeMillis() + 180_000;
		while (process.isAlive() && System.currentTimeMillis() < deadline) {
			List<Long> ids = List.of();
			try {
				ids = this.jdbc.queryForList("select job_execution_id from batch_step_execution where step_name like "
						+ "'readSubmissionStep:%' and status = 'STARTED' and write_count >= 2000 "
						+ "and job_execution_id > ?", Long.class, after);
			}
			catch (org.springframework.dao.DataAccessException ex) {
				// not migrated yet
			}
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("no run got to reading its file (alive: " + process.isAlive() + ")");
	}

	/** Starts an ingest over the API and answers its first execution's id. */
	private static long startIngest(int port) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI health = URI.create("http://localhost:" + port + "/actuator/health");
		long deadline = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < deadline) {
			try {
				if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					break;
				}
			}
			catch (java.io.IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		HttpResponse<String> started = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/jobs/ingest/runs"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:stop-secret".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return Long.parseLong(started.body().replaceAll(".*\"execution\":(\\d+).*", "$1"));
	}

	static int freePort() throws java.io.IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
