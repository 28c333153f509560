package org.annals.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Copies of {@code jobs/} that a test breaks on purpose, and the assertion that Annals
 * refuses them naming the file.
 */
final class JobsCopies {

	private static final Path JOBS = Path.of("jobs");

	private JobsCopies() {
	}

	static Path copy(Path temp) throws IOException {
		Path target = temp.resolve("jobs");
		try (Stream<Path> files = Files.walk(JOBS)) {
			for (Path source : files.toList()) {
				Path copy = target.resolve(JOBS.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(source, copy);
				}
			}
		}
		return target;
	}

	static void replaceFirst(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int at = text.indexOf(from);
		assertThat(at).as("%s holds %s", file.getFileName(), from).isNotNegative();
		Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()),
				StandardCharsets.UTF_8);
	}

	static void assertRejected(Path jobs, String file, String... mentions) {
		assertThatExceptionOfType(InvalidDescriptorException.class)
			.isThrownBy(() -> ReferenceData.load(new JobsDirectory(jobs)))
			.withMessageStartingWith(file + ": ")
			.satisfies((ex) -> {
				for (String mention : mentions) {
					assertThat(ex.getMessage()).contains(mention);
				}
			});
	}

}
