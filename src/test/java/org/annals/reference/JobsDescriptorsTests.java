package org.annals.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.annals.reference.internal.Descriptors;
import org.annals.support.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JobsDescriptorsTests {

	private static final Path JOBS = Path.of("jobs");

	private static final Set<String> LAYOUTS = Set.of("wide", "long", "transposed");

	@TempDir
	Path temp;

	@Test
	void theJobsFolderLoads() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		assertThat(reference.location()).isEqualTo(JOBS.toAbsolutePath().normalize().toString());
		assertThat(reference.indicators().all()).isNotEmpty();
		assertThat(reference.departments().departments()).isNotEmpty();
		assertThat(reference.regions().size()).isGreaterThan(3000);
	}

	@Test
	void everyYamlFileUnderJobsIsOneThatIsLoaded() throws IOException {
		// A descriptor Annals does not read (a .yaml template, a template in a
		// sub-folder)
		// would be silently ignored rather than fail at start-up.
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		List<String> templates = reference.templates().stream().map(LayoutTemplate::name).toList();
		try (Stream<Path> files = Files.walk(JOBS)) {
			List<String> yaml = files.filter(Files::isRegularFile)
				.map((p) -> JOBS.relativize(p).toString().replace('\\', '/'))
				.filter((p) -> p.endsWith(".yml") || p.endsWith(".yaml"))
				.toList();
			assertThat(yaml).isNotEmpty();
			for (String relative : yaml) {
				assertThat(relative.equals(Departments.FILE) || relative.equals(IndicatorCatalog.FILE)
						|| relative.equals(ChronicleMerges.FILE) || relative.equals(Schedules.FILE)
						// read by org.annals.deliverables (DeliverablesTests)
						|| relative.equals("deliverables.yml")
						|| (relative.startsWith("tables/")
								&& reference.table(relative.substring(7, relative.length() - 4)).isPresent())
						|| templates.contains(relative))
					.as("jobs/%s is read by ReferenceData.load", relative)
					.isTrue();
			}
		}
		assertThat(Files.isRegularFile(JOBS.resolve("reference/regions.csv"))).isTrue();
	}

	@Test
	void everyTemplateNamesAKnownDepartmentAndLayout() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		assertThat(reference.templates()).isNotEmpty();
		for (LayoutTemplate template : reference.templates()) {
			assertThat(reference.departments().byFolder(template.department()))
				.as("department %s of jobs/%s", template.department(), template.name())
				.isPresent();
			assertThat(template.layout()).as("layout of jobs/%s", template.name()).isIn(LAYOUTS);
			assertThat(template.files()).as("files of jobs/%s", template.name()).isNotBlank();
		}
	}

	@Test
	void everyTemplateReadsItsDataBelowItsHeaders() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		for (LayoutTemplate template : reference.templates()) {
			assertThat(template.headerRows()).as("header_rows of jobs/%s", template.name())
				.isNotEmpty()
				.allMatch((row) -> row >= 1);
			if (template.firstDataRow() != null) {
				assertThat(template.headerRows()).as("header_rows of jobs/%s", template.name())
					.allMatch((row) -> row < template.firstDataRow());
			}
			assertThat(template.labelColumnIndex()).as("label_column of jobs/%s", template.name()).isBetween(0, 16383);
		}
	}

	@Test
	void everyDepartmentRegionIsInTheProvince() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		RegionGazetteer regions = reference.regions();
		assertThat(regions.byCode(reference.departments().office().province())).contains(regions.province());
		for (Departments.Department department : reference.departments().departments()) {
			assertThat(department.folder()).isNotBlank();
			assertThat(department.name()).isNotBlank();
			if (department.region() != null) {
				Region region = regions.byCode(department.region()).orElseThrow();
				assertThat(regions.isWithin(region, regions.province()))
					.as("region %s of %s", department.region(), department.folder())
					.isTrue();
			}
		}
	}

	@Test
	void departmentFoldersAreDistinct() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		List<String> folders = reference.departments()
			.departments()
			.stream()
			.map((d) -> Text.fold(d.folder()))
			.toList();
		assertThat(folders).doesNotHaveDuplicates();
	}

	@Test
	void everyIndicatorUnitIsInTheUnitTable() {
		IndicatorCatalog catalog = ReferenceData.load(new JobsDirectory(JOBS)).indicators();
		for (Indicator indicator : catalog.all()) {
			assertThat(catalog.units().find(indicator.unit())).as("unit of %s", indicator.code()).isPresent();
		}
	}

	@Test
	void everyUnitSpellingNamesAUnitInTheTable() {
		IndicatorCatalog.File file = Descriptors.read(new JobsDirectory(JOBS), IndicatorCatalog.FILE,
				IndicatorCatalog.File.class);
		IndicatorCatalog catalog = new IndicatorCatalog(file);
		assertThat(file.unitAliases()).isNotEmpty();
		file.unitAliases()
			.forEach((alias, unit) -> assertThat(catalog.units().find(alias)).as("unit_aliases %s: %s", alias, unit)
				.isPresent());
	}

	@Test
	void noAliasNamesTwoIndicators() {
		IndicatorCatalog catalog = ReferenceData.load(new JobsDirectory(JOBS)).indicators();
		Map<String, String> owner = new HashMap<>();
		for (Indicator indicator : catalog.all()) {
			for (String alias : Stream.concat(Stream.of(indicator.name()), indicator.aliases().stream()).toList()) {
				String previous = owner.put(Text.fold(alias), indicator.code());
				assertThat(previous).as("alias %s", alias).isIn(null, indicator.code());
			}
		}
		for (Indicator indicator : catalog.all()) {
			assertThat(catalog.resolve(indicator.name()).map(Indicator::code)).contains(indicator.code());
			for (String alias : indicator.aliases()) {
				assertThat(catalog.resolve(alias).map(Indicator::code)).as("alias %s", alias)
					.contains(indicator.code());
			}
		}
	}

	@Test
	void aliasesAreWrittenNormalisedWithoutATrailingUnit() {
		// The catalogue's own rule: matching compares folded text, and a trailing unit
		// bracket is cut off before matching, so such an alias could never match.
		IndicatorCatalog catalog = ReferenceData.load(new JobsDirectory(JOBS)).indicators();
		for (Indicator indicator : catalog.all()) {
			for (String alias : indicator.aliases()) {
				assertThat(Text.fold(alias)).as("alias %s of %s", alias, indicator.code()).isEqualTo(alias);
				String bracket = Text.trailingBracket(alias);
				if (bracket != null) {
					assertThat(catalog.units().find(bracket)).as("alias %s of %s", alias, indicator.code()).isEmpty();
					assertThat(catalog.resolve(Text.withoutTrailingBracket(alias)).map(Indicator::code))
						.as("alias %s without its bracket", alias)
						.contains(indicator.code());
				}
			}
		}
	}

	@Test
	void everyGrowthRateIsTheGrowthOfItsLevel() {
		IndicatorCatalog catalog = ReferenceData.load(new JobsDirectory(JOBS)).indicators();
		for (Indicator indicator : catalog.all()) {
			if (indicator.code().endsWith("_growth")) {
				assertThat(indicator.growthOf()).as("growth_of of %s", indicator.code())
					.isEqualTo(indicator.code().substring(0, indicator.code().length() - "_growth".length()));
				assertThat(indicator.unit()).as("unit of %s", indicator.code()).isEqualTo("%");
				Indicator level = catalog.byCode(indicator.growthOf()).orElseThrow();
				assertThat(catalog.growthOf(level)).contains(indicator);
			}
			else {
				assertThat(indicator.growthOf()).as("growth_of of %s", indicator.code()).isNull();
			}
		}
	}

	@Test
	void indicatorCodesAreStableAsciiIdentifiers() {
		IndicatorCatalog catalog = ReferenceData.load(new JobsDirectory(JOBS)).indicators();
		for (Indicator indicator : catalog.all()) {
			assertThat(indicator.code()).as("code %s", indicator.code()).matches("[a-z][a-z0-9_]*");
			assertThat(indicator.isProvisional()).as("code %s", indicator.code()).isFalse();
		}
	}

	@Test
	void aTemplateWithAnUnknownLayoutIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		template(jobs, "测试-横排.yml", """
				department: 省统计局
				files: "*主要经济指标*"
				layout: sideways
				header_rows: [2]
				first_data_row: 3
				""");
		assertRejected(jobs, "jobs/templates/测试-横排.yml", "wide, long or transposed");
	}

	@Test
	void aTemplateWithAMisspelledKeyIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		template(jobs, "测试-拼写.yml", """
				department: 省统计局
				files: "*主要经济指标*"
				layout: wide
				header_row: [2]
				""");
		assertRejected(jobs, "jobs/templates/测试-拼写.yml", "header_row");
	}

	@Test
	void aTemplateWithAnUnknownUnitIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		template(jobs, "测试-单位.yml", """
				department: 省统计局
				files: "*主要经济指标*"
				layout: wide
				unit: 银两
				""");
		assertRejected(jobs, "jobs/templates/测试-单位.yml", "银两");
	}

	@Test
	void aTemplateWithoutFilesIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		template(jobs, "测试-无文件.yml", """
				department: 省统计局
				layout: wide
				""");
		assertRejected(jobs, "jobs/templates/测试-无文件.yml");
	}

	@Test
	void anIndicatorWithAnUnknownUnitIsRejectedNamingTheCatalogue() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("indicators.yml"), "    unit: 亿元\n", "    unit: 银两\n");
		assertRejected(jobs, "jobs/indicators.yml", "银两");
	}

	@Test
	void anAliasOfTwoIndicatorsIsRejectedNamingTheCatalogue() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("indicators.yml"), "aliases: [一产增加值]", "aliases: [一产增加值, GDP]");
		assertRejected(jobs, "jobs/indicators.yml", "GDP");
	}

	@Test
	void aGrowthRateOfAnUnknownIndicatorIsRejectedNamingTheCatalogue() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("indicators.yml"), "growth_of: gdp\n", "growth_of: gpd\n");
		assertRejected(jobs, "jobs/indicators.yml", "gpd");
	}

	@Test
	void aMisspelledIndicatorKeyIsRejectedNamingTheCatalogue() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("indicators.yml"), "    check_growth: false\n",
				"    check_growth: false\n    check_grwoth: true\n");
		assertRejected(jobs, "jobs/indicators.yml", "check_grwoth");
	}

	@Test
	void aDeriveMarkOnAnIndicatorThatIsNoGrowthRateIsRejectedNamingTheCatalogue() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("indicators.yml"), "    growth_of: null\n    check_growth: false\n",
				"    growth_of: null\n    check_growth: false\n    derive: false\n");
		assertRejected(jobs, "jobs/indicators.yml", "derive");
	}

	@Test
	void anIndicatorWithoutARequiredFlagIsRejectedNamingTheCatalogue() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("indicators.yml"), "    non_negative: true\n", "");
		assertRejected(jobs, "jobs/indicators.yml", "non_negative");
	}

	@Test
	void aDepartmentRegionNotInTheGazetteerIsRejectedNamingTheDepartments() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("departments.yml"), "region: \"510700\"", "region: \"999999\"");
		assertRejected(jobs, "jobs/departments.yml", "999999");
	}

	@Test
	void aMisspelledDepartmentKeyIsRejectedNamingTheDepartments() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("departments.yml"), "region: \"510700\"", "regoin: \"510700\"");
		assertRejected(jobs, "jobs/departments.yml", "regoin");
	}

	@Test
	void anOfficeWithoutAProvinceIsRejectedNamingTheDepartments() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("departments.yml"), "  province: \"510000\"\n", "");
		assertRejected(jobs, "jobs/departments.yml", "office.province");
	}

	@Test
	void aMissingDepartmentsFileIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		Files.delete(jobs.resolve("departments.yml"));
		assertRejected(jobs, "jobs/departments.yml");
	}

	@Test
	void aGazetteerRowWithAnUnknownLevelIsRejectedNamingTheGazetteer() throws IOException {
		Path jobs = copyOfJobs();
		Files.writeString(jobs.resolve("reference/regions.csv"), "519999,测试市,测试,city,510000\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		assertRejected(jobs, "jobs/reference/regions.csv", "city");
	}

	@Test
	void anOfficeProvinceThatIsNotAProvinceIsRejected() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("departments.yml"), "province: \"510000\"", "province: \"510100\"");
		assertThatExceptionOfType(InvalidDescriptorException.class)
			.isThrownBy(() -> ReferenceData.load(new JobsDirectory(jobs)))
			.withMessageContaining("510100");
	}

	@Test
	void theUnbrokenCopyLoads() throws IOException {
		Path jobs = copyOfJobs();
		ReferenceData reference = ReferenceData.load(new JobsDirectory(jobs));
		assertThat(reference.location()).isEqualTo(jobs.toAbsolutePath().normalize().toString());
		assertThat(reference.templates()).hasSameSizeAs(ReferenceData.load(new JobsDirectory(JOBS)).templates());
	}

	private Path copyOfJobs() throws IOException {
		return JobsCopies.copy(this.temp);
	}

	private static void template(Path jobs, String name, String yaml) throws IOException {
		Files.createDirectories(jobs.resolve("templates"));
		Files.writeString(jobs.resolve("templates").resolve(name), yaml, StandardCharsets.UTF_8);
	}

	private static void replaceFirst(Path file, String from, String to) throws IOException {
		JobsCopies.replaceFirst(file, from, to);
	}

	private static void assertRejected(Path jobs, String file, String... mentions) {
		JobsCopies.assertRejected(jobs, file, mentions);
	}

}
