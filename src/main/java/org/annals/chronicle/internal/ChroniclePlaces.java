package org.annals.chronicle.internal;

import java.util.Optional;

import org.annals.chronicle.ChronicleEntry;
import org.annals.reference.Departments;
import org.annals.reference.ReferenceData;
import org.annals.reference.Region;

/**
 * The place a city's or county's event names in the provincial chronicle: the region of
 * the office whose wording is printed (its {@code region} in
 * {@code jobs/departments.yml}), by the name it had in the entry's year, unless the title
 * or content already names it (by full or short name: 雅安市, 雅安).
 */
public final class ChroniclePlaces {

	private final ReferenceData reference;

	/**
	 * Places from the office's configuration.
	 * @param reference what {@code jobs/} declares, or null for no places at all
	 */
	public ChroniclePlaces(ReferenceData reference) {
		this.reference = reference;
	}

	/**
	 * The place an entry is to be led by.
	 * @param entry the entry
	 * @return the place's name, or empty when the entry is the province's or already
	 * names its place
	 */
	public Optional<String> of(ChronicleEntry entry) {
		if (this.reference == null || entry.departments().isEmpty()) {
			return Optional.empty();
		}
		Departments departments = this.reference.departments();
		String code = departments.byFolder(entry.departments().get(0)).map(Departments.Department::region).orElse(null);
		if (code == null || code.equals(departments.office().province())) {
			return Optional.empty();
		}
		int year = entry.start().getYear();
		Optional<Region> region = this.reference.regions()
			.byCode(code, year)
			.or(() -> this.reference.regions().byCode(code));
		return region.filter((r) -> !names(entry, r)).map(Region::name);
	}

	private static boolean names(ChronicleEntry entry, Region region) {
		String text = entry.title() + entry.content();
		return text.contains(region.name()) || (region.shortName().length() >= 2 && text.contains(region.shortName()));
	}

}
