package org.annals.scheduling;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts a named flow in the background for the HTTP API and the console:
 * {@code nightly}, {@code ingest}, {@code compile}, {@code archive} or {@code fixity}.
 * The same flow is never started twice at once in this process; across processes,
 * {@link JobRunner} refuses a job that runs elsewhere.
 */
@Component
public class Launches {

	/** The flows that can be started by name. */
	public static final Set<String> FLOWS = Set.of("nightly", "ingest", "compile", "archive", "fixity");

	private static final Log logger = LogFactory.getLog(Launches.class);

	private final ScheduledWork work;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("launch-");

	Launches(ScheduledWork work) {
		this.work = work;
	}

	/**
	 * Starts a flow.
	 * @param flow the flow
	 * @param parameters its parameters (e.g. {@code year})
	 * @return false when the flow is already running
	 */
	public boolean start(String flow, Map<String, String> parameters) {
		if (!FLOWS.contains(flow)) {
			throw new IllegalArgumentException("unknown flow " + flow + "; known: " + FLOWS);
		}
		if (!this.running.add(flow)) {
			return false;
		}
		this.executor.execute(() -> {
			try {
				this.work.run(flow, parameters);
			}
			catch (Exception ex) {
				logger.error("Flow " + flow + " failed", ex);
			}
			finally {
				this.running.remove(flow);
			}
		});
		return true;
	}

	/**
	 * Whether a flow is running in this process.
	 * @param flow the flow
	 * @return true when running
	 */
	public boolean isRunning(String flow) {
		return this.running.contains(flow);
	}

}
