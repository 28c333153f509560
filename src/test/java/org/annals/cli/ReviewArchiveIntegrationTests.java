package org.annals.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.archive.ArchiveService;
import org.annals.cli.internal.AnnalsCommand;
import org.annals.cli.internal.Failures;
import org.annals.cli.internal.SpringFactory;
import org.annals.review.ReviewItem;
import org.annals.review.ReviewTestOffice;
import org.annals.review.Reviews;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobRunner;
import org.annals.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: {@code annals archive create} for a year whose tables are not all signed off
 * (审定) names them and refuses (exit 1) unless {@code --include-unsigned}; a snapshot
 * takes each table's signed-off build, though a later fact changed the table (which opens
 * a new round instead of changing print silently), and carries {@code reviews.csv} and
 * {@code audit.csv}.
 */
class ReviewArchiveIntegrationTests extends PostgresTestSupport {

	private static final String HEADER = "地区,指标,计量单位,年份,数值";

	@Autowired
	ApplicationContext context;

	@Autowired
	JobRunner jobs;

	@Autowired
	Reviews reviews;

	@Autowired
	ArchiveService archive;

	@TempDir
	Path inbox;

	record Run(int exitCode, String out, String err) {
	}

	@BeforeEach
	void noReviews() {
		ReviewTestOffice.empty(this.jdbc);
		this.jdbc.update("delete from archive_fixity_check");
		this.jdbc.update("delete from archive_snapshot");
		Messages.use("zh");
	}

	@AfterEach
	void chinese() {
		Messages.use("zh");
	}

	private Run annals(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		ByteArrayOutputStream complained = new ByteArrayOutputStream();
		StringWriter picocli = new StringWriter();
		try {
			System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(complained, true, StandardCharsets.UTF_8));
			CommandLine cli = new CommandLine(AnnalsCommand.class,
					new SpringFactory(this.context,
							AnnalsCli.innermost(new CommandLine(new AnnalsCommand()).parseArgs(args))
								.commandSpec()
								.userObject()
								.getClass()));
			cli.setErr(new PrintWriter(picocli, true));
			cli.setExecutionExceptionHandler(
					(ex, commandLine, result) -> Failures.report(ex, new PrintWriter(picocli, true)));
			int code = cli.execute(args);
			return new Run(code, printed.toString(StandardCharsets.UTF_8),
					complained.toString(StandardCharsets.UTF_8) + picocli);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private void ingestAndCompile(String name, String gdp) throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", name, HEADER, "全省,地区生产总值,亿元,2022," + gdp, "成都市,地区生产总值,亿元,2022,20817.5");
		assertThat(this.jobs.run(JobCatalogue.INGEST_STATISTICS, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobs.run(JobCatalogue.COMPILE_TABLES, Map.of("year", "2022")).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private static Reviews.Reviewer reviewer(String region) {
		return new Reviews.Reviewer("r-" + region, region, "127.0.0.1");
	}

	/** Passes a year's tables through every level and has the province sign them off. */
	private void signOffEveryTable() {
		for (ReviewItem item : this.reviews.visible(reviewer("510000"))) {
			if (ReviewItem.TABLE.equals(item.kind())) {
				ReviewItem now = item;
				while (ReviewItem.PENDING.equals(now.state())) {
					now = this.reviews.pass(reviewer(now.levelRegion()), now.id());
				}
				this.reviews.signOff(reviewer("510000"), now.id());
			}
		}
	}

	private static String mainTable(Path bag) throws Exception {
		try (Stream<Path> files = Files.list(bag.resolve("data/tables"))) {
			Path json = files.filter((f) -> f.getFileName().toString().endsWith("各市（州）主要经济指标.json"))
				.findFirst()
				.orElseThrow();
			return Files.readString(json, StandardCharsets.UTF_8);
		}
	}

	@Test
	void aYearWithUnsignedTablesIsRefusedUnlessAskedAndASnapshotTakesTheSignedBuild() throws Exception {
		ingestAndCompile("a.csv", "56749.8");
		Run refused = annals("archive", "create", "--year", "2022", "--label", "refused");
		assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
		assertThat(refused.err()).contains("2022年有统计表尚未审定")
			.contains("main-economic-indicators")
			.contains("--include-unsigned");
		assertThat(this.archive.list()).isEmpty();
		Run asked = annals("archive", "create", "--year", "2022", "--label", "asked", "--include-unsigned");
		assertThat(asked.exitCode()).as(asked.err()).isZero();
		assertThat(mainTable(Path.of(this.archive.list().get(0).path()))).contains("56749.8");

		signOffEveryTable();
		assertThat(this.reviews.unsignedTables(2022)).isEmpty();
		long signed = this.reviews.signedBuild("main-economic-indicators", 2022).orElseThrow();

		// a later fact that changes a signed-off cell: a new build, a new round, the
		// signed build still the one archived
		ingestAndCompile("b.csv", "56800.1");
		ReviewItem reopened = this.reviews.tableItem("main-economic-indicators", 2022).orElseThrow();
		assertThat(reopened.round()).isEqualTo(2);
		assertThat(reopened.state()).isEqualTo(ReviewItem.PENDING);
		assertThat(reopened.subjectRef()).isGreaterThan(signed);
		assertThat(reopened.signedRef()).isEqualTo(signed);

		Run created = annals("archive", "create", "--year", "2022", "--label", "signed");
		assertThat(created.exitCode()).as(created.err()).isZero();
		Path bag = Path.of(this.archive.list().get(0).path());
		assertThat(mainTable(bag)).contains("56749.8").doesNotContain("56800.1");
		List<String> reviews = Files.readAllLines(bag.resolve("data/reviews.csv"), StandardCharsets.UTF_8);
		assertThat(reviews.get(0)).isEqualTo(String.join(",", org.annals.review.ReviewTrail.COLUMNS));
		assertThat(reviews)
			.anyMatch((l) -> l.contains(",main-economic-indicators|2022,") && l.contains(",signed_off,r-510000,"))
			.anyMatch((l) -> l.contains(",main-economic-indicators|2022,")
					&& l.contains(",2,province,510000,opened,system,"));
		List<String> audit = Files.readAllLines(bag.resolve("data/audit.csv"), StandardCharsets.UTF_8);
		assertThat(audit.get(0)).isEqualTo("occurred_at,principal,event_type,remote_address,detail");
		assertThat(audit).anyMatch((l) -> l.contains(",r-510000,REVIEW_SIGNED_OFF,127.0.0.1,"))
			.anyMatch((l) -> l.contains(",r-510100,REVIEW_PASSED,"));
		assertThat(this.archive.verify(bag.toString()).valid()).isTrue();

		// the signed build stays the one printed while the new round is reviewed: the
		// year
		// is not refused for it
		assertThat(this.reviews.unsignedTables(2022)).isEmpty();
	}

}
