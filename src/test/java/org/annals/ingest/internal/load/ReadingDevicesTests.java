package org.annals.ingest.internal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.Kind;
import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.sheet.Reading;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.reference.JobsDirectory;
import org.annals.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed devices of reading ({@code annals.ingest.reading.*}: the own sheet-XML
 * reader, the sheet read-ahead thread, the row read-ahead thread) change nothing about
 * what is read: every file of sample-input, of the ingest fixtures and of the fuzz corpus
 * (malformed ones included), read with every device on, with each off on its own and with
 * all off, gives the same outcomes in the same order, the same format and layouts, and
 * the same failure, from the start and after a restart's skip.
 */
class ReadingDevicesTests {

	private static final ReferenceData REFERENCE = ReferenceData.load(new JobsDirectory(Path.of("jobs")));

	private static final List<Reading> WAYS = List.of(Reading.DEFAULTS, new Reading(Reading.XmlReader.STAX, true, true),
			new Reading(Reading.XmlReader.OWN, false, true), new Reading(Reading.XmlReader.OWN, true, false),
			Reading.PLAIN);

	static Stream<Path> files() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String root : List.of("sample-input", "src/test/resources/fixtures/ingest",
				"src/test/resources/org/annals/ingest/internal/sheet/SheetReaderFuzzTestsInputs")) {
			try (Stream<Path> walk = Files.walk(Path.of(root))) {
				walk.filter(Files::isRegularFile)
					.filter((file) -> file.toString().matches(".*\\.(xlsx|xls|csv|XLSX|XLS|CSV)"))
					.sorted()
					.forEach(files::add);
			}
		}
		return files.stream();
	}

	@ParameterizedTest
	@MethodSource("files")
	void everyWayOfReadingGivesTheSameOutcomes(Path file) {
		Read plain = read(file, Reading.PLAIN, 0);
		assertThat(plain.outcomes()).as("nothing read from %s", file).isNotEmpty();
		for (Reading way : WAYS) {
			assertThat(read(file, way, 0)).as("%s read %s", file, way).isEqualTo(plain);
		}
		int skip = plain.outcomes().size() / 2;
		Read rest = new Read(plain.outcomes().subList(skip, plain.outcomes().size()), plain.format(), plain.layouts(),
				plain.failure());
		for (Reading way : WAYS) {
			assertThat(read(file, way, skip)).as("%s read %s after %d", file, way, skip).isEqualTo(rest);
		}
	}

	/** What a reading gave: its outcomes, the format and layouts, and how it failed. */
	private record Read(List<RowOutcome> outcomes, String format, String layouts, String failure) {
	}

	private static Issue withoutParserWords(Issue issue) {
		return IssueCode.CORRUPT.name().equals(issue.code())
				? new Issue(issue.severity(), issue.code(), issue.sheet(), issue.cell(), "", "") : issue;
	}

	private static Read read(Path file, Reading way, long skip) {
		List<RowOutcome> outcomes = new ArrayList<>();
		SubmissionParser parser = new SubmissionParser(file, file.getFileName().toString(),
				file.getParent().getFileName().toString(), REFERENCE, Kind.STATISTICS)
			.reading(way);
		BatchedRows rows = way.rowsAhead() ? new ReadAhead(parser, skip, "test", 2048, (outcome) -> outcome, () -> {
		}) : new RowsInLine(parser, skip, (outcome) -> outcome, () -> {
		});
		String failure = null;
		try (rows) {
			for (RowOutcome outcome = rows.next(); outcome != null; outcome = rows.next()) {
				outcomes.add(new RowOutcome(outcome.facts(), outcome.events(),
						outcome.issues().stream().map(ReadingDevicesTests::withoutParserWords).toList()));
			}
		}
		catch (Exception | Error ex) {
			failure = ex.getClass().getName() + ": " + ex.getMessage();
		}
		return new Read(outcomes, String.valueOf(rows.format()), rows.layouts(), failure);
	}

}
