package org.annals.ingest.internal.load;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The {@link ReadChecks} of files read to their end and not yet decided, handed from the
 * read step to the publish step of the same process. A decision that finds none here (the
 * process stopped in between) works the checks out from the database instead, so this is
 * a saving, never the only record.
 */
@Component
public class FinishedReadings {

	private final Map<Long, ReadChecks> checks = new ConcurrentHashMap<>();

	void put(long submissionId, ReadChecks readChecks) {
		this.checks.put(submissionId, readChecks);
	}

	Optional<ReadChecks> take(long submissionId) {
		return Optional.ofNullable(this.checks.remove(submissionId));
	}

	void forget(long submissionId) {
		this.checks.remove(submissionId);
	}

}
