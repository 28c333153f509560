package org.annals.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.annals.support.Messages;
import org.annals.support.Text;

/**
 * The rank of each source of a figure (数出一门), from {@code authorities} in
 * {@code jobs/departments.yml}; a smaller rank is the better source. First the sources
 * listed for the figure's indicator, in their order; then a registered office whose own
 * region the figure is about (a city office for its city and its counties); then every
 * other registered department; last a folder {@code departments.yml} does not know. So a
 * city office's figure of one of its counties is published when the province's bureau
 * sent none, and stands aside when the bureau's differs.
 */
public final class SourceRanks {

	/** A registered office whose own region the figure is about. */
	static final int OWN_REGION = 1000;

	/** Any other registered department. */
	static final int REGISTERED = 2000;

	/** A folder that {@code departments.yml} does not list. */
	static final int UNREGISTERED = 3000;

	private final Departments departments;

	private final RegionGazetteer regions;

	private final Map<String, List<String>> byIndicator = new HashMap<>();

	SourceRanks(Departments departments, RegionGazetteer regions, IndicatorCatalog indicators) {
		this.departments = departments;
		this.regions = regions;
		Set<String> seen = new HashSet<>();
		for (Departments.Authority authority : departments.authorities()) {
			if (authority.indicators().isEmpty() || authority.sources().isEmpty()) {
				throw invalid("reference.authorities.incomplete");
			}
			for (String source : authority.sources()) {
				if (departments.byFolder(source).isEmpty()) {
					throw invalid("reference.authorities.unknownSource", source);
				}
			}
			for (String indicator : authority.indicators()) {
				if (indicators.byCode(indicator).isEmpty()) {
					throw invalid("reference.authorities.unknownIndicator", indicator);
				}
				if (!seen.add(indicator)) {
					throw invalid("reference.authorities.twice", indicator);
				}
				this.byIndicator.put(indicator, authority.sources().stream().map(Text::fold).toList());
			}
		}
	}

	private static InvalidDescriptorException invalid(String key, Object... args) {
		return new InvalidDescriptorException(Departments.FILE, Messages.both(" / ", key, args));
	}

	/**
	 * The rank of a department's figure.
	 * @param folder the department's inbox folder
	 * @param indicator the indicator's code
	 * @param region the region's code
	 * @return the rank, smaller is better
	 */
	public int rank(String folder, String indicator, String region) {
		String key = Text.fold(folder);
		int listed = this.byIndicator.getOrDefault(indicator, List.of()).indexOf(key);
		if (listed >= 0) {
			return listed;
		}
		Optional<Departments.Department> department = this.departments.byFolder(folder);
		if (department.isEmpty()) {
			return UNREGISTERED;
		}
		String own = department.get().region();
		if (own != null) {
			Optional<Region> area = this.regions.byCode(own);
			Optional<Region> about = this.regions.byCode(region);
			if (area.isPresent() && about.isPresent() && this.regions.isWithin(about.get(), area.get())) {
				return OWN_REGION;
			}
		}
		return REGISTERED;
	}

	/**
	 * Whether a folder is one of {@code departments.yml}.
	 * @param folder the folder
	 * @return true when registered
	 */
	public boolean registered(String folder) {
		return this.departments.byFolder(folder).isPresent();
	}

}
