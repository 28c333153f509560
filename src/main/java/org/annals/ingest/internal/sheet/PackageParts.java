package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Measures, before POI reads them, the parts of an Office package that POI reads whole
 * into a document model (about ten times their size in memory): its content types,
 * relationships and properties, which POI parses as it opens a package, and for a Word
 * document every XML part. Each is unzipped once, counted, and refused over
 * {@link ReadLimits#documentBytes()}; worksheets and shared strings are streamed and need
 * no such check.
 */
final class PackageParts {

	private PackageParts() {
	}

	/**
	 * Measures the parts that opening the package will read whole.
	 * @param file the package
	 * @param budget the file's budget
	 * @param everyXml whether every XML part is read whole (a Word document)
	 * @throws IOException when the file cannot be read
	 * @throws RejectedFileException when a part is too large, or the zip is broken
	 */
	static void measureBeforeOpening(Path file, FileBudget budget, boolean everyXml) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (readWhole(entry.getName(), everyXml)) {
					budget.measure(zip.getInputStream(entry), entry.getName());
				}
			}
		}
		catch (IOException ex) {
			if (Rejections.isContent(ex)) {
				throw Rejections.of(ex);
			}
			throw ex;
		}
	}

	private static boolean readWhole(String name, boolean everyXml) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".rels") || lower.equals("[content_types].xml") || lower.startsWith("docprops/")) {
			return true;
		}
		return everyXml && lower.endsWith(".xml");
	}

}
