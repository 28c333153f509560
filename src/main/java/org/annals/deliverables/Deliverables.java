package org.annals.deliverables;

import java.util.List;

import org.annals.deliverables.internal.DeliverablesReader;
import org.annals.reference.InvalidDescriptorException;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;

/**
 * The deliverables of {@code jobs/deliverables.yml}, read and checked against
 * {@code departments.yml}, {@code indicators.yml} and {@code jobs/tables/}.
 *
 * @param all every deliverable, in the file's order
 */
public record Deliverables(List<Deliverable> all) {

	/** The descriptor's path under {@code jobs/}. */
	public static final String FILE = "deliverables.yml";

	public Deliverables {
		all = List.copyOf(all);
	}

	/**
	 * Reads and checks {@code jobs/deliverables.yml}; no deliverables when there is no
	 * such file.
	 * @param jobs the jobs folder
	 * @param reference what the rest of {@code jobs/} declares
	 * @return the deliverables
	 * @throws InvalidDescriptorException when the file does not parse or names a
	 * department, indicator or table that does not exist, with the line or field in
	 * Chinese
	 */
	public static Deliverables read(JobsDirectory jobs, ReferenceData reference) {
		return DeliverablesReader.read(jobs, reference);
	}

}
