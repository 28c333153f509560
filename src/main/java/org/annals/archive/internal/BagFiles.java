package org.annals.archive.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * The files of one bag, reached only inside it: a name is resolved against the base
 * directory and its real path must stay there, so a symbolic link leading elsewhere is
 * refused rather than followed.
 */
public final class BagFiles {

	/**
	 * Where a relative name leads.
	 *
	 * @param path the real path of a regular file inside the bag, or null
	 * @param refusal why the name cannot be used, or null (both null: nothing there)
	 */
	record Found(Path path, String refusal) {

		boolean missing() {
			return this.path == null && this.refusal == null;
		}

	}

	private final Path root;

	private final Path realRoot;

	public BagFiles(Path root) throws IOException {
		this.root = root;
		this.realRoot = root.toRealPath();
	}

	Path root() {
		return this.root;
	}

	Found locate(String relative) {
		Path path;
		try {
			path = this.root.resolve(relative);
		}
		catch (InvalidPathException ex) {
			// a name the JVM cannot encode: only happens when the locale is not UTF-8
			return new Found(null, "cannot be a file name in this JVM (sun.jnu.encoding="
					+ System.getProperty("sun.jnu.encoding") + "): " + ex.getReason());
		}
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return new Found(null, null);
		}
		Path real;
		try {
			real = path.toRealPath();
		}
		catch (IOException ex) {
			return new Found(null, "is a symbolic link to nothing; not followed");
		}
		if (!real.startsWith(this.realRoot)) {
			return new Found(null, "is a symbolic link that leads outside the bag; not followed");
		}
		return regularFile(real);
	}

	private static Found regularFile(Path real) {
		if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
			return new Found(null, "is a directory; manifests list files only");
		}
		if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
			return new Found(null, "is not a regular file");
		}
		return new Found(real, null);
	}

	boolean isDirectory(String relative) {
		try {
			return Files.isDirectory(this.root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
		}
		catch (InvalidPathException ex) {
			return false;
		}
	}

	/** A path inside the bag as manifests write it: relative, with {@code /}. */
	String relative(Path path) {
		Path base = path.startsWith(this.realRoot) ? this.realRoot : this.root;
		StringJoiner joined = new StringJoiner("/");
		base.relativize(path).forEach((name) -> joined.add(name.toString()));
		return joined.toString();
	}

}
