package org.annals.ingest.internal.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every reader target of {@link SheetReaderFuzzTests} in every build, for a few
 * seconds each (RELIABILITY #33): a fixed number of inputs mutated from a fixed seed, the
 * fixtures and sample inputs as the corpus, so that a failure is the same on every
 * machine. An input that fails is written under {@code target/fuzz-failures/} and named
 * in the failure: keep it under {@code SheetReaderFuzzTestsInputs/<target>/} with the
 * fix.
 */
class SheetReaderMutationTests {

	/** The seed; {@code -Dannals.fuzz.seed=N} tries others. */
	private static final long SEED = Long.getLong("annals.fuzz.seed", 20261207);

	/** {@code -Dannals.fuzz.scale=N} mutates N times as many inputs, for a longer run. */
	private static final int SCALE = Integer.getInteger("annals.fuzz.scale", 1);

	@Test
	void xlsxFilesAreReadOrCleanlyRejected() {
		fuzz("xlsx", files(".xlsx"), 500, (bytes) -> FuzzTargets.readFile(bytes, "fuzz.xlsx"));
	}

	@Test
	void workbookPartsAreReadOrCleanlyRejected() {
		fuzz("workbookParts", workbookParts(), 300, FuzzTargets::readWorkbookParts);
	}

	@Test
	void xlsFilesAreReadOrCleanlyRejected() {
		fuzz("xls", files(".xls"), 400, (bytes) -> FuzzTargets.readFile(bytes, "fuzz.xls"));
	}

	@Test
	void csvFilesAreReadOrCleanlyRejected() {
		fuzz("csv", files(".csv", ".tsv"), 3000, (bytes) -> FuzzTargets.readFile(bytes, "fuzz.csv"));
	}

	@Test
	void docxFilesAreReadOrCleanlyRejected() {
		fuzz("docx", files(".docx"), 500, (bytes) -> FuzzTargets.readFile(bytes, "fuzz.docx"));
	}

	@Test
	void wordDocumentBodiesAreReadOrCleanlyRejected() {
		fuzz("documentBody", entries(files(".docx"), "word/document.xml"), 500, FuzzTargets::readDocumentBody);
	}

	@Test
	void sheetXmlIsReadOrCleanlyRefused() {
		fuzz("sheetXml", entries(files(".xlsx"), "xl/worksheets/sheet1.xml"), 20_000, FuzzTargets::readSheetXml);
	}

	private static void fuzz(String target, List<byte[]> corpus, int inputs, ToIntFunction<byte[]> read) {
		assertThat(corpus).as("corpus of %s", target).isNotEmpty();
		Mutator mutator = new Mutator(SEED ^ target.hashCode());
		int read0 = 0;
		for (int i = 0; i < inputs * SCALE; i++) {
			byte[] seed = corpus.get(i % corpus.size());
			byte[] input = (i < corpus.size()) ? seed : mutator.mutate(seed, corpus.get((i * 7 + 3) % corpus.size()));
			try {
				read0 += (read.applyAsInt(input) >= 0) ? 1 : 0;
			}
			catch (RuntimeException | Error ex) {
				throw new AssertionError("input " + i + " of " + target + " (" + keep(target, i, input)
						+ ") was neither read nor cleanly rejected", ex);
			}
		}
		// most mutations break a file; some must still be read, or the corpus is wrong
		assertThat(read0).as("inputs of %s read", target).isPositive();
	}

	private static String keep(String target, int i, byte[] input) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "fuzz-failures", target));
			return Files.write(dir.resolve("input-" + i), input).toString();
		}
		catch (IOException ex) {
			return "not written: " + ex.getMessage();
		}
	}

	/** The fixtures and sample inputs whose names end so. */
	static List<byte[]> files(String... endings) {
		List<byte[]> files = new ArrayList<>();
		for (Path dir : List.of(Path.of("src/test/resources/fixtures/ingest"), Path.of("sample-input"))) {
			try (Stream<Path> walk = Files.walk(dir)) {
				for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
					String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
					if (Stream.of(endings).anyMatch(name::endsWith)) {
						files.add(Files.readAllBytes(file));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	/** One entry of each zip that has it. */
	static List<byte[]> entries(List<byte[]> zips, String name) {
		List<byte[]> entries = new ArrayList<>();
		for (byte[] zip : zips) {
			try {
				Path file = Files.createTempFile("annals-fuzz", ".zip");
				try {
					Files.write(file, zip);
					try (ZipFile in = new ZipFile(file.toFile())) {
						ZipEntry entry = in.getEntry(name);
						if (entry != null) {
							entries.add(in.getInputStream(entry).readAllBytes());
						}
					}
				}
				finally {
					Files.delete(file);
				}
			}
			catch (IOException ex) {
				// not a zip: no entry of it
			}
		}
		return entries;
	}

	/**
	 * Each workbook's sheet, a NUL, and its shared strings, as the target splits them.
	 */
	static List<byte[]> workbookParts() {
		List<byte[]> parts = new ArrayList<>();
		List<byte[]> zips = files(".xlsx");
		List<byte[]> sheets = entries(zips, "xl/worksheets/sheet1.xml");
		List<byte[]> strings = entries(zips, "xl/sharedStrings.xml");
		Collections.reverse(strings);
		for (int i = 0; i < sheets.size(); i++) {
			byte[] sheet = sheets.get(i);
			byte[] table = strings.isEmpty() ? new byte[0] : strings.get(i % strings.size());
			byte[] joined = new byte[sheet.length + 1 + table.length];
			System.arraycopy(sheet, 0, joined, 0, sheet.length);
			System.arraycopy(table, 0, joined, sheet.length + 1, table.length);
			parts.add(joined);
		}
		return parts;
	}

}
