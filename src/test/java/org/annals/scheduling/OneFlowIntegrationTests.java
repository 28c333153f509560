package org.annals.scheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.scheduling.internal.SchedulingProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One catalogue of jobs and one way to run a flow for every entry point (issue 21): the
 * catalogue names every job there is; the nightly flow runs its jobs in the catalogue's
 * order and tells its listener of each; the inbox is the command line's, else the setting
 * {@code annals.inbox}, else {@code $ANNALS_HOME/inbox}.
 */
class OneFlowIntegrationTests extends PostgresTestSupport {

	private static final Path INBOX = temporary();

	@Autowired
	ScheduledWork work;

	@Autowired
	InboxLocation location;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void inbox(DynamicPropertyRegistry registry) {
		registry.add("annals.inbox", INBOX::toString);
		registry.add("annals.ingest.settle", () -> "0s");
	}

	private static Path temporary() {
		try {
			return Files.createTempDirectory("annals-setting-inbox-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void empty() {
		emptyTables(this.jdbc);
	}

	@Test
	void theCatalogueNamesEveryJobThereIs() {
		Set<String> catalogued = JobCatalogue.JOBS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
		assertThat(this.context.getBeansOfType(Job.class).keySet()).containsExactlyInAnyOrderElementsOf(catalogued);
		assertThat(JobCatalogue.FLOWS).containsExactlyInAnyOrder("nightly", "ingest", "compile", "archive", "fixity");
	}

	@Test
	void theInboxIsTheOneNamedElseTheSettingElseTheDataFolders() {
		assertThat(this.work.inbox()).isEqualTo(INBOX.toAbsolutePath().normalize());
		assertThat(this.location.inbox(null)).isEqualTo(INBOX.toAbsolutePath().normalize());
		assertThat(this.location.inbox(Path.of("named/../named"))).isEqualTo(Path.of("named").toAbsolutePath());
		InboxLocation unset = new InboxLocation(new org.annals.support.AnnalsProperties(home(), "zh", false),
				new SchedulingProperties(new SchedulingProperties.Scheduling(false, null, null, null, null), null,
						null));
		assertThat(unset.inbox(null)).isEqualTo(home().resolve("inbox").toAbsolutePath().normalize());
	}

	@Test
	void theNightlyFlowRunsItsJobsInTheCataloguesOrderOnTheSettingsInbox() throws Exception {
		TestInboxes.drop(INBOX, "省统计局", "gdp.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,56749.8");
		List<String> told = new ArrayList<>();
		FlowListener listener = new FlowListener() {
			@Override
			public void starting(String job, Map<String, String> parameters, int step, int steps) {
				told.add(step + "/" + steps + " " + job + " " + parameters);
			}

			@Override
			public void ended(JobExecution execution) {
				told.add("ended " + execution.getJobInstance().getJobName() + " " + execution.getStatus());
			}
		};

		ScheduledWork.FlowRun run = this.work.run(JobCatalogue.NIGHTLY, Map.of(), null, listener);

		assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.executions()).extracting((e) -> e.getJobInstance().getJobName())
			.containsExactlyElementsOf(JobCatalogue.JOBS.get(JobCatalogue.NIGHTLY));
		String inbox = "{inbox=" + INBOX.toAbsolutePath().normalize() + "}";
		assertThat(told).containsExactly("1/4 ingestStatisticsJob " + inbox, "ended ingestStatisticsJob COMPLETED",
				"2/4 ingestEventsJob " + inbox, "ended ingestEventsJob COMPLETED", "3/4 compileTablesJob {year=2022}",
				"ended compileTablesJob COMPLETED", "4/4 compileChronicleJob {year=all}",
				"ended compileChronicleJob COMPLETED");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_submission where status = 'loaded'",
				Integer.class))
			.isEqualTo(1);
	}

}
