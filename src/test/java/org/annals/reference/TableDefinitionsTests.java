package org.annals.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.annals.support.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearbook table definitions of {@code jobs/tables}: that each one loads, names
 * indicators and regions that exist, prints its figures in the unit its unit line or
 * headers state, and that a broken one stops Annals naming its file.
 */
class TableDefinitionsTests {

	private static final Path JOBS = Path.of("jobs");

	private static final List<String> IDS = List.of("main-economic-indicators", "government-debt", "population",
			"income-consumption", "chengdu-counties");

	private static final Set<String> VALUES = Set.of("current", "previous", "growth");

	private static final String UNIT_LINE_PREFIX = "单位：";

	@TempDir
	Path temp;

	@Test
	void theFiveTablesLoad() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		for (String id : IDS) {
			assertThat(reference.table(id)).as("table %s", id).isPresent();
			assertThat(reference.table(id).orElseThrow().id()).isEqualTo(id);
		}
		assertThat(reference.table("no-such-table")).isEmpty();
	}

	@Test
	void everyFileUnderJobsTablesIsATableThatLoaded() throws IOException {
		// A file Annals does not read (a .yaml, a table in a sub-folder) would be
		// silently missing from the yearbook rather than fail at start-up.
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		Path folder = JOBS.resolve(TableDefinition.FOLDER);
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> files = walk.filter(Files::isRegularFile).toList();
			assertThat(files).hasSameSizeAs(reference.tables());
			for (Path file : files) {
				String relative = JOBS.relativize(file).toString().replace('\\', '/');
				assertThat(file.getParent()).as("jobs/%s is directly in jobs/tables", relative).isEqualTo(folder);
				String name = file.getFileName().toString();
				assertThat(name).as("jobs/%s is a .yml file", relative).endsWith(".yml");
				String id = name.substring(0, name.length() - ".yml".length());
				assertThat(reference.table(id)).as("jobs/%s loaded as table %s", relative, id).isPresent();
			}
		}
	}

	@Test
	void everyGroupNamesACataloguedIndicatorAndEveryColumnCanBePrinted() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		IndicatorCatalog catalog = reference.indicators();
		assertThat(reference.tables()).isNotEmpty();
		for (TableDefinition table : reference.tables()) {
			assertThat(table.groups()).as("groups of %s", table.id()).isNotEmpty();
			for (TableDefinition.Group group : table.groups()) {
				Indicator indicator = catalog.byCode(group.indicator())
					.orElseThrow(() -> new AssertionError(table.id() + ": indicator " + group.indicator()));
				assertThat(group.columns()).as("columns of %s in %s", indicator.code(), table.id()).isNotEmpty();
				if (group.header() == null && group.columns().size() == 1) {
					// The column stands alone without a group header: its header must say
					// what it shows, not only the year.
					assertThat(group.columns().get(0).header())
						.as("lone column of %s in %s", indicator.code(), table.id())
						.doesNotMatch("\\{(year|previous)\\}年");
				}
				for (TableDefinition.Column column : group.columns()) {
					assertThat(column.header()).as("a column of %s in %s", indicator.code(), table.id()).isNotBlank();
					assertThat(column.value()).as("value of %s in %s", indicator.code(), table.id()).isIn(VALUES);
					assertThat(column.decimals()).as("decimals of %s in %s", indicator.code(), table.id())
						.isBetween(0, 6);
					if ("growth".equals(column.value())) {
						// The growth of a level: either the catalogue has its growth
						// indicator (a submitted figure), or the growth is computed from
						// this year's and last year's values. The growth of a growth rate
						// means nothing.
						assertThat(indicator.growthOf())
							.as("growth column over growth rate %s in %s", indicator.code(), table.id())
							.isNull();
					}
				}
			}
		}
	}

	@Test
	void theGrowthColumnsOfTheFiveTablesHaveGrowthIndicatorsInTheCatalogue() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		IndicatorCatalog catalog = reference.indicators();
		for (String id : IDS) {
			TableDefinition table = reference.table(id).orElseThrow();
			for (TableDefinition.Group group : table.groups()) {
				if (group.columns().stream().anyMatch((c) -> "growth".equals(c.value()))) {
					Indicator indicator = catalog.byCode(group.indicator()).orElseThrow();
					assertThat(catalog.growthOf(indicator)).as("growth indicator of %s in %s", indicator.code(), id)
						.isPresent();
				}
			}
		}
	}

	@Test
	void everyTitleAndHeaderTakesTheYear() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		for (TableDefinition table : reference.tables()) {
			assertThat(table.title()).as("title of %s", table.id()).contains("{year}");
			assertThat(table.titleOf(2022)).as("title of %s", table.id()).contains("2022年").doesNotContain("{", "}");
			for (TableDefinition.Group group : table.groups()) {
				assertThat(group.header()).as("group header of %s in %s", group.indicator(), table.id())
					.satisfiesAnyOf((h) -> assertThat(h).isNull(), (h) -> assertThat(h).doesNotContain("{", "}"));
				for (TableDefinition.Column column : group.columns()) {
					assertThat(column.headerOf(2022)).as("a column of %s in %s", group.indicator(), table.id())
						.doesNotContain("{", "}");
				}
			}
		}
	}

	@Test
	void everyFigureIsInTheUnitItsHeadersOrUnitLineState() {
		// A figure is printed in its indicator's canonical unit (a growth column in %).
		// The unit a reader sees is the one in the column's header, else the one in the
		// group's header, else the unit line: it must be that unit.
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		IndicatorCatalog catalog = reference.indicators();
		for (TableDefinition table : reference.tables()) {
			String lineUnit = null;
			if (table.unitLine() != null) {
				assertThat(table.unitLine()).as("unit line of %s", table.id()).startsWith(UNIT_LINE_PREFIX);
				lineUnit = table.unitLine().substring(UNIT_LINE_PREFIX.length());
				assertThat(catalog.units().find(lineUnit)).as("unit line of %s", table.id()).isPresent();
			}
			for (TableDefinition.Group group : table.groups()) {
				Indicator indicator = catalog.byCode(group.indicator()).orElseThrow();
				for (TableDefinition.Column column : group.columns()) {
					String figures = "growth".equals(column.value()) ? "%" : indicator.unit();
					String stated = statedUnit(catalog, column.header());
					if (stated == null) {
						stated = statedUnit(catalog, group.header());
					}
					if (stated == null) {
						stated = lineUnit;
					}
					assertThat(stated)
						.as("unit of %s %s (%s) in %s", indicator.code(), column.value(), column.header(), table.id())
						.isNotNull();
					assertThat(catalog.units().find(stated).map(IndicatorCatalog.Unit::name))
						.as("unit of %s %s (%s) in %s", indicator.code(), column.value(), column.header(), table.id())
						.isEqualTo(catalog.units().find(figures).map(IndicatorCatalog.Unit::name));
				}
			}
		}
	}

	@Test
	void everyRowRegionIsInTheProvince() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		RegionGazetteer regions = reference.regions();
		for (TableDefinition table : reference.tables()) {
			for (String code : table.rows().regions()) {
				Region region = regions.byCode(code).orElseThrow();
				assertThat(regions.isWithin(region, regions.province())).as("region %s of %s", code, table.id())
					.isTrue();
			}
			if (table.rows().of() != null) {
				Region city = regions.byCode(table.rows().of()).orElseThrow();
				assertThat(regions.isWithin(city, regions.province())).as("rows.of of %s", table.id()).isTrue();
				assertThat(regions.children(city.code())).as("counties of %s", city.code()).isNotEmpty();
			}
		}
	}

	@Test
	void theMainEconomicIndicatorsReadAsTheYearbookPrintsThem() {
		TableDefinition table = ReferenceData.load(new JobsDirectory(JOBS))
			.table("main-economic-indicators")
			.orElseThrow();
		assertThat(table.titleOf(2022)).isEqualTo("2022年各市（州）主要经济指标");
		assertThat(table.rows().set()).isEqualTo("province-and-prefectures");
		assertThat(table.unitLine()).isEqualTo("单位：亿元");
		assertThat(table.groups()).extracting(TableDefinition.Group::indicator)
			.containsExactly("gdp", "general_budget_revenue", "general_budget_expenditure");
		TableDefinition.Group gdp = table.groups().get(0);
		assertThat(gdp.header()).isEqualTo("地区生产总值");
		assertThat(gdp.columns()).extracting((c) -> c.headerOf(2022)).containsExactly("2022年", "2021年", "比上年增长（%）");
		assertThat(gdp.columns()).extracting(TableDefinition.Column::value)
			.containsExactly("current", "previous", "growth");
		assertThat(gdp.columns()).extracting(TableDefinition.Column::decimals).containsExactly(2, 2, 1);
		TableDefinition.Group revenue = table.groups().get(1);
		assertThat(revenue.columns()).extracting(TableDefinition.Column::value).containsExactly("current", "growth");
		// converted from 万元: 1722.4316 亿元 needs two decimals to print 1722.43
		assertThat(revenue.columns().get(0).decimals()).isGreaterThanOrEqualTo(2);
		assertThat(table.groups().get(2).columns()).extracting(TableDefinition.Column::value)
			.containsExactly("current");
		assertThat(table.groups().get(2).columns().get(0).decimals()).isGreaterThanOrEqualTo(2);
		assertThat(table.footnotes()).containsExactly("地区生产总值按当年价格计算，增长速度按可比价格计算。");
		assertThat(table.source()).isEqualTo("资料来源：四川省统计局、四川省财政厅");
	}

	@Test
	void everyShippedTablePrintsAmountsInHundredMillionsOfYuanWithTwoDecimalsAndGrowthWithOne() {
		// issue 20: as the provincial statistical yearbook prints them
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		for (TableDefinition table : reference.tables()) {
			for (TableDefinition.Group group : table.groups()) {
				String unit = reference.indicators().byCode(group.indicator()).orElseThrow().unit();
				for (TableDefinition.Column column : group.columns()) {
					if ("growth".equals(column.value())) {
						assertThat(column.decimals()).as(table.id() + " " + group.indicator() + " growth").isEqualTo(1);
					}
					else if ("亿元".equals(unit)) {
						assertThat(column.decimals()).as(table.id() + " " + group.indicator()).isEqualTo(2);
					}
				}
			}
		}
	}

	@Test
	void theOtherTablesHaveTheirRowsAndSources() {
		ReferenceData reference = ReferenceData.load(new JobsDirectory(JOBS));
		TableDefinition debt = reference.table("government-debt").orElseThrow();
		assertThat(debt.titleOf(2022)).isEqualTo("2022年各市（州）地方政府债务限额及余额");
		assertThat(debt.groups()).extracting(TableDefinition.Group::indicator)
			.containsExactly("gov_general_debt_limit", "gov_special_debt_limit", "gov_general_debt_balance",
					"gov_special_debt_balance");
		assertThat(debt.groups()).allSatisfy((g) -> assertThat(g.header()).isNull());
		assertThat(debt.groups()).extracting((g) -> g.columns().get(0).headerOf(2022))
			.containsExactly("一般债务限额", "专项债务限额", "一般债务余额", "专项债务余额");
		assertThat(debt.footnotes()).containsExactly("全省数据含省本级，各市（州）合计不等于全省。");
		assertThat(debt.source()).isEqualTo("资料来源：四川省财政厅");
		TableDefinition population = reference.table("population").orElseThrow();
		assertThat(population.titleOf(2022)).isEqualTo("2022年各市（州）主要人口指标");
		assertThat(population.groups()).extracting(TableDefinition.Group::indicator)
			.containsExactly("resident_population", "urbanization_rate", "birth_rate", "death_rate");
		assertThat(population.unitLine()).isNull();
		assertThat(population.groups()).extracting((g) -> g.columns().get(0).headerOf(2022))
			.containsExactly("常住人口（万人）", "常住人口城镇化率（%）", "出生率（‰）", "死亡率（‰）");
		assertThat(population.source()).isEqualTo("资料来源：四川省统计局");
		TableDefinition income = reference.table("income-consumption").orElseThrow();
		assertThat(income.rows().set()).isEqualTo("list");
		assertThat(income.rows().regions()).contains("510100");
		assertThat(income.unitLine()).isEqualTo("单位：元");
		assertThat(income.groups()).extracting(TableDefinition.Group::indicator)
			.containsExactly("urban_per_capita_disposable_income", "rural_per_capita_disposable_income",
					"per_capita_consumption");
		assertThat(income.source()).isEqualTo("资料来源：国家统计局四川调查总队");
		TableDefinition counties = reference.table("chengdu-counties").orElseThrow();
		assertThat(counties.titleOf(2022)).isEqualTo("2022年成都市各区（市）县主要经济指标");
		assertThat(counties.rows().set()).isEqualTo("counties");
		assertThat(counties.rows().of()).isEqualTo("510100");
		assertThat(reference.regions().children("510100")).hasSize(20);
		assertThat(counties.groups()).extracting(TableDefinition.Group::indicator)
			.containsExactly("gdp", "resident_population");
		assertThat(counties.groups()).extracting((g) -> g.columns().get(0).headerOf(2022))
			.containsExactly("地区生产总值", "常住人口（万人）");
		assertThat(counties.source()).isEqualTo("资料来源：成都市统计局");
	}

	@Test
	void theUnbrokenCopyLoadsEveryTable() throws IOException {
		Path jobs = copyOfJobs();
		ReferenceData reference = ReferenceData.load(new JobsDirectory(jobs));
		assertThat(reference.tables()).extracting(TableDefinition::id).containsAll(IDS);
	}

	@Test
	void aTableWithAnUnknownIndicatorIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("tables/government-debt.yml"), "indicator: gov_general_debt_limit\n",
				"indicator: no_such\n");
		assertRejected(jobs, "jobs/tables/government-debt.yml", "no_such");
	}

	@Test
	void aListOfRegionsWithAnUnknownRegionIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("tables/income-consumption.yml"), "\"510100\"", "\"519999\"");
		assertRejected(jobs, "jobs/tables/income-consumption.yml", "519999");
	}

	@Test
	void anUnknownRowSetIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("tables/population.yml"), "set: province-and-prefectures\n", "set: cities\n");
		assertRejected(jobs, "jobs/tables/population.yml", "cities");
	}

	@Test
	void anUnknownColumnValueIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("tables/main-economic-indicators.yml"), "value: previous", "value: median");
		assertRejected(jobs, "jobs/tables/main-economic-indicators.yml", "median");
	}

	@Test
	void theCountiesOfACountyAreRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		replaceFirst(jobs.resolve("tables/chengdu-counties.yml"), "of: \"510100\"", "of: \"510104\"");
		assertRejected(jobs, "jobs/tables/chengdu-counties.yml", "510104");
	}

	@Test
	void decimalsOutOfRangeAreRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		table(jobs, "测试-小数.yml", minimalTable().replace("decimals: 1", "decimals: 7"));
		assertRejected(jobs, "jobs/tables/测试-小数.yml", "decimals");
	}

	@Test
	void aMisspelledKeyIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		table(jobs, "测试-拼写.yml", minimalTable().replace("unit_line:", "unit:"));
		assertRejected(jobs, "jobs/tables/测试-拼写.yml", "unit");
	}

	@Test
	void anUnquotedYearPlaceholderIsRejectedNamingIt() throws IOException {
		// {year} unquoted at the start of a value is a YAML flow mapping, not text.
		Path jobs = copyOfJobs();
		table(jobs, "测试-引号.yml", minimalTable().replace("title: \"{year}年测试表\"", "title: {year}年测试表"));
		assertRejected(jobs, "jobs/tables/测试-引号.yml");
	}

	@Test
	void aListWithoutRegionsIsRejectedNamingIt() throws IOException {
		Path jobs = copyOfJobs();
		table(jobs, "测试-空列表.yml", minimalTable().replace("  regions: [\"510000\"]\n", ""));
		assertRejected(jobs, "jobs/tables/测试-空列表.yml", "regions");
	}

	@Test
	void theMinimalTableOfTheNegativeTestsLoads() throws IOException {
		Path jobs = copyOfJobs();
		table(jobs, "测试-最小.yml", minimalTable());
		TableDefinition table = ReferenceData.load(new JobsDirectory(jobs)).table("测试-最小").orElseThrow();
		assertThat(table.titleOf(2022)).isEqualTo("2022年测试表");
		assertThat(table.unitLine()).isEqualTo("单位：亿元");
	}

	private static String minimalTable() {
		return """
				title: "{year}年测试表"
				rows:
				  set: list
				  regions: ["510000"]
				unit_line: 单位：亿元
				groups:
				  - indicator: gdp
				    columns:
				      - {header: "{year}年", value: current, decimals: 1}
				""";
	}

	private static String statedUnit(IndicatorCatalog catalog, String header) {
		if (header == null) {
			return null;
		}
		String bracket = Text.trailingBracket(Text.fold(header));
		return (bracket != null && catalog.units().find(bracket).isPresent()) ? bracket : null;
	}

	private Path copyOfJobs() throws IOException {
		return JobsCopies.copy(this.temp);
	}

	private static void table(Path jobs, String name, String yaml) throws IOException {
		Files.createDirectories(jobs.resolve(TableDefinition.FOLDER));
		Files.writeString(jobs.resolve(TableDefinition.FOLDER).resolve(name), yaml, StandardCharsets.UTF_8);
	}

	private static void replaceFirst(Path file, String from, String to) throws IOException {
		JobsCopies.replaceFirst(file, from, to);
	}

	private static void assertRejected(Path jobs, String file, String... mentions) {
		JobsCopies.assertRejected(jobs, file, mentions);
	}

}
