package org.annals.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for region names read as of the data's year (issue 20): a table of a year before
 * 撤县设区 or a move between cities loads under the codes of that year.
 */
class RegionsOfTheYearTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	@Test
	void aCountyTableOf2014LoadsUnderTheCodesOf2014() throws IOException {
		List<StagedFact> facts = facts("成都市地方志办公室", "2014年成都市各区（市）县地区生产总值.csv");

		assertThat(facts)
			.extracting(StagedFact::cell, StagedFact::regionCode, StagedFact::year, (f) -> f.value().toPlainString())
			.containsExactly(tuple("B4", "510100", 2014, "10056.6"), tuple("B5", "510104", 2014, "791.2"),
					tuple("B6", "510122", 2014, "852.7"), tuple("B7", "510124", 2014, "419.3"),
					tuple("B8", "510132", 2014, "252.6"));
	}

	@Test
	void jianyangStaysUnderZiyangIn2015AndIsUnderChengduIn2017() throws IOException {
		List<StagedFact> facts = facts("省统计局", "简阳市地区生产总值.csv");

		assertThat(facts).extracting(StagedFact::cell, StagedFact::regionCode, StagedFact::year)
			.containsExactly(tuple("E2", "512081", 2015), tuple("E3", "510185", 2017), tuple("E4", "512000", 2015),
					tuple("E5", "512000", 2017), tuple("E6", "510100", 2015), tuple("E7", "510100", 2017));
		assertThat(REFERENCE.regions().byCode("512081", 2015).orElseThrow().parentCode()).isEqualTo("512000");
	}

	@Test
	void aRenamedCountyTakesTheCodeOfEachYearItsColumnsCover() throws IOException {
		List<StagedFact> facts = facts("省统计局", "部分县（市）地区生产总值（2014—2016年）.csv");

		assertThat(facts).extracting(StagedFact::cell, StagedFact::regionCode, StagedFact::year)
			.containsExactly(tuple("B4", "513321", 2014), tuple("C4", "513301", 2015), tuple("D4", "513301", 2016),
					tuple("B5", "513229", 2014), tuple("C5", "513201", 2015), tuple("D5", "513201", 2016),
					tuple("B6", "510124", 2014), tuple("C6", "510124", 2015), tuple("D6", "510117", 2016));
	}

	@Test
	void aFigureOfAYearBeforeItsRegionWasSetUpLoadsWithAWarning() throws IOException {
		// 恩阳区 was carved out of 巴州区 in 2013: no division of 2012 has its area; one
		// warning per region and year
		List<Issue> issues = new ArrayList<>();
		List<StagedFact> facts = facts("省统计局", "巴中市恩阳区设立前后.csv", issues);

		assertThat(facts).extracting(StagedFact::cell, StagedFact::regionCode, StagedFact::year)
			.containsExactly(tuple("E2", "511903", 2012), tuple("E3", "511903", 2013), tuple("E4", "511902", 2012),
					tuple("E5", "511903", 2012));
		assertThat(issues).filteredOn((issue) -> issue.severity() == Severity.WARNING)
			.extracting(Issue::code, Issue::cell, Issue::chinese, Issue::english)
			.containsExactly(tuple("REGION_NOT_OF_YEAR", "E2", "2012年时“恩阳区”尚未设立或已撤销，又无行政区域相同的对应地区；数值按“恩阳区”载入，请核实年份和地区。",
					"\"恩阳区\" was not a division in 2012 (not yet set up, or abolished with no successor of the same area); "
							+ "the figure is loaded under \"恩阳区\": check the year and the region."));
	}

	private static List<StagedFact> facts(String department, String file) throws IOException {
		List<Issue> issues = new ArrayList<>();
		List<StagedFact> facts = facts(department, file, issues);
		assertThat(issues).as("warnings and errors of %s", file)
			.noneMatch((i) -> i.severity() == Severity.ERROR || i.severity() == Severity.WARNING);
		return facts;
	}

	private static List<StagedFact> facts(String department, String file, List<Issue> issues) throws IOException {
		List<StagedFact> facts = new ArrayList<>();
		Path path = Path.of("src/test/resources/fixtures/ingest/regions", file);
		try (SubmissionParser parser = new SubmissionParser(path, file, department, REFERENCE)) {
			RowOutcome outcome;
			while ((outcome = parser.next()) != null) {
				facts.addAll(outcome.facts());
				issues.addAll(outcome.issues());
			}
		}
		assertThat(issues).as("errors of %s", file).noneMatch((i) -> i.severity() == Severity.ERROR);
		return facts;
	}

}
