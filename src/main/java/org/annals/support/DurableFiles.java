package org.annals.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Forces files, and the folders that name them, to disk ({@code fsync}) before the
 * database records that they exist. A file's content on disk is not enough: a file just
 * created or renamed survives a power cut only once its folder's entry for it is on disk
 * too, and a new folder only once its parent's entry is. Everything that writes an
 * original, a report or a snapshot goes through here, so a test can watch the order.
 */
@Component
public class DurableFiles {

	/** Windows cannot open a folder as a file; NTFS journals its entries itself. */
	private static final boolean FOLDERS_CAN_BE_FORCED = File.separatorChar == '/';

	/**
	 * Writes the content of a file.
	 */
	@FunctionalInterface
	public interface Content {

		/**
		 * Writes the content.
		 * @param out where to write
		 * @throws IOException when it cannot be written
		 */
		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Forces a file's content and its folder's entry for it.
	 * @param file the file
	 * @throws IOException when it cannot be forced
	 */
	public void file(Path file) throws IOException {
		force(file);
		directory(file.toAbsolutePath().getParent());
	}

	/**
	 * Forces a folder's entries: the names created, renamed or removed in it.
	 * @param folder the folder
	 * @throws IOException when it cannot be forced
	 */
	public void directory(Path folder) throws IOException {
		if (FOLDERS_CAN_BE_FORCED) {
			force(folder);
		}
	}

	/**
	 * Creates a folder and its missing parents, forcing the parent of each one created.
	 * @param folder the folder
	 * @return the folder
	 * @throws IOException when it cannot be created or forced
	 */
	public Path createDirectories(Path folder) throws IOException {
		Deque<Path> missing = new ArrayDeque<>();
		for (Path p = folder.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
			missing.push(p);
		}
		Files.createDirectories(folder);
		for (Path created : missing) {
			directory(created.getParent());
		}
		return folder;
	}

	/**
	 * Forces every file under a folder, then every folder, deepest first.
	 * @param root the folder
	 * @throws IOException when one cannot be forced
	 */
	public void tree(Path root) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			if (Files.isRegularFile(path)) {
				force(path);
			}
		}
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				directory(path);
			}
		}
	}

	/**
	 * Writes a file whole or not at all: into a temporary file beside it, forced, then
	 * renamed over it, then its folder forced. A crash leaves the old file or the new
	 * one, never half of one (at worst a temporary file beginning with
	 * {@code .writing-}).
	 * @param target the file
	 * @param content its content
	 * @throws IOException when it cannot be written
	 */
	public void replace(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(folder, ".writing-", ".part");
		try {
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING)) {
				content.writeTo(out);
			}
			force(temp);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			directory(folder);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Forces one file or folder: {@code fsync(2)} on Linux.
	 * @param path the file or folder
	 * @throws IOException when it cannot be opened or forced
	 */
	protected void force(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

}
