package org.annals.bench.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files named on the command line, a folder standing for the files under it. */
final class Inputs {

	private Inputs() {
	}

	static List<Path> of(String[] args, String extension) {
		List<Path> files = new ArrayList<>();
		for (String arg : args) {
			Path path = Path.of(arg);
			if (!Files.isDirectory(path)) {
				files.add(path);
				continue;
			}
			try (Stream<Path> tree = Files.walk(path)) {
				tree.filter((p) -> p.getFileName().toString().endsWith(extension)).sorted().forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

}
