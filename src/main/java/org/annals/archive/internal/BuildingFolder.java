package org.annals.archive.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.annals.support.DurableFiles;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A bag being built: a folder beside the bags whose name starts with {@code .building-},
 * and beside it, made first, an owner file ({@code .building-….owner}) naming the process
 * that builds it. Only that process removes the folder (when its build fails), or any
 * process once the owner is provably gone (see {@link BuildingOwner#gone()}); a folder of
 * a live process, of another host or of no known owner is left alone.
 */
public final class BuildingFolder {

	/** A building folder's name starts with this. */
	static final String PREFIX = ".building-";

	/** The owner file's name is the folder's and this. */
	static final String OWNER = ".owner";

	private static final Log logger = LogFactory.getLog(BuildingFolder.class);

	/**
	 * The builds this process is running: a folder of this process outside it is left
	 * over.
	 */
	private static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();

	private final Path folder;

	private final Path ownerFile;

	private final String build;

	private BuildingFolder(Path folder, Path ownerFile, String build) {
		this.folder = folder;
		this.ownerFile = ownerFile;
		this.build = build;
	}

	/**
	 * Starts a build: the owner file (on disk, so a crash never leaves a folder without
	 * one), then the folder.
	 * @param parent where the bags are
	 * @param name the bag's name
	 * @param durable forces the owner file to disk
	 * @return the build
	 */
	static BuildingFolder start(Path parent, String name, DurableFiles durable) throws IOException {
		String build = UUID.randomUUID().toString();
		RUNNING.add(build);
		Path ownerFile = Files.createTempFile(parent, PREFIX + name + "-", OWNER);
		Files.writeString(ownerFile, BuildingOwner.current(build).text(), StandardCharsets.UTF_8);
		durable.file(ownerFile);
		String folderName = ownerFile.getFileName().toString();
		Path folder = Files
			.createDirectory(parent.resolve(folderName.substring(0, folderName.length() - OWNER.length())));
		return new BuildingFolder(folder, ownerFile, build);
	}

	Path folder() {
		return this.folder;
	}

	/** The build is over (its folder renamed into place, or removed). */
	void finish() throws IOException {
		Files.deleteIfExists(this.ownerFile);
		RUNNING.remove(this.build);
	}

	/** The build failed: its owner removes what it made. */
	void abandon() throws IOException {
		delete(this.folder);
		finish();
	}

	/**
	 * Whether this process runs a build.
	 * @param build the build
	 * @return true while it runs here
	 */
	static boolean running(String build) {
		return RUNNING.contains(build);
	}

	/**
	 * Removes the building folders, and owner files, whose owner is provably gone.
	 * @param parent where the bags are
	 */
	public static void removeAbandoned(Path parent) throws IOException {
		if (!Files.isDirectory(parent)) {
			return;
		}
		List<Path> building;
		try (Stream<Path> entries = Files.list(parent)) {
			building = entries.filter((p) -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
		}
		for (Path path : building) {
			String name = path.getFileName().toString();
			if (name.endsWith(OWNER)) {
				Path folder = parent.resolve(name.substring(0, name.length() - OWNER.length()));
				BuildingOwner owner = BuildingOwner.read(path);
				if (owner != null && owner.gone()) {
					logger.warn("Removing a half-made bag whose builder (" + owner + ") is gone: " + folder);
					delete(folder);
					Files.deleteIfExists(path);
				}
				else if (Files.isDirectory(folder)) {
					logger.info("Leaving " + folder + " alone: its builder (" + owner + ") may still be at work");
				}
			}
			else if (Files.isDirectory(path) && !Files.exists(parent.resolve(name + OWNER))) {
				logger.warn("Leaving " + path + " alone: it names no owner (made by an older version?); "
						+ "remove it by hand once no snapshot is being made");
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
