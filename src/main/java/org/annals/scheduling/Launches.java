package org.annals.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.annals.support.JobStarted;
import org.annals.support.Messages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts a named flow of {@link JobCatalogue} in the background for the HTTP API and the
 * console, through {@link ScheduledWork} as every entry point does; and restarts an
 * execution in the background (through {@link JobControl}). The same flow is never
 * started twice at once in this process; across processes, {@link JobRunner} refuses a
 * job that runs elsewhere. A flow started here tells its caller the id of its first job
 * execution as soon as that exists ({@link JobStarted}, in the launching thread), or why
 * it ended before one did.
 */
@Component
public class Launches {

	private static final Log logger = LogFactory.getLog(Launches.class);

	/** The launch in this thread, told of the first job it starts. */
	private static final ThreadLocal<CompletableFuture<Long>> FIRST_EXECUTION = new ThreadLocal<>();

	private final ScheduledWork work;

	private final JobControl control;

	private final Executions executions;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("launch-");

	Launches(ScheduledWork work, JobControl control, Executions executions) {
		this.work = work;
		this.control = control;
		this.executions = executions;
	}

	/**
	 * Starts a flow.
	 * @param flow the flow
	 * @param parameters its parameters (e.g. {@code year})
	 * @return empty when the flow is already running; else the id of its first job
	 * execution, to come: null when the flow ended without starting a job, failed with
	 * what stopped it before one started
	 */
	public Optional<CompletableFuture<Long>> start(String flow, Map<String, String> parameters) {
		if (!JobCatalogue.FLOWS.contains(flow)) {
			throw new IllegalArgumentException("unknown flow " + flow + "; known: " + JobCatalogue.FLOWS);
		}
		return background(flow, () -> this.work.run(flow, parameters));
	}

	/**
	 * Why a flow cannot be started now: it runs in this process, or one of its jobs is
	 * being worked on anywhere.
	 * @param flow the flow
	 * @return the reason, or empty when it can be started
	 */
	public Optional<Refusal> whyNotStart(String flow) {
		if (this.running.contains(flow)) {
			return Optional.of(new Refusal("running", Messages.get("api.error.running", flow)));
		}
		for (String job : JobCatalogue.JOBS.getOrDefault(flow, List.of())) {
			var working = this.executions.working(job, -1);
			if (working.isPresent()) {
				long id = working.get().getId();
				return Optional.of(new Refusal("busy", Messages.get("scheduling.refusal.jobRunning", job, id)));
			}
		}
		return Optional.empty();
	}

	/**
	 * Restarts a failed or stopped execution in the background, once the checks pass.
	 * @param id the execution
	 * @throws JobControl.UnknownExecutionException when there is none of that id
	 * @throws JobControl.RefusedException when it cannot be restarted now
	 */
	public void restart(long id) throws JobControl.UnknownExecutionException, JobControl.RefusedException {
		this.control.checkRestart(id);
		if (background("restart-" + id, () -> this.control.restart(id)).isEmpty()) {
			throw new JobControl.RefusedException(
					new Refusal("running", Messages.get("scheduling.refusal.restarting", id)));
		}
	}

	/**
	 * Whether a flow is running in this process.
	 * @param flow the flow
	 * @return true when running
	 */
	public boolean isRunning(String flow) {
		return this.running.contains(flow);
	}

	@EventListener
	void started(JobStarted started) {
		CompletableFuture<Long> first = FIRST_EXECUTION.get();
		if (first != null) {
			first.complete(started.executionId());
		}
	}

	private Optional<CompletableFuture<Long>> background(String key, Work work) {
		if (!this.running.add(key)) {
			return Optional.empty();
		}
		CompletableFuture<Long> first = new CompletableFuture<>();
		this.executor.execute(() -> {
			FIRST_EXECUTION.set(first);
			try {
				work.run();
				first.complete(null);
			}
			catch (Exception ex) {
				first.completeExceptionally(ex);
				logger.error(key + " failed", ex);
			}
			finally {
				FIRST_EXECUTION.remove();
				this.running.remove(key);
			}
		});
		return Optional.of(first);
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

}
