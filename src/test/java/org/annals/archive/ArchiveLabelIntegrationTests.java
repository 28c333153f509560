package org.annals.archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.scheduling.JobRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 point 12: a snapshot label is text from outside (the command line's
 * {@code --label}, the API's {@code label=}) and must not forge a line of
 * {@code bag-info.txt} or a folder name. Before the fix,
 * {@code --label $'x\r\nPayload-Oxum: 1.1'} or {@code label=x%0DPayload-Oxum:%201.1}
 * wrote a second {@code Payload-Oxum} and the bag failed its own verify.
 */
class ArchiveLabelIntegrationTests extends PostgresTestSupport {

	@Autowired
	JobRunner jobs;

	@Autowired
	ArchiveService archive;

	@ParameterizedTest
	@ValueSource(strings = { "x\r\nPayload-Oxum: 1.1", "x\rPayload-Oxum: 1.1", "x\nPayload-Oxum: 1.1",
			"x\u0085Payload-Oxum: 1.1\u2028Contact-Name: forged" })
	void aLabelWithLineBreaksForgesNoLineAndTheBagVerifies(String label) throws Exception {
		assertThat(this.jobs.run(ArchiveJobConfiguration.JOB, Map.of("year", "2031", "label", label)).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		Snapshot snapshot = this.archive.list().get(0);
		Path bag = Path.of(snapshot.path());
		BagVerifier.Verification verification = this.archive.verify(String.valueOf(snapshot.id()));
		assertThat(verification.errors()).isEmpty();
		assertThat(verification.valid()).isTrue();
		List<String> info = Files.readAllLines(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8);
		assertThat(info).filteredOn((line) -> line.startsWith("Payload-Oxum:")).hasSize(1);
		assertThat(info).noneMatch((line) -> line.startsWith("Contact-Name"));
		assertThat(Files.readString(bag.resolve("bag-info.txt"))).doesNotContain("\r")
			.doesNotContain("\u0085")
			.doesNotContain("\u2028");
		assertThat(bag.getFileName().toString()).doesNotContain("\r")
			.doesNotContain("\n")
			.doesNotContain("\u0085")
			.doesNotContain("\u2028")
			.startsWith("2031-x");
		assertThat(snapshot.label()).doesNotContain("\r").doesNotContain("\n");
	}

}
