package org.annals.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.internal.intake.IngestProperties;
import org.annals.ingest.internal.load.Plausibility;
import org.annals.ingest.internal.parse.SubmissionClassifier;
import org.annals.ingest.internal.parse.SubmissionParser;
import org.annals.ingest.internal.sheet.ReadLimits;
import org.annals.ingest.internal.sheet.Reading;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * Checks a file exactly as ingest would, loading nothing: the same reading, layout
 * recognition, normalization and validation.
 */
@Component
public class SubmissionChecker {

	private static final int TRACK_DUPLICATES_UP_TO = 500_000;

	private final ReferenceData reference;

	private final ReadLimits limits;

	private final Reading reading;

	@org.springframework.beans.factory.annotation.Autowired
	SubmissionChecker(ReferenceData reference, IngestProperties properties) {
		this(reference, properties.limits(), properties.reading());
	}

	SubmissionChecker(ReferenceData reference) {
		this(reference, ReadLimits.DEFAULTS, Reading.DEFAULTS);
	}

	private SubmissionChecker(ReferenceData reference, ReadLimits limits, Reading reading) {
		this.reference = reference;
		this.limits = limits;
		this.reading = reading;
	}

	/**
	 * The result of a check.
	 *
	 * @param file the file
	 * @param kind statistics or an event log, judged as ingest judges it
	 * @param format the format judged from its bytes, or null
	 * @param layouts the layouts used
	 * @param facts how many facts it would load
	 * @param events how many chronicle events it would load
	 * @param issues its issues
	 */
	public record Result(Path file, Kind kind, String format, String layouts, int facts, int events,
			List<Issue> issues) {

		/**
		 * Whether ingest would reject the file.
		 * @return true when there is an error
		 */
		public boolean rejected() {
			return this.issues.stream().anyMatch((i) -> i.severity() == Severity.ERROR);
		}

	}

	/**
	 * Checks one file under its own name.
	 * @param file the file
	 * @param department the department folder it belongs to
	 * @return the result
	 * @throws IOException when the file cannot be read at all
	 */
	public Result check(Path file, String department) throws IOException {
		return check(file, file.getFileName().toString(), department);
	}

	/**
	 * Checks one file as ingest reads it: an event log as an event log (judged from its
	 * bytes and first rows, as at intake), anything else as statistics.
	 * @param file the file
	 * @param originalName the name it was sent under
	 * @param department the department folder it belongs to
	 * @return the result
	 * @throws IOException when the file cannot be read at all
	 */
	public Result check(Path file, String originalName, String department) throws IOException {
		if (originalName == null || originalName.isBlank()) {
			return check(file, department);
		}
		List<Issue> issues = new ArrayList<>();
		Plausibility plausibility = new Plausibility(this.reference);
		Map<String, StagedFact> seen = new HashMap<>();
		Kind kind = SubmissionClassifier.classify(file, originalName);
		int facts = 0;
		int events = 0;
		try (SubmissionParser parser = new SubmissionParser(file, originalName, department, this.reference, kind)
			.within(this.limits)
			.reading(this.reading)) {
			RowOutcome outcome;
			while ((outcome = parser.next()) != null) {
				issues.addAll(outcome.issues());
				events += outcome.events().size();
				for (StagedFact fact : outcome.facts()) {
					facts++;
					plausibility.accept(fact);
					if (facts <= TRACK_DUPLICATES_UP_TO) {
						duplicate(seen, fact, issues);
					}
				}
			}
			issues.addAll(plausibility.finish((key) -> null));
			return new Result(file, kind, (parser.format() != null) ? parser.format().name() : null, parser.layouts(),
					facts, events, issues);
		}
	}

	private static void duplicate(Map<String, StagedFact> seen, StagedFact fact, List<Issue> issues) {
		String key = fact.regionCode() + "|" + fact.indicatorCode() + "|" + fact.year();
		StagedFact earlier = seen.putIfAbsent(key, fact);
		if (earlier != null && !same(earlier.value(), fact.value())) {
			issues.add(Issue.of(IssueCode.CONFLICTING_DUPLICATE, fact.sheet(), fact.cell(), fact.regionCode(),
					fact.indicatorName(), fact.year(), plain(earlier.value()), plain(fact.value())));
		}
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "—";
	}

}
