package org.annals.ingest.layout;

import org.annals.ingest.normalize.Years;
import org.annals.reference.LayoutTemplate;
import org.annals.reference.Region;
import org.annals.reference.ReferenceData;
import org.annals.support.Text;

/**
 * What is known about a sheet before its rows are read: the reference data, the
 * department's region, the file and sheet names, and a pinned template if any.
 *
 * @param reference the reference data
 * @param scope the region the department's tables are about
 * @param fileName the original file name
 * @param sheetName the sheet name
 * @param template the pinned template, or null
 */
public record SheetContext(ReferenceData reference, Region scope, String fileName, String sheetName,
		LayoutTemplate template) {

	/**
	 * The year a title, the sheet name or the file name gives, in that order.
	 * @param title the sheet's title, may be empty
	 * @return the year, or 0
	 */
	public int fallbackYear(String title) {
		int year = Years.within(title);
		if (year == 0) {
			year = Years.within(this.sheetName);
		}
		if (year == 0) {
			year = Years.within(this.fileName);
		}
		return year;
	}

	/**
	 * This context with a narrower scope when the title names one of the province's
	 * cities, as in {@code 2022年成都市各区（市）县主要指标}.
	 * @param title the sheet's title
	 * @return the context
	 */
	public SheetContext scopedBy(String title) {
		String folded = Text.fold(title);
		if (folded.isEmpty() || !this.scope.code().equals(this.reference.regions().province().code())) {
			return this;
		}
		for (Region city : this.reference.regions().children(this.scope.code())) {
			if (folded.contains(city.name()) || folded.contains(city.shortName() + "市")) {
				return new SheetContext(this.reference, city, this.fileName, this.sheetName, this.template);
			}
		}
		return this;
	}

}
