package org.annals.archive;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.archive.internal.BagWriter;
import org.annals.chronicle.ChronicleJobConfiguration;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.annals.tables.TablesJobConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Snapshots of sample-input's 2022 on PostgreSQL: what a bag holds, an independent check
 * with the Library of Congress's bagit-java, tampering caught (a changed byte, a deleted
 * or rewritten tag manifest), a crash half-way leaving no half bag, the fixity job, and a
 * diff across a revised submission.
 */
class ArchiveFunctionalTests extends PostgresTestSupport {

	@Autowired
	JobRunner jobs;

	@Autowired
	ArchiveService archive;

	@TempDir
	Path inbox;

	@BeforeEach
	void ingestAndCompile() throws Exception {
		Path folder = home().resolve("archive");
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					file.toFile().setWritable(true);
					Files.delete(file);
				}
			}
		}
		TestInboxes.copyOfSampleInput(this.inbox);
		run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		run(IngestJobConfiguration.EVENTS_JOB, Map.of("inbox", this.inbox.toString()));
		compile();
	}

	private void compile() throws Exception {
		run(TablesJobConfiguration.JOB, Map.of("year", "2022"));
		run(ChronicleJobConfiguration.JOB, Map.of("year", "all"));
	}

	private void run(String job, Map<String, String> parameters) throws Exception {
		assertThat(this.jobs.run(job, parameters).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	private Path create(String label) {
		return Path.of(this.archive.create(2022, label, null, (file) -> {
		}).path());
	}

	@Test
	void aSnapshotHoldsTheYearAndAnyBagItToolAcceptsIt() throws Exception {
		Path bag = create("first");
		assertThat(bag.getFileName()).hasToString("2022-first");
		assertThat(bag.resolve("data/tables/2022年各市（州）主要经济指标.xlsx")).exists();
		assertThat(bag.resolve("data/tables/2022年各市（州）主要经济指标.json")).exists();
		assertThat(bag.resolve("data/chronicle/2022年大事记.docx")).exists();
		assertThat(bag.resolve("data/chronicle/2022年大事记.md")).exists();
		assertThat(bag.resolve("data/facts/facts-2022.csv")).exists();
		assertThat(bag.resolve("data/lineage.csv")).content(StandardCharsets.UTF_8)
			.contains("2022年各市（州）主要经济指标,510100,成都市");
		assertThat(bag.resolve("data/originals/originals.csv")).content(StandardCharsets.UTF_8)
			.contains("2022年各市（州）主要经济指标.xlsx")
			.contains("2022年大事记.docx");
		try (Stream<Path> reports = Files.list(bag.resolve("data/reports"))) {
			assertThat(reports.filter((p) -> p.toString().endsWith(".txt")).count()).isGreaterThanOrEqualTo(10);
		}
		assertThat(bag.resolve("bag-info.txt")).content(StandardCharsets.UTF_8)
			.contains("Source-Organization: 四川省地方志工作办公室")
			.contains("External-Identifier: annals-2022-first")
			.contains("Annals-Year: 2022")
			.contains("Payload-Oxum: ");
		for (String tag : List.of("bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt",
				"tagmanifest-sha256.txt")) {
			assertThat(bag.resolve(tag)).exists();
		}
		assertThat(Files.getPosixFilePermissions(bag.resolve("data/facts/facts-2022.csv")))
			.doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
		assertThat(this.archive.verify(bag.toString()).valid()).isTrue();
		Bag read = new BagReader().read(bag);
		try (gov.loc.repository.bagit.verify.BagVerifier independent = new gov.loc.repository.bagit.verify.BagVerifier()) {
			independent.isValid(read, false);
		}
		assertThat(read.getVersion()).hasToString("1.0");
	}

	@Test
	void aSecondSnapshotWithTheSameLabelIsRefused() {
		create("once");
		assertThatExceptionOfType(ArchiveService.RefusedException.class).isThrownBy(() -> create("once"))
			.withMessageContaining("2022/once");
	}

	/**
	 * RELIABILITY #14: one byte changed, same size; our verify and sha256sum both fail.
	 */
	@Test
	void oneChangedByteIsFoundAndTheFileNamed() throws Exception {
		Path bag = create("tampered");
		assertThat(sha256sumCheck(bag)).as("sha256sum -c --strict on the untouched bag").isZero();
		Path facts = bag.resolve("data/facts/facts-2022.csv");
		long size = Files.size(facts);
		facts.toFile().setWritable(true);
		try (RandomAccessFile file = new RandomAccessFile(facts.toFile(), "rw")) {
			file.seek(10);
			int b = file.read();
			file.seek(10);
			file.write(b ^ 0x01);
		}
		assertThat(Files.size(facts)).isEqualTo(size);
		BagVerifier.Verification verification = this.archive.verify(bag.toString());
		assertThat(verification.valid()).isFalse();
		assertThat(verification.errors()).extracting(BagVerifier.Problem::file).contains("data/facts/facts-2022.csv");
		assertThat(sha256sumCheck(bag)).as("sha256sum -c --strict on the tampered bag").isEqualTo(1);
	}

	/**
	 * {@code (cd BAG && sha256sum -c --strict --quiet manifest-sha256.txt)}: its exit
	 * code.
	 */
	private static int sha256sumCheck(Path bag) throws Exception {
		Process process = new ProcessBuilder("sha256sum", "-c", "--strict", "--quiet", "manifest-sha256.txt")
			.directory(bag.toFile())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		return process.waitFor();
	}

	/**
	 * RELIABILITY #26: the tag manifest deleted and bag-info.txt edited; on its own the
	 * bag looks whole (a tag manifest is optional), the hash anchored in the database,
	 * which is sha256sum's of the original tag manifest, catches it.
	 */
	@Test
	void aDeletedTagManifestAndAnEditedBagInfoAreCaughtThroughTheAnchoredHash() throws Exception {
		Snapshot snapshot = this.archive.create(2022, "anchored", null, (file) -> {
		});
		Path bag = Path.of(snapshot.path());
		Process sha256sum = new ProcessBuilder("sha256sum", "tagmanifest-sha256.txt").directory(bag.toFile()).start();
		String printed = new String(sha256sum.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(sha256sum.waitFor()).isZero();
		assertThat(this.jdbc.queryForObject("select tagmanifest_sha256 from archive_snapshot where id = ?",
				String.class, snapshot.id()))
			.isEqualTo(printed.substring(0, 64));
		Files.delete(bag.resolve("tagmanifest-sha256.txt"));
		Path info = bag.resolve("bag-info.txt");
		info.toFile().setWritable(true);
		Files.writeString(info, Files.readString(info).replace("Annals-Year: 2022", "Annals-Year: 2021"));
		assertThat(new BagVerifier().verify(bag).valid()).as("on its own the bag looks whole").isTrue();
		BagVerifier.Verification verification = this.archive.verify(String.valueOf(snapshot.id()));
		assertThat(verification.valid()).isFalse();
		assertThat(verification.errors()).anySatisfy((p) -> {
			assertThat(p.file()).isEqualTo("tagmanifest-sha256.txt");
			assertThat(p.what()).contains(snapshot.tagManifestSha256());
		});
	}

	@Test
	void bagInfoEditedWithAMatchingTagManifestIsStillCaught() throws Exception {
		Snapshot snapshot = this.archive.create(2022, "rewritten", null, (file) -> {
		});
		Path bag = Path.of(snapshot.path());
		Path info = bag.resolve("bag-info.txt");
		info.toFile().setWritable(true);
		Files.writeString(info, Files.readString(info).replace("Annals-Year: 2022", "Annals-Year: 2021"));
		Path tags = bag.resolve("tagmanifest-sha256.txt");
		tags.toFile().setWritable(true);
		String rewritten = Files.readAllLines(tags)
			.stream()
			.map((line) -> line.endsWith("bag-info.txt") ? hash(info) + "  bag-info.txt" : line)
			.reduce("", (a, b) -> a + b + "\n");
		Files.writeString(tags, rewritten);
		assertThat(new BagVerifier().verify(bag).valid()).as("on its own the bag looks whole").isTrue();
		assertThat(this.archive.verify(String.valueOf(snapshot.id())).errors()).extracting(BagVerifier.Problem::file)
			.containsExactly("tagmanifest-sha256.txt");
	}

	private static String hash(Path file) {
		try {
			return BagWriter.hash(file, "SHA-256");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void aCrashHalfWayLeavesNoHalfBagAndTheNextRunMakesItWhole() throws Exception {
		int[] written = { 0 };
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.archive.create(2022, "crash", null, (file) -> {
				if (++written[0] == 3) {
					throw new IllegalStateException("the power went out");
				}
			}));
		Path folder = home().resolve("archive");
		try (Stream<Path> left = Files.list(folder)) {
			assertThat(left.map((p) -> p.getFileName().toString()).toList())
				.as("the builder removes its own half bag (a dead builder's is removed by the next: "
						+ "ArchiveBuildersIntegrationTests)")
				.isEmpty();
		}
		Path bag = create("crash");
		try (Stream<Path> left = Files.list(folder)) {
			assertThat(left.map((p) -> p.getFileName().toString()).toList()).containsExactly("2022-crash");
		}
		assertThat(this.archive.verify(bag.toString()).valid()).isTrue();
	}

	@Test
	void theFixityCheckRecordsEachOutcomeAndFailsLoudly() throws Exception {
		Snapshot good = this.archive.create(2022, "good", null, (file) -> {
		});
		Snapshot bad = this.archive.create(2022, "bad", null, (file) -> {
		});
		Files.delete(Path.of(bad.path(), "data/lineage.csv"));
		assertThat(this.jobs.run(ArchiveJobConfiguration.FIXITY_JOB, Map.of()).getStatus())
			.isEqualTo(BatchStatus.FAILED);
		assertThat(this.jdbc.queryForMap("select last_outcome from archive_snapshot where id = ?", good.id()))
			.containsEntry("last_outcome", "ok");
		assertThat(this.jdbc.queryForMap("select outcome, problems from archive_fixity_check where snapshot_id = ?",
				bad.id()))
			.containsEntry("outcome", "failed")
			.hasEntrySatisfying("problems", (p) -> assertThat((String) p).contains("data/lineage.csv"));
	}

	@Test
	void aDiffAcrossARevisedSubmissionShowsTheChangedFact() throws Exception {
		Path first = create("before");
		TestInboxes.drop(this.inbox, "省统计局", "修订.csv", "地区,指标,计量单位,年份,数值", "成都市,地区生产总值,亿元,2022,20900.1");
		run(IngestJobConfiguration.JOB, Map.of("inbox", this.inbox.toString()));
		compile();
		Path second = create("after");
		SnapshotDiff diff = SnapshotDiff.of(first, second);
		assertThat(diff.changes())
			.contains(new SnapshotDiff.Change("fact", "changed", "510100|gdp|2022", "20817.5", "20900.1", "省统计局"));
		assertThat(diff.changes()).anySatisfy((c) -> {
			assertThat(c.what()).isEqualTo("file");
			assertThat(c.kind()).isEqualTo("changed");
			assertThat(c.key()).isEqualTo("data/facts/facts-2022.csv");
		});
		assertThat(diff.text()).contains("fact changed  510100|gdp|2022  20817.5 → 20900.1  (省统计局)");
		assertThat(diff.csv()).startsWith("what,change,key,before,after,department");
	}

}
