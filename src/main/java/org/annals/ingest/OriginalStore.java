package org.annals.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

import org.annals.support.DurableFiles;
import org.annals.support.Sha256;

/**
 * The store of originals: every file a department sent, kept byte for byte under its
 * SHA-256 ({@code originals/ab/cd/abcd…}), written before anything else happens to it and
 * never changed after. A name a department chose is never part of a path here. An
 * original is on disk, with every folder that leads to it, before {@link #store} returns,
 * so before the database records it as received.
 */
public final class OriginalStore {

	private final Path root;

	private final DurableFiles durable;

	/**
	 * Creates the store.
	 * @param root its folder, created when missing
	 * @param durable forces what is stored to disk
	 */
	public OriginalStore(Path root, DurableFiles durable) {
		this.root = root;
		this.durable = durable;
	}

	/**
	 * A stored original.
	 *
	 * @param sha256 its SHA-256
	 * @param size its size in bytes
	 * @param path where it is kept
	 */
	public record Stored(String sha256, long size, Path path) {
	}

	/**
	 * Stores a copy of a file, hashing it on the way; the same bytes are stored once.
	 * @param source the file
	 * @return the stored original
	 * @throws IOException when it cannot be read or written
	 */
	public Stored store(Path source) throws IOException {
		try (InputStream in = Files.newInputStream(source)) {
			return store(in);
		}
	}

	/**
	 * Stores the bytes of a stream, hashing them on the way.
	 * @param in the stream
	 * @return the stored original
	 * @throws IOException when it cannot be read or written
	 */
	public Stored store(InputStream in) throws IOException {
		Path incoming = this.durable.createDirectories(this.root.resolve("incoming"));
		Path temp = Files.createTempFile(incoming, "receiving-", ".part");
		try {
			MessageDigest digest = Sha256.newDigest();
			long size;
			try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(
					Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING), 256 * 1024), digest)) {
				size = in.transferTo(out);
			}
			String sha = Sha256.hex(digest);
			Path target = pathOf(sha);
			if (!Files.exists(target)) {
				this.durable.createDirectories(target.getParent());
				moveIntoPlace(temp, target);
				target.toFile().setWritable(false, false);
			}
			else if (Files.isRegularFile(target) && Files.size(target) != size) {
				// a stored copy cut short (a disk fault, a restore gone wrong) is mended
				// by
				// the same bytes sent again: they are the received ones, by their hash
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				target.toFile().setWritable(false, false);
			}
			forceDown(target);
			return new Stored(sha, size, target);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * On disk before it is recorded as received: the original and each folder from the
	 * store's root down to it. Also when the same bytes were stored before, since their
	 * writer (another thread or node) may not have forced them yet.
	 */
	private void forceDown(Path target) throws IOException {
		this.durable.file(target);
		Path folder = target.getParent();
		while (!folder.equals(this.root)) {
			folder = folder.getParent();
			this.durable.directory(folder);
		}
	}

	private static void moveIntoPlace(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			// the same bytes arrived at once from elsewhere: one copy is kept
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target);
		}
	}

	/**
	 * Where the original of a hash is kept.
	 * @param sha256 the hash
	 * @return the path
	 */
	public Path pathOf(String sha256) {
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

}
