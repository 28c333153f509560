package org.annals.chronicle;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.annals.chronicle.internal.ChronicleSection;
import org.annals.reference.Departments;
import org.annals.reference.ReferenceData;
import org.annals.support.Messages;

import org.springframework.stereotype.Component;

/**
 * A year's department volume (部门大事记): a table of contents, then a section per department
 * in the order of {@code jobs/departments.yml} (folders it does not list after them, in
 * the order they first reported), each with the department's entries in chronicle order
 * under month headings. An entry reported by two departments stands in both sections.
 */
@Component
public class DepartmentVolume {

	private final ChronicleRepository chronicle;

	private final ChronicleExporter exporter;

	private final ReferenceData reference;

	DepartmentVolume(ChronicleRepository chronicle, ChronicleExporter exporter, ReferenceData reference) {
		this.chronicle = chronicle;
		this.exporter = exporter;
		this.reference = reference;
	}

	/**
	 * The volume's title; the chronicle is a Chinese yearbook's, whatever --lang.
	 * @param year the year
	 * @return e.g. {@code 2022年省直部门大事记}
	 */
	public String title(int year) {
		return Messages.get(Messages.CHINESE, "chronicle.volume.title", year);
	}

	/**
	 * Writes a year's volume from its compiled chronicle.
	 * @param year the year
	 * @param format {@link ChronicleExporter.Format#MD} or
	 * {@link ChronicleExporter.Format#DOCX}
	 * @param out where to write
	 * @throws IOException when it cannot be written
	 */
	public void write(int year, ChronicleExporter.Format format, OutputStream out) throws IOException {
		this.exporter.writeVolume(title(year), sections(this.chronicle.entries(year, null)), format, out);
	}

	List<ChronicleSection> sections(List<ChronicleEntry> entries) {
		Departments departments = this.reference.departments();
		Set<String> folders = new LinkedHashSet<>();
		// 省直部门: the province's departments, not the offices of a city or county
		// (those with a region in departments.yml), which keep chronicles of their own
		departments.departments().stream().filter((d) -> d.region() == null).forEach((d) -> folders.add(d.folder()));
		entries.forEach((e) -> e.departments()
			.stream()
			.filter((folder) -> departments.byFolder(folder).map((d) -> d.region() == null).orElse(true))
			.forEach(folders::add));
		List<ChronicleSection> sections = new ArrayList<>();
		for (String folder : folders) {
			List<ChronicleEntry> own = entries.stream().filter((e) -> e.departments().contains(folder)).toList();
			if (!own.isEmpty()) {
				String name = departments.byFolder(folder).map(Departments.Department::name).orElse(folder);
				sections.add(new ChronicleSection(name, own));
			}
		}
		return sections;
	}

}
