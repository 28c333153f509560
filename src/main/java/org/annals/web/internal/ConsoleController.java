package org.annals.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import org.annals.ingest.Submissions;
import org.annals.ingest.TemplateWorkbook;
import org.annals.reference.ReferenceData;
import org.annals.scheduling.JobCatalogue;
import org.annals.web.UserAccounts;
import org.annals.support.Messages;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The operators' console and the departments' upload page, signed in with a session: the
 * same executions, launches, schedules and uploads as the HTTP API, behind CSRF.
 */
@Controller
@ConditionalOnWebApplication
class ConsoleController {

	private final JobsApiController jobs;

	private final SubmissionsApiController submissions;

	private final Scheduler scheduler;

	private final TemplateWorkbook template;

	private final UserAccounts users;

	private final Map<String, Job> jobNames;

	private final Submissions submissionRepository;

	private final ReferenceData reference;

	private final Labels labels;

	ConsoleController(JobsApiController jobs, SubmissionsApiController submissions, Scheduler scheduler,
			TemplateWorkbook template, UserAccounts users, Map<String, Job> jobNames, Submissions submissionRepository,
			ReferenceData reference, Labels labels) {
		this.reference = reference;
		this.labels = labels;
		this.submissionRepository = submissionRepository;
		this.jobs = jobs;
		this.jobNames = jobNames;
		this.submissions = submissions;
		this.scheduler = scheduler;
		this.template = template;
		this.users = users;
	}

	@GetMapping("/console")
	String console(Model model) {
		TreeSet<String> jobs = new TreeSet<>(this.jobNames.keySet());
		List<String> statuses = java.util.Arrays.stream(BatchStatus.values()).map(BatchStatus::name).toList();
		model.addAttribute("jobs", this.labels.all("job", jobs));
		model.addAttribute("flows", this.labels.all("job", List.of("nightly", "ingest", "compile", "fixity")));
		model.addAttribute("statuses", this.labels.all("status", statuses));
		// the names the page's script shows for the codes it reads
		Map<String, Map<String, String>> names = new LinkedHashMap<>();
		List<String> every = new ArrayList<>(jobs);
		every.addAll(JobCatalogue.FLOWS);
		names.put("jobs", this.labels.all("job", every));
		List<String> states = new ArrayList<>(statuses);
		for (Trigger.TriggerState state : Trigger.TriggerState.values()) {
			states.add(state.name());
		}
		names.put("statuses", this.labels.all("status", states));
		model.addAttribute("names", NAMES.writeValueAsString(names));
		return "console";
	}

	private static final tools.jackson.databind.json.JsonMapper NAMES = tools.jackson.databind.json.JsonMapper.builder()
		.build();

	@PostMapping("/console/runs/{flow}")
	@ResponseBody
	ResponseEntity<Map<String, Object>> start(@PathVariable String flow, @RequestParam Map<String, String> parameters,
			Principal user, HttpServletRequest request) {
		Map<String, String> given = new LinkedHashMap<>(parameters);
		given.remove("_csrf");
		return this.jobs.start(flow, given, user, request);
	}

	@PostMapping("/console/executions/{id}/{action}")
	@ResponseBody
	ResponseEntity<Map<String, Object>> act(@PathVariable long id, @PathVariable String action, Principal user,
			HttpServletRequest request) throws InterruptedException {
		return "stop".equals(action) ? this.jobs.stop(id, user, request) : this.jobs.restart(id, user, request);
	}

	@GetMapping("/console/schedules.json")
	@ResponseBody
	List<Map<String, Object>> schedules() throws SchedulerException {
		List<Map<String, Object>> schedules = new ArrayList<>();
		for (TriggerKey key : this.scheduler.getTriggerKeys(GroupMatcher.anyGroup())) {
			Trigger trigger = this.scheduler.getTrigger(key);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", key.getName());
			row.put("cron", (trigger instanceof org.quartz.CronTrigger cron) ? cron.getCronExpression() : "");
			row.put("zone", zone(trigger).getId());
			row.put("next", next(trigger));
			row.put("state", this.scheduler.getTriggerState(key).name());
			schedules.add(row);
		}
		return schedules;
	}

	/**
	 * A schedule's zone: the one its cron trigger reads its times in
	 * ({@code jobs/schedule.yml}), not the server's.
	 */
	static java.time.ZoneId zone(Trigger trigger) {
		return (trigger instanceof org.quartz.CronTrigger cron) ? cron.getTimeZone().toZoneId()
				: java.time.ZoneId.systemDefault();
	}

	/**
	 * A schedule's next fire time as its schedule reads it, e.g.
	 * {@code 2026-12-09 01:30:00 Asia/Shanghai}; empty when it will not fire again.
	 */
	static String next(Trigger trigger) {
		if (trigger.getNextFireTime() == null) {
			return "";
		}
		java.time.ZoneId zone = zone(trigger);
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(trigger.getNextFireTime().toInstant().atZone(zone)) + " " + zone.getId();
	}

	@PostMapping("/console/schedules/{name}/{action}")
	@ResponseBody
	Map<String, Object> schedule(@PathVariable String name, @PathVariable String action) throws SchedulerException {
		JobKey key = JobKey.jobKey(name, "annals");
		if ("pause".equals(action)) {
			this.scheduler.pauseJob(key);
		}
		else {
			this.scheduler.resumeJob(key);
		}
		return Map.of("schedule", name, "action", action);
	}

	/**
	 * Has a rejected or set-aside submission read again (issue 19 point 3), then starts
	 * the ingest, which reads it; when an ingest is already running, the next run does.
	 */
	@PostMapping("/console/submissions/{id}/reprocess")
	@ResponseBody
	ResponseEntity<Map<String, Object>> reprocess(@PathVariable long id, Principal user, HttpServletRequest request) {
		if (!this.submissionRepository.reopen(id)) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("error", Messages.get("api.error.notReprocessable"), "submission", id));
		}
		ResponseEntity<Map<String, Object>> run = this.jobs.start(JobCatalogue.INGEST, new LinkedHashMap<>(), user,
				request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("submission", id);
		body.put("reopened", true);
		body.put("run", run.getBody());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
	}

	/**
	 * The upload page: a department's user uploads for its own department; an operator
	 * chooses the department from {@code jobs/departments.yml}.
	 */
	@GetMapping("/upload")
	String upload(Principal principal, Model model) {
		java.util.Optional<String> own = this.users.departmentOf(principal.getName());
		model.addAttribute("ownDepartment", own.orElse(null));
		model.addAttribute("departments", own.isPresent() ? List.of() : this.reference.departments().departments());
		return "upload";
	}

	@PostMapping("/upload")
	@ResponseBody
	ResponseEntity<Map<String, Object>> receive(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String department, Principal principal, HttpServletRequest request)
			throws IOException {
		return this.submissions.upload(file, department, principal, request);
	}

	@GetMapping("/upload/submissions.json")
	@ResponseBody
	List<Map<String, Object>> mine(Principal principal) {
		return this.submissions.submissions(principal);
	}

	@GetMapping("/upload/template.xlsx")
	ResponseEntity<byte[]> template(Principal principal, @RequestParam(required = false) String department)
			throws IOException {
		String chosen = this.users.departmentOf(principal.getName()).orElse((department != null) ? department : "省统计局");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.template.write(chosen, out);
		return Downloads.file(Messages.get("cli.template.fileName", chosen), Downloads.XLSX, out.toByteArray());
	}

}
