package org.annals.ingest.internal.layout;

import org.annals.ingest.internal.normalize.Years;
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
 * @param year the year the sheet's title, name or file name gives, as of which its region
 * names are read (0 for today's divisions)
 */
public record SheetContext(ReferenceData reference, Region scope, String fileName, String sheetName,
		LayoutTemplate template, int year) {

	/**
	 * A sheet whose regions are read as of the year its name or its file's name gives.
	 * @param reference the reference data
	 * @param scope the region the department's tables are about
	 * @param fileName the original file name
	 * @param sheetName the sheet name
	 * @param template the pinned template, or null
	 */
	public SheetContext(ReferenceData reference, Region scope, String fileName, String sheetName,
			LayoutTemplate template) {
		this(reference, scope, fileName, sheetName, template,
				(Years.within(sheetName) != 0) ? Years.within(sheetName) : Years.within(fileName));
	}

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
	 * cities, as in {@code 2022年成都市各区（市）县主要指标}, and as of the title's year when it gives
	 * one.
	 * @param title the sheet's title
	 * @return the context
	 */
	public SheetContext scopedBy(String title) {
		String folded = Text.fold(title);
		int titleYear = Years.within(title);
		int asOf = (titleYear != 0) ? titleYear : this.year;
		if (folded.isEmpty() || !this.scope.code().equals(this.reference.regions().province().code())) {
			return withScope(this.scope, asOf);
		}
		for (Region city : this.reference.regions().children(this.scope.code(), asOf)) {
			if (folded.contains(city.name()) || folded.contains(city.shortName() + "市")) {
				return withScope(city, asOf);
			}
		}
		return withScope(this.scope, asOf);
	}

	/**
	 * This context with the scope of a region a row names in a column of its own, as a
	 * city merged over its counties' rows scopes their names.
	 * @param region the region
	 * @return the narrower context
	 */
	SheetContext within(Region region) {
		return withScope(region, this.year);
	}

	private SheetContext withScope(Region region, int asOf) {
		if (region.equals(this.scope) && asOf == this.year) {
			return this;
		}
		return new SheetContext(this.reference, region, this.fileName, this.sheetName, this.template, asOf);
	}

}
