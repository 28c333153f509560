package org.annals.ingest.intake;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

import org.annals.support.Sha256;

/**
 * The store of originals: every file a department sent, kept byte for byte under its
 * SHA-256 ({@code originals/ab/cd/abcd…}), written before anything else happens to it and
 * never changed after. A name a department chose is never part of a path here.
 */
public final class OriginalStore {

	private final Path root;

	/**
	 * Creates the store.
	 * @param root its folder, created when missing
	 */
	public OriginalStore(Path root) {
		this.root = root;
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
		Path incoming = Files.createDirectories(this.root.resolve("incoming"));
		Path temp = Files.createTempFile(incoming, "receiving-", ".part");
		try {
			MessageDigest digest = Sha256.newDigest();
			long size;
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = new DigestOutputStream(
							new BufferedOutputStream(Channels.newOutputStream(channel), 256 * 1024), digest)) {
				size = in.transferTo(out);
				out.flush();
				// on disk before it is recorded as received: nothing a department sent is
				// lost
				channel.force(true);
			}
			String sha = Sha256.hex(digest);
			Path target = pathOf(sha);
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				moveIntoPlace(temp, target);
				target.toFile().setWritable(false, false);
			}
			return new Stored(sha, size, target);
		}
		finally {
			Files.deleteIfExists(temp);
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
