package org.annals.ingest.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.annals.ingest.Kind;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading ahead on a thread of its own changes nothing about what is read: for every
 * statistics file of sample-input, the good and the bad, the same outcomes in the same
 * order, the same format and layouts, from the start and after a restart's skip.
 */
class ReadAheadTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	static Stream<Path> files() throws IOException {
		return Files.walk(Path.of("sample-input"))
			.filter(Files::isRegularFile)
			.filter((file) -> !file.toString().endsWith(".docx") && !file.toString().endsWith(".md"))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("files")
	void givesWhatTheParserGivesInTheSameOrder(Path file) throws Exception {
		List<RowOutcome> direct = new ArrayList<>();
		String layouts;
		try (SubmissionParser parser = parser(file)) {
			for (RowOutcome outcome = parser.next(); outcome != null; outcome = parser.next()) {
				direct.add(outcome);
			}
			layouts = parser.layouts();
		}
		assertThat(readAhead(file, 0)).isEqualTo(direct);
		int skip = direct.size() / 2;
		assertThat(readAhead(file, skip)).isEqualTo(direct.subList(skip, direct.size()));
		try (ReadAhead ahead = new ReadAhead(parser(file), 0, "test")) {
			while (ahead.next() != null) {
				// to the end
			}
			assertThat(ahead.layouts()).isEqualTo(layouts);
		}
	}

	@ParameterizedTest
	@MethodSource("files")
	void closesMidFile(Path file) throws Exception {
		ReadAhead ahead = new ReadAhead(parser(file), 0, "test");
		ahead.next();
		ahead.close();
	}

	@Test
	@Timeout(30)
	void anErrorOnTheThreadReachesTheCallerAsItselfInsteadOfLeavingItWaiting() throws Exception {
		Path file = files().findFirst().orElseThrow();
		UnaryOperator<RowOutcome> failing = (outcome) -> {
			throw new OutOfMemoryError("Java heap space (a test's)");
		};
		try (ReadAhead ahead = new ReadAhead(parser(file), 0, "test", 2048, failing, () -> {
		})) {
			assertThatExceptionOfType(OutOfMemoryError.class).isThrownBy(ahead::next)
				.withMessage("Java heap space (a test's)");
		}
	}

	@Test
	void aBatchEndsAtItsRowsOrOnceItsRowsGaveAsManyFacts(@TempDir Path folder) throws Exception {
		// a wide table: 40 regions' rows of 300 indicators each
		List<String> lines = new ArrayList<>(List.of("2022年各市（州）试算指标", "单位：万元"));
		StringBuilder header = new StringBuilder("地区");
		for (int k = 1; k <= 300; k++) {
			header.append(",试算指标").append(k);
		}
		lines.add(header.toString());
		List<String> regions = REFERENCE.regions()
			.children(REFERENCE.regions().province().code())
			.stream()
			.map((region) -> region.name())
			.toList();
		for (String region : regions) {
			lines.add(region + ",1".repeat(300));
		}
		Path file = Files.createDirectories(folder.resolve("省统计局")).resolve("宽表.csv");
		Files.write(file, lines);
		int facts = 0;
		int batches = 0;
		try (ReadAhead ahead = new ReadAhead(parser(file), 0, "test")) {
			for (List<RowOutcome> batch = ahead.nextBatch(); batch != null; batch = ahead.nextBatch()) {
				int before = 0;
				for (RowOutcome row : batch.subList(0, batch.size() - 1)) {
					before += row.facts().size();
				}
				assertThat(batch).hasSizeLessThanOrEqualTo(ReadAhead.BATCH);
				assertThat(before).as("facts of a batch but for its last row").isLessThan(ReadAhead.BATCH);
				facts += before + batch.get(batch.size() - 1).facts().size();
				batches++;
			}
		}
		assertThat(facts).isEqualTo(300 * regions.size());
		assertThat(batches).as("rows of 300 facts, a batch each").isGreaterThanOrEqualTo(regions.size());
	}

	private static List<RowOutcome> readAhead(Path file, long skip) throws IOException {
		List<RowOutcome> outcomes = new ArrayList<>();
		try (ReadAhead ahead = new ReadAhead(parser(file), skip, "test")) {
			for (RowOutcome outcome = ahead.next(); outcome != null; outcome = ahead.next()) {
				outcomes.add(outcome);
			}
		}
		return outcomes;
	}

	private static SubmissionParser parser(Path file) {
		return new SubmissionParser(file, file.getFileName().toString(), file.getParent().getFileName().toString(),
				REFERENCE, Kind.STATISTICS);
	}

}
