package org.annals.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Warns when a command is about to create a new, empty embedded database while another
 * data folder nearby holds one: {@code ./data} empty while {@code ../data} or
 * {@code $HOME/.annals} has the office's data, e.g. after {@code cd}-ing one folder too
 * deep or forgetting {@code ANNALS_HOME}. Only the embedded default is looked at (a
 * configured database is the operator's choice), and only before its first use.
 */
public final class OtherHomes {

	private OtherHomes() {
	}

	/**
	 * The data folders nearby that hold an embedded database, when the given one holds
	 * none.
	 * @param home the data folder the command will use
	 * @param workingFolder the working folder
	 * @param userHome the user's home folder, or null
	 * @return the folders, nearest first (the data folder's namesake one level up, then
	 * the working folder's and its parent's {@code data}, then {@code $HOME/.annals});
	 * empty when the data folder has a database
	 */
	static List<Path> withData(Path home, Path workingFolder, String userHome) {
		Path own = home.toAbsolutePath().normalize();
		List<Path> found = new ArrayList<>();
		if (hasDatabase(own)) {
			return found;
		}
		List<Path> candidates = new ArrayList<>();
		if (own.getParent() != null && own.getParent().getParent() != null) {
			candidates.add(own.getParent().getParent().resolve(own.getFileName()));
		}
		candidates.add(workingFolder.resolve("data"));
		if (workingFolder.toAbsolutePath().getParent() != null) {
			candidates.add(workingFolder.toAbsolutePath().getParent().resolve("data"));
		}
		if (userHome != null && !userHome.isBlank()) {
			candidates.add(Path.of(userHome, ".annals"));
		}
		for (Path candidate : candidates) {
			Path normal = candidate.toAbsolutePath().normalize();
			if (!normal.equals(own) && !found.contains(normal) && hasDatabase(normal)) {
				found.add(normal);
			}
		}
		return found;
	}

	/**
	 * Prints the warning, when there is one to give.
	 * @param home the data folder the command will use
	 * @param lang the language asked for
	 * @param err where the warning goes
	 */
	public static void warn(Path home, String lang, PrintWriter err) {
		List<Path> others = withData(home, Path.of(""), System.getProperty("user.home"));
		if (others.isEmpty()) {
			return;
		}
		Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.ROOT;
		ResourceBundle messages = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		err.println(new MessageFormat(messages.getString("cli.home.empty"), locale)
			.format(new Object[] { home.toAbsolutePath().normalize().toString(), others.get(0).toString() }));
	}

	private static boolean hasDatabase(Path home) {
		return Files.isRegularFile(home.resolve("db").resolve("annals.mv.db"));
	}

}
