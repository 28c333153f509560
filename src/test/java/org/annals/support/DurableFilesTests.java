package org.annals.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Issue 19 point 6: the helper that forces files and folders to disk, on the real file
 * system (Linux {@code fsync} on files and folders), watched in the order it forces.
 */
class DurableFilesTests {

	@TempDir
	Path folder;

	private final RecordingDurableFiles durable = new RecordingDurableFiles();

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "-";
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Path real(Path path) {
		return path.toAbsolutePath().normalize();
	}

	@Test
	void aFileIsForcedAndThenItsFolder() throws IOException {
		Path file = Files.writeString(this.folder.resolve("a.txt"), "a");
		this.durable.file(file);
		assertThat(this.durable.forced()).containsExactly(new RecordingDurableFiles.Forced(real(file), false, ""),
				new RecordingDurableFiles.Forced(real(this.folder), true, ""));
	}

	@Test
	void aMissingFileCannotBeForced() {
		assertThatExceptionOfType(NoSuchFileException.class)
			.isThrownBy(() -> this.durable.file(this.folder.resolve("missing.txt")));
	}

	@Test
	void aReplacedFileIsForcedBeforeItTakesTheNameAndItsFolderAfter() throws IOException {
		Path report = Files.writeString(this.folder.resolve("report.txt"), "old");
		this.durable.watch((path) -> read(report));
		this.durable.replace(report, (out) -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertThat(report).hasContent("new");
		assertThat(this.durable.forced()).satisfiesExactly((temp) -> {
			assertThat(temp.path().getFileName().toString()).startsWith(".writing-");
			assertThat(temp.folder()).isFalse();
			assertThat(temp.seen()).as("the report when the new content was forced").isEqualTo("old");
		}, (dir) -> {
			assertThat(dir.path()).isEqualTo(real(this.folder));
			assertThat(dir.seen()).as("the report when its folder was forced").isEqualTo("new");
		});
		assertThat(names()).containsExactly("report.txt");
	}

	@Test
	void aReplacementThatFailsHalfWayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
		Path report = Files.writeString(this.folder.resolve("report.txt"), "old");
		assertThatIOException().isThrownBy(() -> this.durable.replace(report, (out) -> {
			out.write("ne".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertThat(report).hasContent("old");
		assertThat(names()).containsExactly("report.txt");
	}

	@Test
	void eachFolderCreatedIsForcedInItsParent() throws IOException {
		Path deep = this.folder.resolve("a/b/c");
		this.durable.watch((path) -> String.valueOf(Files.isDirectory(deep)));
		assertThat(this.durable.createDirectories(deep)).isDirectory();
		assertThat(this.durable.forced()).extracting(RecordingDurableFiles.Forced::path)
			.containsExactly(real(this.folder), real(this.folder.resolve("a")), real(this.folder.resolve("a/b")));
		this.durable.watch((path) -> "");
		this.durable.createDirectories(deep);
		assertThat(this.durable.forced()).as("nothing created, nothing forced").isEmpty();
	}

	@Test
	void aTreeIsForcedFileByFileThenFolderByFolderDeepestFirst() throws IOException {
		Path bag = this.folder.resolve("bag");
		Files.createDirectories(bag.resolve("data/tables"));
		Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\n");
		Files.writeString(bag.resolve("data/tables/t.csv"), "a,b\n");
		this.durable.tree(bag);
		assertThat(this.durable.forced()).extracting(RecordingDurableFiles.Forced::path)
			.containsExactly(real(bag.resolve("data/tables/t.csv")), real(bag.resolve("bagit.txt")),
					real(bag.resolve("data/tables")), real(bag.resolve("data")), real(bag));
	}

	private java.util.List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

}
