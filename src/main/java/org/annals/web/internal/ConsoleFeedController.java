package org.annals.web.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.InboxListing;
import org.annals.scheduling.ExecutionDetail;
import org.annals.scheduling.ExecutionFilter;
import org.annals.scheduling.ExecutionSummary;
import org.annals.scheduling.Executions;
import org.annals.scheduling.JobCatalogue;
import org.annals.scheduling.JobControl;
import org.annals.scheduling.Launches;
import org.annals.scheduling.ScheduledWork;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The small JSON answers the operators' console polls every two seconds: executions
 * (filtered by job, status and start date) with what may be done to each and why not; one
 * execution's steps and their counts; which flows can be started; and the inbox.
 */
@RestController
@ConditionalOnWebApplication
class ConsoleFeedController {

	private final Executions executions;

	private final JobControl control;

	private final Launches launches;

	private final InboxListing inbox;

	private final ScheduledWork work;

	ConsoleFeedController(Executions executions, JobControl control, Launches launches, InboxListing inbox,
			ScheduledWork work) {
		this.executions = executions;
		this.control = control;
		this.launches = launches;
		this.inbox = inbox;
		this.work = work;
	}

	@GetMapping("/console/executions.json")
	List<Map<String, Object>> executions(@RequestParam(required = false) String job,
			@RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "50") int limit) {
		LocalDateTime now = LocalDateTime.now();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ExecutionSummary e : this.executions.list(new ExecutionFilter(job, status, since, until, limit))) {
			Map<String, Object> row = JobsApiController.row(e, now);
			JobControl.Actions actions = this.control.actions(e);
			row.put("restart", actions.restart());
			row.put("stop", actions.stop());
			rows.add(row);
		}
		return rows;
	}

	@GetMapping("/console/executions/{id}.json")
	ResponseEntity<Map<String, Object>> execution(@PathVariable long id) {
		return this.executions.detail(id).map(ConsoleFeedController::detail).map(ResponseEntity::ok).orElseGet(() -> {
			Map<String, Object> error = Map.of("error", JobControl.UnknownExecutionException.message(id));
			return ResponseEntity.status(404).body(error);
		});
	}

	private static Map<String, Object> detail(ExecutionDetail detail) {
		LocalDateTime now = LocalDateTime.now();
		Map<String, Object> map = JobsApiController.row(detail.summary(), now);
		map.put("instance", detail.instanceId());
		map.put("exitCode", detail.exitCode());
		map.put("parameters", detail.parameters());
		map.put("errors", detail.errors());
		map.put("owner", detail.owner().toString());
		map.put("working", detail.working());
		map.put("steps", detail.steps().stream().map((s) -> step(s, now)).toList());
		return map;
	}

	private static Map<String, Object> step(ExecutionDetail.Step s, LocalDateTime now) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", s.id());
		map.put("name", s.name());
		map.put("partitioned", s.partitioned());
		map.put("status", s.status());
		map.put("read", s.read());
		map.put("written", s.written());
		map.put("skipped", s.skipped());
		map.put("commits", s.commits());
		map.put("rollbacks", s.rollbacks());
		map.put("duration", ExecutionSummary.format(s.duration(now)));
		map.put("exitCode", s.exitCode());
		map.put("errors", s.errors());
		return map;
	}

	@GetMapping("/console/flows.json")
	List<Map<String, Object>> flows() {
		List<Map<String, Object>> flows = new ArrayList<>();
		for (String flow : List.of(JobCatalogue.NIGHTLY, JobCatalogue.INGEST, JobCatalogue.COMPILE,
				JobCatalogue.FIXITY)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("flow", flow);
			row.put("start", this.launches.whyNotStart(flow).orElse(null));
			flows.add(row);
		}
		return flows;
	}

	@GetMapping("/console/inbox.json")
	InboxListing.Listing inbox() throws IOException {
		return this.inbox.list(this.work.inbox(), 30);
	}

}
