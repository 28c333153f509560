package org.annals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Builds inboxes for tests: copies of sample-input, and small files dropped by a named
 * department.
 */
public final class TestInboxes {

	private TestInboxes() {
	}

	/**
	 * A copy of {@code sample-input/}, with times set in the past so the files are
	 * settled.
	 * @param target the new inbox
	 * @return the inbox
	 * @throws IOException when it cannot be copied
	 */
	public static Path copyOfSampleInput(Path target) throws IOException {
		Path source = Path.of("sample-input");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
					settle(to);
				}
			}
		}
		return target;
	}

	/**
	 * Drops a UTF-8 CSV file into a department's folder.
	 * @param inbox the inbox
	 * @param department the department folder
	 * @param name the file name
	 * @param lines the lines
	 * @return the file
	 * @throws IOException when it cannot be written
	 */
	public static Path drop(Path inbox, String department, String name, String... lines) throws IOException {
		Path file = inbox.resolve(department).resolve(name);
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
		}
		settle(file);
		return file;
	}

	/**
	 * Sets a file's time a minute into the past, so the inbox scanner takes it as
	 * settled.
	 * @param file the file
	 * @throws IOException when it cannot be changed
	 */
	public static void settle(Path file) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
	}

}
