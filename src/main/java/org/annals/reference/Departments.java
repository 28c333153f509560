package org.annals.reference;

import java.util.List;
import java.util.Optional;

import org.annals.support.Text;

/**
 * The office and the departments of {@code jobs/departments.yml}.
 *
 * @param office the office itself
 * @param departments the departments that submit, by inbox folder
 * @param authorities which departments are the authority for which indicators (数出一门),
 * first the most authoritative
 */
public record Departments(Office office, List<Department> departments, List<Authority> authorities) {

	static final String FILE = "departments.yml";

	public Departments {
		departments = (departments != null) ? List.copyOf(departments) : List.of();
		authorities = (authorities != null) ? List.copyOf(authorities) : List.of();
	}

	/**
	 * A department by its inbox folder name.
	 * @param folder the folder name
	 * @return the department
	 */
	public Optional<Department> byFolder(String folder) {
		String key = Text.fold(folder);
		return this.departments.stream().filter((d) -> Text.fold(d.folder()).equals(key)).findFirst();
	}

	/**
	 * The office.
	 *
	 * @param name its name, printed on reports
	 * @param province the GB/T 2260 code of its province ({@code 全省})
	 */
	public record Office(String name, String province) {
	}

	/**
	 * A submitting department.
	 *
	 * @param folder its inbox folder under {@code INBOX/}
	 * @param name its full name
	 * @param region the region its tables are about (a city office's city), or null for
	 * the province
	 */
	public record Department(String folder, String name, String region) {
	}

	/**
	 * The ranked sources of some indicators: a figure of one of them is taken from the
	 * first source that sent it; a different value from a source further down is an
	 * alternative, never published over it.
	 *
	 * @param indicators the indicators' codes
	 * @param sources department folders, the authority first
	 */
	public record Authority(List<String> indicators, List<String> sources) {

		public Authority {
			indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
			sources = (sources != null) ? List.copyOf(sources) : List.of();
		}

	}

}
