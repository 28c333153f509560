package org.annals.ingest.internal.layout;

import java.math.BigDecimal;
import java.util.List;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.ingest.internal.normalize.NumberParser;
import org.annals.ingest.internal.sheet.Cell;
import org.annals.reference.Region;

/**
 * Makes one fact from one cell: parses the figure, converts it exactly into the
 * indicator's canonical unit, and checks what can be checked on a single cell.
 */
final class FactMaker {

	private FactMaker() {
	}

	/**
	 * Adds the fact of one cell, or the issue that stops it, to the lists.
	 * @param sheet the sheet name
	 * @param cell the cell, may be null for an empty cell
	 * @param column the cell's column
	 * @param row the cell's row
	 * @param region the region
	 * @param meaning what the figure is
	 * @param facts where facts go
	 * @param issues where issues go
	 */
	static void make(String sheet, Cell cell, int column, int row, Region region, ColumnMeaning meaning,
			List<StagedFact> facts, List<Issue> issues) {
		String ref = Cell.reference(column, row);
		if (cell != null && (cell.kind() == Cell.Kind.CONTROL_CHARACTER || hasControlCharacter(cell.text()))) {
			issues.add(Issue.of(IssueCode.BAD_CHARACTER, sheet, ref));
			return;
		}
		if (cell != null && cell.kind() == Cell.Kind.ERROR) {
			issues.add(Issue.of(IssueCode.FORMULA_ERROR, sheet, ref, cell.text()));
			return;
		}
		NumberParser.Parsed parsed = NumberParser.parse(cell);
		String status = meaning.indicator().isProvisional() ? "provisional" : "";
		if (parsed.kind() == NumberParser.Parsed.Kind.INVALID) {
			issues.add(Issue.of(IssueCode.BAD_NUMBER, sheet, ref, cell.text()));
			return;
		}
		if (parsed.kind() == NumberParser.Parsed.Kind.NOT_AVAILABLE) {
			facts.add(new StagedFact(sheet, ref, region.code(), meaning.indicator().code(), meaning.indicator().name(),
					meaning.unitName(), meaning.year(), null, "na", ""));
			return;
		}
		BigDecimal value = parsed.value();
		if (meaning.written() != null && meaning.canonical() != null) {
			value = meaning.written().convert(value, meaning.canonical());
		}
		value = (value.signum() == 0) ? BigDecimal.ZERO : value.stripTrailingZeros();
		StagedFact fact = new StagedFact(sheet, ref, region.code(), meaning.indicator().code(),
				meaning.indicator().name(), meaning.unitName(), meaning.year(), value, status, "");
		if (meaning.indicator().nonNegative() && value.signum() < 0) {
			issues
				.add(Issue.of(IssueCode.NEGATIVE_VALUE, sheet, ref, meaning.indicator().name(), value.toPlainString()));
			fact = fact.flagged("negative");
		}
		facts.add(fact);
	}

	static boolean hasControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

}
