package org.annals.support;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a feature hands over the files of a year for a snapshot: each a path under the
 * bag's {@code data/} and how to write its bytes. The archive collects them; the features
 * say what they are.
 */
@FunctionalInterface
public interface ExportedFiles {

	/**
	 * Adds a file.
	 * @param path its path under {@code data/}, with {@code /}
	 * @param content writes its content
	 */
	void add(String path, Content content);

	/**
	 * Writes a file's content.
	 */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

}
