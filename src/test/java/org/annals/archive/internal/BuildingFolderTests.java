package org.annals.archive.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.annals.support.DurableFiles;
import org.annals.support.JobOwnerListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 6: a snapshot's building folder is removed only by the process that owns
 * it, or once that owner is provably gone: dead on this host, its process id now another
 * process's, or this very process no longer running that build. Real processes play the
 * owners.
 */
class BuildingFolderTests {

	@TempDir
	Path archive;

	private Process live;

	@AfterEach
	void stopLive() {
		if (this.live != null) {
			this.live.destroyForcibly();
		}
	}

	private Path building(String name, BuildingOwner owner) throws IOException {
		Path folder = Files.createDirectories(this.archive.resolve(BuildingFolder.PREFIX + name));
		Files.writeString(folder.resolve("bagit.txt"), "BagIt-Version: 1.0\n");
		if (owner != null) {
			Files.writeString(this.archive.resolve(folder.getFileName() + BuildingFolder.OWNER), owner.text());
		}
		return folder;
	}

	private static long start(ProcessHandle process) {
		return process.info().startInstant().map(Instant::toEpochMilli).orElseThrow();
	}

	private static BuildingOwner here(long pid, long started) {
		return new BuildingOwner(JobOwnerListener.hostName(), pid, started, "b-" + pid);
	}

	private ProcessHandle live() throws IOException {
		this.live = new ProcessBuilder("sleep", "600").start();
		return this.live.toHandle();
	}

	private static long deadPid() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	private List<String> left() throws IOException {
		try (Stream<Path> entries = Files.list(this.archive)) {
			return entries.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aFolderOfAProcessThatIsGoneFromThisHostIsRemovedWithItsOwnerFile() throws Exception {
		building("2031-dead-1", here(deadPid(), 1L));
		BuildingFolder.removeAbandoned(this.archive);
		assertThat(left()).isEmpty();
	}

	@Test
	void aFolderOfALiveProcessIsLeftAlone() throws Exception {
		ProcessHandle process = live();
		building("2031-live-1", here(process.pid(), start(process)));
		BuildingFolder.removeAbandoned(this.archive);
		assertThat(left()).containsExactly(".building-2031-live-1", ".building-2031-live-1.owner");
	}

	@Test
	void aFolderWhoseProcessIdNowBelongsToAProcessStartedAtAnotherTimeIsRemoved() throws Exception {
		ProcessHandle process = live();
		building("2031-reused-1", here(process.pid(), start(process) - 60_000));
		BuildingFolder.removeAbandoned(this.archive);
		assertThat(left()).isEmpty();
	}

	@Test
	void aFolderOfAnotherHostIsLeftAloneForItsProcessCannotBeLookedUp() throws Exception {
		building("2031-elsewhere-1", new BuildingOwner("another-node.example", deadPid(), 1L, "b"));
		BuildingFolder.removeAbandoned(this.archive);
		assertThat(left()).containsExactly(".building-2031-elsewhere-1", ".building-2031-elsewhere-1.owner");
	}

	@Test
	void aFolderThatNamesNoOwnerIsLeftAlone() throws Exception {
		building("2031-older-1", null);
		Files.writeString(this.archive.resolve(".building-2031-torn-1.owner"), "host=");
		BuildingFolder.removeAbandoned(this.archive);
		assertThat(left()).containsExactly(".building-2031-older-1", ".building-2031-torn-1.owner");
	}

	@Test
	void aFolderOfThisProcessStaysWhileItsBuildRunsAndGoesOnceNoBuildOwnsIt() throws Exception {
		BuildingFolder running = BuildingFolder.start(this.archive, "2031-mine", new DurableFiles());
		building("2031-mine-left", here(ProcessHandle.current().pid(), start(ProcessHandle.current())));
		BuildingFolder.removeAbandoned(this.archive);
		assertThat(running.folder()).isDirectory();
		assertThat(left()).hasSize(2)
			.allMatch((name) -> name.startsWith(".building-2031-mine-"))
			.noneMatch((name) -> name.startsWith(".building-2031-mine-left"));
		running.abandon();
		assertThat(left()).isEmpty();
	}

}
