package org.annals.reference;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rank of a figure's source (数出一门, issue 20) from {@code authorities} in
 * {@code jobs/departments.yml}, and a bad entry refused at start-up with a message that
 * names it.
 */
class SourceRanksTests {

	private static final SourceRanks RANKS = ReferenceData.load(new JobsDirectory(Path.of("jobs"))).sourceRanks();

	@TempDir
	Path temp;

	@Test
	void theListedSourcesComeFirstInTheirOrder() {
		assertThat(RANKS.rank("省统计局", "gdp", "510600")).isLessThan(RANKS.rank("省发展改革委", "gdp", "510600"));
		assertThat(RANKS.rank("省财政厅", "general_budget_revenue", "510100"))
			.isLessThan(RANKS.rank("省统计局", "general_budget_revenue", "510100"));
		assertThat(RANKS.rank("省统计局", "gdp", "510600")).isLessThan(RANKS.rank("省财政厅", "gdp", "510600"));
	}

	@Test
	void aCityOfficeRanksAboveOtherDepartmentsForItsOwnCountiesOnlyBelowTheListed() {
		int own = RANKS.rank("成都市地方志办公室", "gdp", "510104");
		assertThat(own).isGreaterThan(RANKS.rank("省统计局", "gdp", "510104"))
			.isLessThan(RANKS.rank("省财政厅", "gdp", "510104"));
		assertThat(RANKS.rank("成都市地方志办公室", "gdp", "510600")).as("another city's figure")
			.isEqualTo(RANKS.rank("省财政厅", "gdp", "510600"));
	}

	@Test
	void anUnregisteredFolderRanksBelowEveryRegisteredSource() {
		int unregistered = RANKS.rank("省公安厅", "civil_vehicles", "510600");
		assertThat(unregistered).isGreaterThan(RANKS.rank("省委办公厅", "civil_vehicles", "510600"))
			.isGreaterThan(RANKS.rank("省统计局", "civil_vehicles", "510600"))
			.isEqualTo(RANKS.rank("某某单位", "gdp", "510000"));
	}

	@Test
	void anAuthorityNamingAnUnknownIndicatorIsRejectedNamingIt() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("departments.yml"), "- indicators: [gdp,", "- indicators: [gpd,");
		JobsCopies.assertRejected(jobs, "jobs/departments.yml", "authorities 中的指标“gpd”不在 indicators.yml 中",
				"indicator gpd in authorities is not in indicators.yml");
	}

	@Test
	void anAuthorityNamingAnUnknownFolderIsRejectedNamingIt() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("departments.yml"), "sources: [省财政厅, 省统计局]", "sources: [财政厅, 省统计局]");
		JobsCopies.assertRejected(jobs, "jobs/departments.yml", "来源“财政厅”不是 departments 中的文件夹");
	}

	@Test
	void anIndicatorRankedTwiceIsRejectedNamingIt() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("departments.yml"), "  - indicators: [civil_vehicles,",
				"  - indicators: [gdp, civil_vehicles,");
		JobsCopies.assertRejected(jobs, "jobs/departments.yml", "指标“gdp”在 authorities 中出现了两次");
	}

	@Test
	void anAuthorityWithoutSourcesIsRejected() throws IOException {
		Path jobs = JobsCopies.copy(this.temp);
		JobsCopies.replaceFirst(jobs.resolve("departments.yml"), "sources: [省公安厅交通管理局, 省统计局]", "sources: []");
		JobsCopies.assertRejected(jobs, "jobs/departments.yml", "needs indicators and sources");
	}

}
