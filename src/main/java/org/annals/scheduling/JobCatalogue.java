package org.annals.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.archive.ArchiveJobConfiguration;
import org.annals.chronicle.ChronicleJobConfiguration;
import org.annals.ingest.IngestJobs;
import org.annals.tables.TablesJobConfiguration;

/**
 * The one catalogue of what can be run: every Spring Batch job by its name (each job's
 * configuration names its own bean; nothing else spells a job's name), and the flows that
 * the command line, the schedules, the API and the console start by name, with the jobs
 * each runs, in order. {@link ScheduledWork} runs them.
 */
public final class JobCatalogue {

	/** Reads the statistics of the inbox. */
	public static final String INGEST_STATISTICS = IngestJobs.JOB;

	/** Reads the event logs of the inbox. */
	public static final String INGEST_EVENTS = IngestJobs.EVENTS_JOB;

	/** Compiles a year's yearbook tables. */
	public static final String COMPILE_TABLES = TablesJobConfiguration.JOB;

	/** Compiles the chronicle of a year, or of every year. */
	public static final String COMPILE_CHRONICLE = ChronicleJobConfiguration.JOB;

	/** Freezes a year as a BagIt snapshot. */
	public static final String ARCHIVE_SNAPSHOT = ArchiveJobConfiguration.JOB;

	/** Verifies every snapshot. */
	public static final String FIXITY_CHECK = ArchiveJobConfiguration.FIXITY_JOB;

	/** Flow: ingest, then compile (parameters {@code inbox}, {@code year}). */
	public static final String NIGHTLY = "nightly";

	/** Flow: ingest statistics and event logs (parameter {@code inbox}). */
	public static final String INGEST = "ingest";

	/** Flow: compile tables and chronicle (parameter {@code year}). */
	public static final String COMPILE = "compile";

	/**
	 * Flow: a snapshot (parameters {@code year}, {@code label}; default the year before).
	 */
	public static final String ARCHIVE = "archive";

	/** Flow: verify every snapshot. */
	public static final String FIXITY = "fixity";

	/** The jobs of the ingest flow. */
	public static final List<String> INGEST_JOBS = List.of(INGEST_STATISTICS, INGEST_EVENTS);

	/** The jobs of the compile flow. */
	public static final List<String> COMPILE_JOBS = List.of(COMPILE_TABLES, COMPILE_CHRONICLE);

	/** The jobs each flow runs, in order. */
	public static final Map<String, List<String>> JOBS = Map.of(NIGHTLY,
			List.of(INGEST_STATISTICS, INGEST_EVENTS, COMPILE_TABLES, COMPILE_CHRONICLE), INGEST, INGEST_JOBS, COMPILE,
			COMPILE_JOBS, ARCHIVE, List.of(ARCHIVE_SNAPSHOT), FIXITY, List.of(FIXITY_CHECK));

	/** The flows that can be started by name. */
	public static final Set<String> FLOWS = JOBS.keySet();

	private JobCatalogue() {
	}

}
