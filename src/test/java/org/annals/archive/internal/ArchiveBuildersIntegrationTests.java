package org.annals.archive.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.annals.PostgresTestSupport;
import org.annals.archive.ArchiveService;
import org.annals.archive.Snapshot;
import org.annals.support.JobOwnerListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Issue 19 point 6: a snapshot's building folder belongs to the process building it.
 * Before the fix every create removed every building folder it found, so a second
 * snapshot made while a first was being built tore the first one's folder away.
 */
class ArchiveBuildersIntegrationTests extends PostgresTestSupport {

	@Autowired
	ArchiveService archive;

	private Process live;

	@BeforeEach
	@AfterEach
	void emptyArchive() throws IOException {
		if (this.live != null) {
			this.live.destroyForcibly();
		}
		Path folder = home().resolve("archive");
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					file.toFile().setWritable(true);
					Files.delete(file);
				}
			}
		}
	}

	private List<String> left() throws IOException {
		try (Stream<Path> entries = Files.list(home().resolve("archive"))) {
			return entries.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void twoSnapshotsMadeAtOnceAreBothWhole() throws Exception {
		CountDownLatch firstWriting = new CountDownLatch(1);
		CountDownLatch secondDone = new CountDownLatch(1);
		CompletableFuture<Snapshot> first = CompletableFuture
			.supplyAsync(() -> this.archive.create(2031, "first", null, (file) -> {
				firstWriting.countDown();
				await(secondDone);
			}));
		assertThat(firstWriting.await(60, TimeUnit.SECONDS)).isTrue();
		Snapshot second = this.archive.create(2031, "second", null, (file) -> {
		});
		secondDone.countDown();
		Snapshot made = first.get(60, TimeUnit.SECONDS);
		assertThat(this.archive.verify(String.valueOf(made.id())).errors()).isEmpty();
		assertThat(this.archive.verify(String.valueOf(second.id())).errors()).isEmpty();
		assertThat(left()).containsExactly("2031-first", "2031-second");
	}

	@Test
	void aHalfBagOfADeadBuilderIsRemovedAndOneOfALiveBuilderIsNot() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		building("2031-dead-1", gone.pid(), 1L);
		this.live = new ProcessBuilder("sleep", "600").start();
		building("2031-live-1", this.live.pid(),
				this.live.toHandle().info().startInstant().map(Instant::toEpochMilli).orElseThrow());
		this.archive.create(2031, "next", null, (file) -> {
		});
		assertThat(left()).containsExactly(".building-2031-live-1", ".building-2031-live-1.owner", "2031-next");
	}

	@Test
	void aBuildThatFailsIsRemovedByItsOwnerAndLeavesNothing() throws Exception {
		assertThat(this.archive.list()).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> this.archive.create(2031, "fails", null, (file) -> {
			throw new IllegalStateException("the disk is full");
		})).withMessage("the disk is full");
		assertThat(left()).isEmpty();
		assertThat(this.archive.list()).isEmpty();
	}

	private void building(String name, long pid, long started) throws IOException {
		Path archive = Files.createDirectories(home().resolve("archive"));
		Path folder = Files.createDirectories(archive.resolve(".building-" + name + "/data"));
		Files.writeString(folder.resolve("half.csv"), "a,b\n");
		Files.writeString(archive.resolve(".building-" + name + ".owner"),
				new BuildingOwner(JobOwnerListener.hostName(), pid, started, "a build of " + pid).text());
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
