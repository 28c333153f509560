package org.annals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.scheduling.JobRunner;
import org.annals.scheduling.Launches;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operators' HTTP API: executions, newest first, with their counts; starting a flow
 * (202); restarting a failed run and stopping a running one. A second start of a flow
 * that runs is refused with 409 and says why.
 */
@RestController
@ConditionalOnWebApplication
class JobsApiController {

	private final JdbcClient jdbc;

	private final Launches launches;

	private final JobOperator operator;

	private final JobRepository repository;

	private final JobRunner runner;

	JobsApiController(JdbcClient jdbc, Launches launches, JobOperator operator, JobRepository repository,
			JobRunner runner) {
		this.jdbc = jdbc;
		this.launches = launches;
		this.operator = operator;
		this.repository = repository;
		this.runner = runner;
	}

	@GetMapping("/api/executions")
	List<Map<String, Object>> executions(@RequestParam(required = false) String job,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "100") int limit) {
		return this.jdbc
			.sql("select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message, "
					+ "coalesce(sum(s.read_count), 0), coalesce(sum(s.write_count), 0), "
					+ "coalesce(sum(s.read_skip_count + s.process_skip_count + s.write_skip_count), 0) "
					+ "from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id "
					+ "left join batch_step_execution s on s.job_execution_id = e.job_execution_id "
					+ "where (cast(:job as varchar) is null or i.job_name = :job) "
					+ "and (cast(:status as varchar) is null or e.status = :status) "
					+ "group by e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message "
					+ "order by e.job_execution_id desc limit :limit")
			.param("job", job)
			.param("status", status)
			.param("limit", Math.min(limit, 1000))
			.query((rs, n) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", rs.getLong(1));
				row.put("job", rs.getString(2));
				row.put("status", rs.getString(3));
				row.put("start", String.valueOf(rs.getTimestamp(4)));
				row.put("end", (rs.getTimestamp(5) != null) ? String.valueOf(rs.getTimestamp(5)) : null);
				row.put("exitMessage", shorten(rs.getString(6)));
				row.put("read", rs.getLong(7));
				row.put("written", rs.getLong(8));
				row.put("skipped", rs.getLong(9));
				return row;
			})
			.list();
	}

	@PostMapping("/api/jobs/{job}/runs")
	ResponseEntity<Map<String, Object>> start(@PathVariable String job, @RequestParam Map<String, String> parameters) {
		if (!Launches.FLOWS.contains(job)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "未知作业 / unknown job " + job, "jobs", Launches.FLOWS));
		}
		if (!this.launches.start(job, parameters)) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("error", "作业 " + job + " 正在运行，不会同时再启动一次。/ " + job + " is already running."));
		}
		return ResponseEntity.accepted().body(Map.of("job", job, "accepted", true));
	}

	@PostMapping("/api/executions/{id}/restart")
	ResponseEntity<Map<String, Object>> restart(@PathVariable long id) {
		JobExecution execution;
		try {
			execution = this.repository.getJobExecution(id);
		}
		catch (RuntimeException ex) {
			execution = null;
		}
		if (execution == null) {
			return ResponseEntity.notFound().build();
		}
		if (!execution.getStatus().isUnsuccessful() && execution.getStatus().name().equals("COMPLETED")) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("error", "执行 #" + id + " 已完成，无需重启 / execution " + id + " completed; nothing to restart"));
		}
		this.runner.recoverStale(execution.getJobInstance().getJobName());
		new Thread(() -> {
			try {
				this.operator.restart(this.repository.getJobExecution(id));
			}
			catch (Exception ex) {
				org.apache.commons.logging.LogFactory.getLog(JobsApiController.class).error("Restart failed", ex);
			}
		}, "restart-" + id).start();
		return ResponseEntity.accepted().body(Map.of("restarted", id));
	}

	@PostMapping("/api/executions/{id}/stop")
	ResponseEntity<Map<String, Object>> stop(@PathVariable long id) {
		try {
			this.operator.stop(id);
			return ResponseEntity.accepted().body(Map.of("stopping", id));
		}
		catch (Exception ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("error", "执行 #" + id + " 没有在运行 / execution " + id + " is not running"));
		}
	}

	/**
	 * The first line (an exception's message, not its stack trace), at most 500
	 * characters.
	 */
	private static String shorten(String text) {
		if (text == null) {
			return null;
		}
		String line = text.lines().findFirst().orElse("");
		return (line.length() <= 500) ? line : line.substring(0, 500) + "…";
	}

}
