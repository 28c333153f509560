package org.annals.ingest.internal.sheet;

import java.nio.file.Path;

/**
 * Reads files as ingest reads them, in a JVM of its own, so that a test can hold it to a
 * heap and see it outlive a file: prints {@code READ <cells>} or {@code REJECTED <code>}
 * for each file named, in order.
 */
public final class ReadFiles {

	private ReadFiles() {
	}

	/**
	 * Reads each file.
	 * @param args the files
	 */
	public static void main(String[] args) {
		for (String name : args) {
			System.out.println(FuzzTargets.outcome(Path.of(name), ReadLimits.DEFAULTS));
		}
	}

}
