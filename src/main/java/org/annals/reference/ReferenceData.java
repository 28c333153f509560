package org.annals.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.annals.reference.internal.Descriptors;
import org.annals.reference.internal.TableChecks;

/**
 * Everything {@code jobs/} declares, parsed once and checked: a descriptor that does not
 * parse, or that names a region, indicator or layout that does not exist, stops Annals at
 * start-up with the file named.
 */
public final class ReferenceData {

	private static final Set<String> LAYOUTS = Set.of("wide", "long", "transposed");

	private final RegionGazetteer regions;

	private final IndicatorCatalog indicators;

	private final Departments departments;

	private final List<LayoutTemplate> templates;

	private final SourceRanks sourceRanks;

	private final ChronicleMerges chronicleMerges;

	private final List<TableDefinition> tables;

	private final Schedules schedules;

	private final String location;

	private final String version;

	private static final String REGIONS_EN = "reference/regions-en.csv";

	private ReferenceData(JobsDirectory jobs) {
		this.location = jobs.location();
		this.departments = Descriptors.read(jobs, Departments.FILE, Departments.class);
		if (this.departments.office() == null || this.departments.office().province() == null) {
			throw new InvalidDescriptorException(Departments.FILE, "office.province is required");
		}
		try (InputStream csv = jobs.open("reference/regions.csv");
				InputStream english = jobs.exists(REGIONS_EN) ? jobs.open(REGIONS_EN) : null) {
			this.regions = RegionGazetteer.read(csv, english, this.departments.office().province());
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidDescriptorException("reference/regions.csv", ex);
		}
		this.indicators = new IndicatorCatalog(
				Descriptors.read(jobs, IndicatorCatalog.FILE, IndicatorCatalog.File.class));
		for (Departments.Department department : this.departments.departments()) {
			if (department.region() != null && this.regions.byCode(department.region()).isEmpty()) {
				throw new InvalidDescriptorException(Departments.FILE,
						department.folder() + " names region " + department.region() + " which is not in regions.csv");
			}
		}
		this.sourceRanks = new SourceRanks(this.departments, this.regions, this.indicators);
		this.templates = readTemplates(jobs);
		List<String> reading = new ArrayList<>(
				List.of(Departments.FILE, "reference/regions.csv", IndicatorCatalog.FILE));
		reading.addAll(jobs.list("templates", ".yml"));
		this.version = jobs.digest(reading);
		this.tables = readTables(jobs);
		this.schedules = jobs.exists(Schedules.FILE) ? Descriptors.read(jobs, Schedules.FILE, Schedules.class)
				: Schedules.NONE;
		this.schedules.check();
		this.chronicleMerges = jobs.exists(ChronicleMerges.FILE)
				? Descriptors.read(jobs, ChronicleMerges.FILE, ChronicleMerges.class) : ChronicleMerges.NONE;
		for (List<String> group : this.chronicleMerges.merge()) {
			if (group.size() < 2) {
				throw new InvalidDescriptorException(ChronicleMerges.FILE,
						"a merge group needs two titles or more: " + group);
			}
		}
		for (List<String> group : this.chronicleMerges.split()) {
			if (group.size() < 2) {
				throw new InvalidDescriptorException(ChronicleMerges.FILE,
						"a split group needs two titles or more: " + group);
			}
		}
	}

	private List<TableDefinition> readTables(JobsDirectory jobs) {
		List<TableDefinition> read = new ArrayList<>();
		for (String relative : jobs.list(TableDefinition.FOLDER, ".yml")) {
			String id = relative.substring(TableDefinition.FOLDER.length() + 1, relative.length() - ".yml".length());
			TableDefinition table = Descriptors.read(jobs, relative, TableDefinition.class).withId(id);
			TableChecks.check(relative, table, this.regions, this.indicators);
			read.add(table);
		}
		return List.copyOf(read);
	}

	/**
	 * The schedules of {@code jobs/schedule.yml}.
	 * @return the schedules
	 */
	public Schedules schedules() {
		return this.schedules;
	}

	/**
	 * The yearbook table definitions, by file name.
	 * @return the definitions
	 */
	public List<TableDefinition> tables() {
		return this.tables;
	}

	/**
	 * A table definition by id.
	 * @param id the id (its file name without {@code .yml})
	 * @return the definition
	 */
	public Optional<TableDefinition> table(String id) {
		return this.tables.stream().filter((t) -> t.id().equals(id)).findFirst();
	}

	/**
	 * The editor's corrections to the chronicle's merging.
	 * @return the corrections
	 */
	public ChronicleMerges chronicleMerges() {
		return this.chronicleMerges;
	}

	private List<LayoutTemplate> readTemplates(JobsDirectory jobs) {
		List<LayoutTemplate> read = new ArrayList<>();
		for (String relative : jobs.list("templates", ".yml")) {
			LayoutTemplate template = Descriptors.read(jobs, relative, LayoutTemplate.class).named(relative);
			if (template.department() == null || template.files() == null || !LAYOUTS.contains(template.layout())) {
				throw new InvalidDescriptorException(relative,
						"department, files and layout (wide, long or transposed) are required");
			}
			if (template.unit() != null && this.indicators.units().find(template.unit()).isEmpty()) {
				throw new InvalidDescriptorException(relative, "unit " + template.unit() + " is not in indicators.yml");
			}
			read.add(template);
		}
		return List.copyOf(read);
	}

	/**
	 * Reads and checks everything under a jobs folder.
	 * @param jobs the folder
	 * @return the reference data
	 */
	public static ReferenceData load(JobsDirectory jobs) {
		return new ReferenceData(jobs);
	}

	/**
	 * The gazetteer.
	 * @return the regions
	 */
	public RegionGazetteer regions() {
		return this.regions;
	}

	/**
	 * The indicator catalogue.
	 * @return the indicators
	 */
	public IndicatorCatalog indicators() {
		return this.indicators;
	}

	/**
	 * The office and departments.
	 * @return the departments
	 */
	public Departments departments() {
		return this.departments;
	}

	/**
	 * The rank of each source of a figure (数出一门).
	 * @return the ranks
	 */
	public SourceRanks sourceRanks() {
		return this.sourceRanks;
	}

	/**
	 * The layout templates.
	 * @return the templates
	 */
	public List<LayoutTemplate> templates() {
		return this.templates;
	}

	/**
	 * The template pinned for a file, if any.
	 * @param folder the department folder
	 * @param fileName the file's original name
	 * @return the template
	 */
	public Optional<LayoutTemplate> templateFor(String folder, String fileName) {
		return this.templates.stream().filter((t) -> t.appliesTo(folder, fileName)).findFirst();
	}

	/**
	 * The version of what reading a file depends on (departments, regions, indicators,
	 * layout templates): a digest of those descriptors, which changes when any of them
	 * does. A file refused for lack of a region, an indicator or a layout pin is read
	 * again under a new version.
	 * @return the version
	 */
	public String version() {
		return this.version;
	}

	/**
	 * Where the descriptors were read from.
	 * @return the location
	 */
	public String location() {
		return this.location;
	}

}
