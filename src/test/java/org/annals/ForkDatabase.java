package org.annals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database of one of the integration tests' forked JVMs. Failsafe runs the test
 * classes in two JVMs at once (most functional tests spend their time waiting on a
 * schedule or a process, not on the processor); the tests of one JVM empty and fill their
 * database as if they had it alone, so the second JVM gets a database of its own,
 * {@code NAME_fork2} beside {@code NAME}, made afresh when the JVM starts (as .ci/run
 * makes the first one afresh).
 */
final class ForkDatabase {

	private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");

	private ForkDatabase() {
	}

	/**
	 * The URL of a fork's database, made afresh for forks after the first.
	 * @param url the test database's URL
	 * @param fork the fork, {@code forkN} with N from 1 (or N alone)
	 * @return the URL
	 */
	static String of(String url, String fork) {
		int number = Integer.parseInt(fork.replaceFirst("^fork", ""));
		if (number == 1) {
			return url;
		}
		Matcher matcher = DATABASE.matcher(url);
		if (!matcher.matches()) {
			throw new IllegalStateException("annals.test.db.url is not a PostgreSQL URL with a database: " + url);
		}
		String name = matcher.group(2) + "_fork" + number;
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot make the fork's test database " + name + ": " + ex.getMessage(),
					ex);
		}
		return matcher.group(1) + name + matcher.group(3);
	}

}
