package org.annals.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.annals.support.Sha256;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The office-edited {@code jobs/} folder: the one on disk when it exists, else the copy
 * packaged in the jar, so that the jar runs from any working directory.
 */
public final class JobsDirectory {

	private final Path folder;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	/**
	 * Creates a view of the jobs folder.
	 * @param folder the folder on disk, used when it exists
	 */
	public JobsDirectory(Path folder) {
		this.folder = folder;
	}

	/**
	 * Where the descriptors are read from, for messages.
	 * @return a description of the location
	 */
	public String location() {
		return onDisk() ? this.folder.toAbsolutePath().normalize().toString() : "classpath:jobs/";
	}

	private boolean onDisk() {
		return Files.isDirectory(this.folder);
	}

	/**
	 * Opens one descriptor.
	 * @param relative its path under {@code jobs/}
	 * @return the stream
	 * @throws IOException when it cannot be read
	 */
	public InputStream open(String relative) throws IOException {
		if (onDisk()) {
			return Files.newInputStream(this.folder.resolve(relative));
		}
		return this.resolver.getResource("classpath:jobs/" + relative).getInputStream();
	}

	/**
	 * Whether a descriptor exists.
	 * @param relative its path under {@code jobs/}
	 * @return true when it exists
	 */
	public boolean exists(String relative) {
		if (onDisk()) {
			return Files.exists(this.folder.resolve(relative));
		}
		return this.resolver.getResource("classpath:jobs/" + relative).exists();
	}

	/**
	 * A digest of some descriptors' bytes, names included: it changes when any of them
	 * does.
	 * @param relatives their paths under {@code jobs/}, in a fixed order
	 * @return the SHA-256, in hex
	 */
	public String digest(List<String> relatives) {
		MessageDigest digest = Sha256.newDigest();
		for (String relative : relatives) {
			digest.update(relative.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			try (InputStream in = open(relative)) {
				digest.update(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			digest.update((byte) 0);
		}
		return Sha256.hex(digest);
	}

	/**
	 * The descriptors in a sub-folder whose names end with a suffix, sorted by name.
	 * @param subfolder the sub-folder, e.g. {@code templates}
	 * @param suffix e.g. {@code .yml}
	 * @return relative paths under {@code jobs/}
	 */
	public List<String> list(String subfolder, String suffix) {
		try {
			List<String> names = new ArrayList<>();
			if (onDisk()) {
				Path dir = this.folder.resolve(subfolder);
				if (Files.isDirectory(dir)) {
					try (var stream = Files.list(dir)) {
						stream.map((p) -> p.getFileName().toString())
							.filter((n) -> n.endsWith(suffix))
							.forEach(names::add);
					}
				}
			}
			else {
				Resource[] found = this.resolver.getResources("classpath*:jobs/" + subfolder + "/*" + suffix);
				Arrays.stream(found).map(Resource::getFilename).forEach(names::add);
			}
			names.sort(Comparator.naturalOrder());
			return names.stream().map((n) -> subfolder + "/" + n).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
