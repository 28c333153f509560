package org.annals.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A {@link DurableFiles} that forces for real and records each file and folder forced,
 * with what a probe saw at the moment the force returned (e.g. whether the database row
 * for it was already there), so that a test can check the order of disk and database.
 */
public class RecordingDurableFiles extends DurableFiles {

	/**
	 * One file or folder forced.
	 *
	 * @param path the file or folder, absolute and normal
	 * @param folder whether it is a folder
	 * @param seen what the probe saw just after it was forced
	 */
	public record Forced(Path path, boolean folder, String seen) {
	}

	private final List<Forced> forced = new CopyOnWriteArrayList<>();

	private volatile Function<Path, String> probe = (path) -> "";

	/**
	 * Forgets what was forced and watches with a new probe.
	 * @param probe what to look at after each force
	 */
	public void watch(Function<Path, String> probe) {
		this.probe = probe;
		this.forced.clear();
	}

	/**
	 * What was forced since the last {@link #watch}, in order.
	 * @return the forced files and folders
	 */
	public List<Forced> forced() {
		return List.copyOf(this.forced);
	}

	@Override
	protected void force(Path path) throws IOException {
		super.force(path);
		this.forced.add(new Forced(path.toAbsolutePath().normalize(), Files.isDirectory(path), this.probe.apply(path)));
	}

}
