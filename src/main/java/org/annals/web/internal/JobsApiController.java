package org.annals.web.internal;

import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import org.annals.scheduling.ExecutionFilter;
import org.annals.scheduling.ExecutionSummary;
import org.annals.scheduling.Executions;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobControl;
import org.annals.scheduling.JobRunner;
import org.annals.scheduling.Launches;
import org.annals.scheduling.Refusal;
import org.annals.support.AuditTrail;
import org.annals.support.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' HTTP API: executions, newest first, with their counts (filtered by job,
 * status and start date); starting a flow (202 with the id of its first job execution,
 * once that exists; 400 for parameters it cannot start with, 409 when it runs already);
 * restarting a failed or stopped run and stopping a running one (202; 404 for an unknown
 * execution; 409, saying why, when not allowed). A second start of a flow that runs is
 * refused with 409 and says why.
 */
@RestController
@ConditionalOnWebApplication
class JobsApiController {

	/**
	 * How long a start waits for its first job execution to exist (a few milliseconds as
	 * a rule) before it answers without its id.
	 */
	static final long FIRST_EXECUTION_WAIT_SECONDS = 10;

	private final Executions executions;

	private final Launches launches;

	private final JobControl control;

	private final ApiYears years;

	private final RequestAudit audit;

	JobsApiController(Executions executions, Launches launches, JobControl control, ApiYears years,
			RequestAudit audit) {
		this.audit = audit;
		this.years = years;
		this.executions = executions;
		this.launches = launches;
		this.control = control;
	}

	@GetMapping("/api/executions")
	List<Map<String, Object>> executions(@RequestParam(required = false) String job,
			@RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "100") int limit) {
		LocalDateTime now = LocalDateTime.now();
		return this.executions.list(new ExecutionFilter(job, status, since, until, limit))
			.stream()
			.map((e) -> row(e, now))
			.toList();
	}

	static Map<String, Object> row(ExecutionSummary e, LocalDateTime now) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", e.id());
		row.put("job", e.job());
		row.put("status", e.status());
		row.put("start", e.start());
		row.put("end", e.end());
		row.put("duration", ExecutionSummary.format(e.duration(now)));
		row.put("exitMessage", e.exitMessage());
		row.put("read", e.read());
		row.put("written", e.written());
		row.put("skipped", e.skipped());
		return row;
	}

	@PostMapping("/api/jobs/{job}/runs")
	ResponseEntity<Map<String, Object>> start(@PathVariable String job, @RequestParam Map<String, String> parameters,
			Principal user, HttpServletRequest request) {
		if (!JobCatalogue.FLOWS.contains(job)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", Messages.get("api.error.unknownJob", job), "jobs", JobCatalogue.FLOWS));
		}
		String year = parameters.get("year");
		if (year != null && year.matches("[0-9]{4}")) {
			this.years.check(Integer.parseInt(year), HttpStatus.BAD_REQUEST);
		}
		Optional<Refusal> refusal = this.launches.whyNotStart(job);
		if (refusal.isPresent()) {
			return refused(refusal.get());
		}
		Optional<CompletableFuture<Long>> started = this.launches.start(job, parameters);
		if (started.isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("error", Messages.get("api.error.running", job)));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("job", job);
		body.put("accepted", true);
		try {
			Long execution = started.get().get(FIRST_EXECUTION_WAIT_SECONDS, TimeUnit.SECONDS);
			if (execution != null) {
				body.put("execution", execution);
			}
		}
		catch (TimeoutException ex) {
			// still starting: the executions list will show it
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			return notStarted(job, ex.getCause());
		}
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("job", job);
		detail.put("execution", body.get("execution"));
		detail.put("parameters", parameters.isEmpty() ? null : parameters.toString());
		this.audit.record(user, request, AuditTrail.JOB_START, detail);
		return ResponseEntity.accepted().body(body);
	}

	private static ResponseEntity<Map<String, Object>> notStarted(String job, Throwable why) {
		if (why instanceof JobRunner.JobAlreadyRunningException running) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("error", running.getMessage());
			body.put("reason", "busy");
			if (running.execution() != null) {
				body.put("execution", running.execution().getId());
			}
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
		HttpStatus status = (why instanceof IllegalArgumentException) ? HttpStatus.BAD_REQUEST
				: HttpStatus.INTERNAL_SERVER_ERROR;
		return ResponseEntity.status(status)
			.body(Map.of("error", Messages.get("api.error.notStarted", job, why.getMessage())));
	}

	@PostMapping("/api/executions/{id}/restart")
	ResponseEntity<Map<String, Object>> restart(@PathVariable long id, Principal user, HttpServletRequest request) {
		try {
			this.launches.restart(id);
			this.audit.record(user, request, AuditTrail.JOB_RESTART, Map.of("execution", id));
			return ResponseEntity.accepted().body(Map.of("restarted", id));
		}
		catch (JobControl.UnknownExecutionException ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
		}
		catch (JobControl.RefusedException ex) {
			return refused(ex.refusal());
		}
	}

	@PostMapping("/api/executions/{id}/stop")
	ResponseEntity<Map<String, Object>> stop(@PathVariable long id, Principal user, HttpServletRequest request)
			throws InterruptedException {
		try {
			JobControl.Stopped stopped = this.control.stop(id, Duration.ZERO);
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("job", stopped.execution().getJobInstance().getJobName());
			detail.put("execution", id);
			detail.put("outcome", stopped.outcome().name());
			this.audit.record(user, request, AuditTrail.JOB_STOP, detail);
			return ResponseEntity.accepted()
				.body(Map.of("stopping", id, "outcome", stopped.outcome().name(), "status",
						stopped.execution().getStatus().name()));
		}
		catch (JobControl.UnknownExecutionException ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", ex.getMessage()));
		}
		catch (JobControl.RefusedException ex) {
			return refused(ex.refusal());
		}
	}

	private static ResponseEntity<Map<String, Object>> refused(Refusal refusal) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("error", refusal.message(), "reason", refusal.code()));
	}

}
