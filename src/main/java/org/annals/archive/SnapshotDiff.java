package org.annals.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import org.annals.support.CsvText;
import org.annals.support.OneLine;

/**
 * What changed between two snapshots, read from the bags themselves: facts added, removed
 * and changed (region, indicator, year, old → new, department), chronicle entries added
 * and removed, payload files added, removed and changed.
 *
 * @param changes one line per change
 */
public record SnapshotDiff(List<Change> changes) {

	/**
	 * One change.
	 *
	 * @param what {@code fact}, {@code chronicle} or {@code file}
	 * @param kind {@code added}, {@code removed} or {@code changed}
	 * @param key what changed: region|indicator|year, the entry, or the file
	 * @param before the old value, or empty
	 * @param after the new value, or empty
	 * @param department the department of the new (or removed) value, or empty
	 */
	public record Change(String what, String kind, String key, String before, String after, String department) {
	}

	/**
	 * Compares two bags of the same kind of year.
	 * @param older the older bag
	 * @param newer the newer bag
	 * @return the differences
	 * @throws IOException when a bag cannot be read
	 */
	public static SnapshotDiff of(Path older, Path newer) throws IOException {
		List<Change> changes = new ArrayList<>();
		compare("fact", facts(older), facts(newer), changes);
		compare("chronicle", chronicle(older), chronicle(newer), changes);
		compare("file", manifest(older), manifest(newer), changes);
		return new SnapshotDiff(changes);
	}

	private static void compare(String what, Map<String, String[]> before, Map<String, String[]> after,
			List<Change> changes) {
		before.forEach((key, old) -> {
			String[] now = after.get(key);
			if (now == null) {
				changes.add(new Change(what, "removed", key, old[0], "", old[1]));
			}
			else if (!Objects.equals(old[0], now[0])) {
				changes.add(new Change(what, "changed", key, old[0], now[0], now[1]));
			}
		});
		after.forEach((key, now) -> {
			if (!before.containsKey(key)) {
				changes.add(new Change(what, "added", key, "", now[0], now[1]));
			}
		});
	}

	/** region|indicator|year → [value, department] from data/facts/facts-*.csv. */
	private static Map<String, String[]> facts(Path bag) throws IOException {
		Map<String, String[]> facts = new LinkedHashMap<>();
		for (CsvRecord r : csv(bag, "data/facts")) {
			facts.put(r.getField(0) + "|" + r.getField(2) + "|" + r.getField(5),
					new String[] { r.getField(6), r.getField(8) });
		}
		return facts;
	}

	/** label|title → [start..end, departments] from data/chronicle/*.csv. */
	private static Map<String, String[]> chronicle(Path bag) throws IOException {
		Map<String, String[]> entries = new LinkedHashMap<>();
		for (CsvRecord r : csv(bag, "data/chronicle")) {
			entries.put(r.getField(3) + " " + r.getField(5),
					new String[] { r.getField(0) + ".." + r.getField(1), r.getField(4) });
		}
		return entries;
	}

	private static List<CsvRecord> csv(Path bag, String folder) throws IOException {
		Path dir = bag.resolve(folder);
		List<CsvRecord> records = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return records;
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".csv")).sorted().toList()) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
						CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(in)) {
					reader.stream().skip(1).forEach(records::add);
				}
			}
		}
		return records;
	}

	/** path → [sha256, ""] from manifest-sha256.txt. */
	private static Map<String, String[]> manifest(Path bag) throws IOException {
		Map<String, String[]> files = new LinkedHashMap<>();
		for (String line : Files.readAllLines(bag.resolve("manifest-sha256.txt"), StandardCharsets.UTF_8)) {
			int space = line.indexOf(' ');
			if (space > 0) {
				files.put(line.substring(space).strip(), new String[] { line.substring(0, space), "" });
			}
		}
		return files;
	}

	/**
	 * The differences as text for people.
	 * @return the text
	 */
	public String text() {
		StringBuilder out = new StringBuilder();
		for (Change c : this.changes) {
			// a chronicle title or a department's name may hold a line break
			out.append(c.what()).append(' ').append(c.kind()).append("  ").append(OneLine.of(c.key()));
			if (!c.before().isEmpty() || !c.after().isEmpty()) {
				out.append("  ").append(OneLine.of(c.before())).append(" → ").append(OneLine.of(c.after()));
			}
			if (!c.department().isEmpty()) {
				out.append("  (").append(OneLine.of(c.department())).append(')');
			}
			out.append('\n');
		}
		return out.toString();
	}

	/**
	 * The differences as CSV.
	 * @return the CSV
	 */
	public String csv() {
		StringWriter out = new StringWriter();
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
		csv.writeRecord("what", "change", "key", "before", "after", "department");
		for (Change c : this.changes) {
			csv.writeRecord(CsvText.neutralise(c.what()), CsvText.neutralise(c.kind()), CsvText.neutralise(c.key()),
					CsvText.neutralise(c.before()), CsvText.neutralise(c.after()), CsvText.neutralise(c.department()));
		}
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toString();
	}

}
