package org.annals.ingest.internal.layout;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.annals.ingest.Issue;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.Severity;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.reference.JobsDirectory;
import org.annals.reference.LayoutTemplate;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;

/**
 * Builds sheets for layout tests from string arrays, the way a person reads a
 * spreadsheet: {@code row(5, "全省", "56749.8")} is Excel row 5 with A5 = 全省 and B5 =
 * 56749.8. An empty string or null is an empty cell; a plain ASCII decimal is a number
 * cell, anything else a text cell (use {@link #textRow} for a CSV, where every cell is
 * text).
 */
final class Sheets {

	/** The real reference data of {@code jobs/}. */
	static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private Sheets() {
	}

	/**
	 * A row with number cells where the text is a plain decimal.
	 * @param number the 1-based Excel row number
	 * @param texts the cells from column A on
	 * @return the row
	 */
	static SheetRow row(int number, String... texts) {
		return build(number, false, texts);
	}

	/**
	 * A row whose every cell is text, as a CSV or numbers typed as text give.
	 * @param number the 1-based row number
	 * @param texts the cells from column A on
	 * @return the row
	 */
	static SheetRow textRow(int number, String... texts) {
		return build(number, true, texts);
	}

	private static SheetRow build(int number, boolean allText, String... texts) {
		List<Cell> cells = new ArrayList<>();
		for (int column = 0; column < texts.length; column++) {
			String text = texts[column];
			if (text == null || text.isEmpty()) {
				continue;
			}
			Cell.Kind kind = (!allText && isPlainNumber(text)) ? Cell.Kind.NUMBER : Cell.Kind.TEXT;
			cells.add(new Cell(column, text, kind, null));
		}
		return new SheetRow(number - 1, List.copyOf(cells));
	}

	private static boolean isPlainNumber(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9') && c != '.' && !(c == '-' && i == 0)) {
				return false;
			}
		}
		return true;
	}

	static List<SheetRow> rows(SheetRow... rows) {
		return Arrays.asList(rows);
	}

	static Region region(String code) {
		return REFERENCE.regions().byCode(code).orElseThrow();
	}

	/**
	 * The context of a sheet sent by a province-wide department.
	 * @param fileName the file name
	 * @param sheetName the sheet name
	 * @return the context
	 */
	static SheetContext province(String fileName, String sheetName) {
		return new SheetContext(REFERENCE, REFERENCE.regions().province(), fileName, sheetName, null);
	}

	static SheetContext scoped(String regionCode, String fileName, String sheetName) {
		return new SheetContext(REFERENCE, region(regionCode), fileName, sheetName, null);
	}

	static SheetContext pinned(LayoutTemplate template, String fileName, String sheetName) {
		return new SheetContext(REFERENCE, REFERENCE.regions().province(), fileName, sheetName, template);
	}

	/**
	 * Reads a whole sheet as the parser does: detects the layout from the first rows and
	 * interprets every row from the first data row on.
	 * @param rows the sheet's non-empty rows
	 * @param context the sheet
	 * @return everything read
	 */
	static Read read(List<SheetRow> rows, SheetContext context) {
		List<SheetRow> head = rows.subList(0, Math.min(rows.size(), LayoutDetector.HEAD_ROWS));
		LayoutDetector.Detection detection = LayoutDetector.detect(head, context);
		List<StagedFact> facts = new ArrayList<>();
		List<Issue> issues = new ArrayList<>(detection.issues());
		if (detection.interpreter() != null) {
			for (SheetRow row : rows.subList(Math.min(detection.firstDataRow(), rows.size()), rows.size())) {
				RowOutcome outcome = detection.interpreter().interpret(row);
				facts.addAll(outcome.facts());
				issues.addAll(outcome.issues());
			}
		}
		return new Read(detection, facts, issues);
	}

	/**
	 * What a sheet yielded.
	 *
	 * @param detection the detection
	 * @param facts the facts in row order
	 * @param issues the detection's and the rows' issues
	 */
	record Read(LayoutDetector.Detection detection, List<StagedFact> facts, List<Issue> issues) {

		StagedFact fact(String cell) {
			List<StagedFact> found = this.facts.stream().filter((f) -> f.cell().equals(cell)).toList();
			if (found.size() != 1) {
				throw new AssertionError("expected one fact at " + cell + " but found " + found + " in " + this.facts);
			}
			return found.get(0);
		}

		List<String> cells() {
			return this.facts.stream().map(StagedFact::cell).toList();
		}

		List<Issue> issues(String code) {
			return this.issues.stream().filter((i) -> i.code().equals(code)).toList();
		}

		List<Issue> errors() {
			return this.issues.stream().filter((i) -> i.severity() == Severity.ERROR).toList();
		}

		List<String> codes() {
			return this.issues.stream().map(Issue::code).toList();
		}

		/**
		 * Each fact as one line {@code cell region indicator year value status flags},
		 * for asserting a whole sheet exactly.
		 * @return the lines
		 */
		List<String> lines() {
			return this.facts.stream().map(Read::line).collect(Collectors.toList());
		}

		static String line(StagedFact f) {
			String value = (f.value() != null) ? f.value().toPlainString() : "null";
			return String.join(" ", f.cell(), f.regionCode(), f.indicatorCode(), String.valueOf(f.year()), value,
					f.status().isEmpty() ? "-" : f.status(), f.flags().isEmpty() ? "-" : f.flags());
		}

	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

}
