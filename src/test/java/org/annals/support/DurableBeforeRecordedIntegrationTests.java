package org.annals.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.archive.ArchiveService;
import org.annals.archive.Snapshot;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.ingest.OriginalStore;
import org.annals.ingest.SubmissionIntake;
import org.annals.ingest.IngestReporter;
import org.annals.ingest.IngestSummary;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 6, durable before recorded: an original, a report and every file of a
 * snapshot is forced to disk, and so is every folder that names it, before the database
 * says it exists. The forcing is real ({@code fsync}); a recording {@link DurableFiles}
 * looks at the database just after each force returns (on the same thread, so inside the
 * writer's own transaction too), which proves the order of force and insert. What no test
 * here can prove is that the disk keeps what {@code fsync} was told: that takes a power
 * cut (or a block-device fault injector such as dm-log-writes), outside a test run.
 */
class DurableBeforeRecordedIntegrationTests extends PostgresTestSupport {

	@TestBean
	DurableFiles durable;

	@Autowired
	SubmissionIntake intake;

	@Autowired
	OriginalStore store;

	@Autowired
	JobRunner jobs;

	@Autowired
	IngestReporter reporter;

	@Autowired
	ArchiveService archive;

	@TempDir
	Path inbox;

	static DurableFiles durable() {
		return new RecordingDurableFiles();
	}

	private RecordingDurableFiles recorder() {
		return (RecordingDurableFiles) this.durable;
	}

	private static String sha(byte[] bytes) {
		java.security.MessageDigest digest = Sha256.newDigest();
		digest.update(bytes);
		return Sha256.hex(digest);
	}

	private static Path real(Path path) {
		return path.toAbsolutePath().normalize();
	}

	private List<Path> forcedSeeing(String seen) {
		return recorder().forced()
			.stream()
			.filter((f) -> f.seen().equals(seen))
			.map(RecordingDurableFiles.Forced::path)
			.toList();
	}

	@Test
	void anUploadIsOnDiskWithEveryFolderToItBeforeItsSubmissionIsRecorded() throws Exception {
		byte[] bytes = "地区,指标,计量单位,年份,数值\n全省,地区生产总值,亿元,2022,56749.8\n".getBytes(StandardCharsets.UTF_8);
		String sha = sha(bytes);
		recorder().watch((path) -> "rows=" + this.jdbc
			.queryForObject("select count(*) from ingest_submission where sha256 = ?", Integer.class, sha));
		SubmissionIntake.Receipt receipt = this.intake.receive(new ByteArrayInputStream(bytes), "省统计局", "a.csv");
		Path original = real(this.store.pathOf(sha));
		assertThat(receipt.stored().path()).isEqualTo(this.store.pathOf(sha));
		assertThat(forcedSeeing("rows=0")).containsSubsequence(original, original.getParent(),
				original.getParent().getParent(), original.getParent().getParent().getParent());
		assertThat(forcedSeeing("rows=1")).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from ingest_submission where sha256 = ?", Integer.class, sha))
			.isEqualTo(1);
	}

	@Test
	void anInboxFileIsOnDiskWithEveryFolderToItBeforeItsSubmissionIsRecorded() throws Exception {
		Path file = TestInboxes.drop(this.inbox, "省统计局", "b.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,56749.9");
		String sha = sha(Files.readAllBytes(file));
		recorder()
			.watch((path) -> "rows=" + this.jdbc.queryForObject("select count(*) from ingest_submission", Integer.class)
					+ ",receipts=" + this.jdbc.queryForObject("select count(*) from ingest_receipt", Integer.class));
		assertThat(this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString())).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Path original = real(this.store.pathOf(sha));
		assertThat(forcedSeeing("rows=0,receipts=0")).containsSubsequence(original, original.getParent(),
				original.getParent().getParent(), original.getParent().getParent().getParent());
		assertThat(
				this.jdbc.queryForObject("select count(*) from ingest_submission where sha256 = ?", Integer.class, sha))
			.isEqualTo(1);
	}

	@Test
	void everyReportIsForcedWholeBeforeItTakesItsNameAndItsFolderAfter() throws Exception {
		TestInboxes.drop(this.inbox, "省统计局", "c.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,56750.0");
		TestInboxes.drop(this.inbox, "省统计局", "d.csv", "地区,指标,计量单位,年份,数值", "全省,地区生产总值,亿元,2022,不是数");
		JobExecution execution = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		Path reports = real(home().resolve("reports"));
		IngestSummary summary = this.reporter.summarise(List.of(execution.getId()), 0);
		List<String> names = summary.files()
			.stream()
			.map((f) -> IngestReporter.reportName(f.submission()))
			.flatMap((base) -> Stream.of(base + ".txt", base + ".json"))
			.toList();
		assertThat(names).hasSize(4);
		recorder().watch((path) -> "reports=" + names.stream().filter((n) -> Files.exists(reports.resolve(n))).count());
		Path folder = this.reporter.writeReports(summary);
		assertThat(folder.toAbsolutePath().normalize()).isEqualTo(reports);
		assertThat(names).allMatch((n) -> reports.resolve(n).toFile().length() > 0);
		List<RecordingDurableFiles.Forced> forced = recorder().forced()
			.stream()
			.filter((f) -> f.path().startsWith(reports))
			.toList();
		assertThat(forced).hasSize(8);
		for (int k = 0; k < 4; k++) {
			RecordingDurableFiles.Forced content = forced.get(2 * k);
			RecordingDurableFiles.Forced name = forced.get(2 * k + 1);
			assertThat(content.path().getFileName().toString()).startsWith(".writing-");
			assertThat(content.seen()).as("report %s forced before it has its name", k).isEqualTo("reports=" + k);
			assertThat(name.path()).isEqualTo(reports);
			assertThat(name.seen()).as("the folder forced once report %s has its name", k)
				.isEqualTo("reports=" + (k + 1));
		}
	}

	@Test
	void everyFileAndFolderOfASnapshotIsOnDiskBeforeItsRowIsWritten() throws Exception {
		Path archiveFolder = real(home().resolve("archive"));
		Path target = archiveFolder.resolve("2031-durable");
		recorder().watch((path) -> "rows=" + this.jdbc
			.queryForObject("select count(*) from archive_snapshot where label = 'durable'", Integer.class)
				+ ",inPlace=" + Files.isDirectory(target));
		Snapshot snapshot = this.archive.create(2031, "durable", null, (file) -> {
		});
		assertThat(Path.of(snapshot.path())).isEqualTo(target);
		List<RecordingDurableFiles.Forced> forced = recorder().forced();
		assertThat(forced).isNotEmpty().allMatch((f) -> f.seen().startsWith("rows=0,"));
		List<String> inTheBag;
		try (Stream<Path> files = Files.walk(target)) {
			inTheBag = files.map((p) -> target.relativize(p).toString()).sorted().toList();
		}
		List<String> forcedWhileBuilding = forced.stream()
			.filter((f) -> f.seen().equals("rows=0,inPlace=false") && f.path().startsWith(archiveFolder))
			.map((f) -> archiveFolder.relativize(f.path()))
			.filter((p) -> p.getName(0).toString().startsWith(".building-2031-durable-")
					&& !p.getName(0).toString().endsWith(".owner"))
			.map((p) -> (p.getNameCount() == 1) ? "" : p.subpath(1, p.getNameCount()).toString())
			.sorted()
			.toList();
		assertThat(forcedWhileBuilding).as("every file and folder of the bag, forced before the rename")
			.containsExactlyElementsOf(inTheBag);
		assertThat(forced.get(forced.size() - 1)).as("the archive folder, forced once the bag has its name")
			.isEqualTo(new RecordingDurableFiles.Forced(archiveFolder, true, "rows=0,inPlace=true"));
		assertThat(this.jdbc.queryForObject("select count(*) from archive_snapshot where label = 'durable'",
				Integer.class))
			.isEqualTo(1);
	}

}
