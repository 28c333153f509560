package org.annals.archive.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.annals.archive.BagFindings;

/**
 * What is really under {@code data/}: every file, found without following symbolic links.
 * A link is used only when it leads to a regular file inside the bag.
 */
public final class BagPayloadFiles {

	/**
	 * The payload on disk.
	 *
	 * @param files the file to read for each relative path ({@code data/…}), sorted
	 * @param refused paths already reported as unusable (links out of the bag, devices)
	 */
	public record Scan(Map<String, Path> files, Set<String> refused) {
	}

	private BagPayloadFiles() {
	}

	public static Scan scan(BagFiles files, BagFindings findings) throws IOException {
		Scan scan = new Scan(new TreeMap<>(), new TreeSet<>());
		Path data = files.root().resolve("data");
		if (!Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
			findings.error("data/", "the payload directory is missing (a symbolic link to one is not followed)");
			return scan;
		}
		Files.walkFileTree(data, new Visitor(files, findings, scan));
		return scan;
	}

	/**
	 * Records each file; never descends through a link, since walkFileTree is not told
	 * to.
	 */
	private static final class Visitor extends SimpleFileVisitor<Path> {

		private final BagFiles files;

		private final BagFindings findings;

		private final Scan scan;

		Visitor(BagFiles files, BagFindings findings, Scan scan) {
			this.files = files;
			this.findings = findings;
			this.scan = scan;
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
			String relative = this.files.relative(file);
			if (attributes.isRegularFile()) {
				this.scan.files().put(relative, file);
			}
			else if (attributes.isSymbolicLink()) {
				link(relative);
			}
			else {
				refuse(relative, "is not a regular file (a device, socket or pipe)");
			}
			return FileVisitResult.CONTINUE;
		}

		private void link(String relative) {
			BagFiles.Found found = this.files.locate(relative);
			if (found.path() != null) {
				this.scan.files().put(relative, found.path());
				this.findings.warn(relative,
						"is a symbolic link to " + this.files.relative(found.path()) + "; verified through it");
			}
			else {
				refuse(relative, "is a symbolic link that does not lead to a file inside the bag; not followed");
			}
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException ex) {
			refuse(this.files.relative(file), "cannot be read: " + ex);
			return FileVisitResult.CONTINUE;
		}

		private void refuse(String relative, String why) {
			this.scan.refused().add(relative);
			this.findings.error(relative, why);
		}

	}

}
