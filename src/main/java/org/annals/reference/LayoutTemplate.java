package org.annals.reference;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import org.annals.support.Text;

/**
 * A layout pinned in {@code jobs/templates/*.yml} for a department whose sheets defeat
 * the recogniser.
 *
 * @param department the inbox folder it applies to
 * @param files a glob on the file name, e.g. {@code *粮食生产*}
 * @param layout {@code wide}, {@code long} or {@code transposed} (regions across the
 * columns, indicators down the rows)
 * @param sheet the sheet it applies to, or null for every visible sheet
 * @param headerRows the header rows, 1-based
 * @param firstDataRow the first data row, 1-based
 * @param labelColumn the column of region names (wide) or indicator names (transposed),
 * e.g. {@code A}
 * @param year the year of the figures, or null to take it from the title
 * @param unit the unit of the figures, or null to take it from the headers
 * @param name the name of this template, set from its file name
 */
public record LayoutTemplate(String department, String files, String layout, String sheet, List<Integer> headerRows,
		Integer firstDataRow, String labelColumn, Integer year, String unit, String name) {

	public LayoutTemplate {
		headerRows = (headerRows != null) ? List.copyOf(headerRows) : List.of();
		labelColumn = (labelColumn != null) ? labelColumn : "A";
	}

	LayoutTemplate named(String templateName) {
		return new LayoutTemplate(this.department, this.files, this.layout, this.sheet, this.headerRows,
				this.firstDataRow, this.labelColumn, this.year, this.unit, templateName);
	}

	/**
	 * Whether this template applies to a file.
	 * @param folder the department folder
	 * @param fileName the file's original name
	 * @return true when it applies
	 */
	public boolean appliesTo(String folder, String fileName) {
		if (!Text.fold(this.department).equals(Text.fold(folder))) {
			return false;
		}
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + this.files);
		return matcher.matches(Path.of(fileName.replace('/', '_')));
	}

	/**
	 * The label column as a 0-based index.
	 * @return the index
	 */
	public int labelColumnIndex() {
		int index = 0;
		for (char c : this.labelColumn.trim().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
			index = index * 26 + (c - 'A' + 1);
		}
		return index - 1;
	}

}
