package org.annals.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.partition.PartitionStep;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.annals.scheduling.internal.FailureMessages;

/**
 * Job executions as operators read them, for {@code annals jobs}, the HTTP API and the
 * console: a filtered list, newest first, with counts summed over the steps; and one
 * execution in full, with every step's counts and the messages of its failures. A
 * partitioned step's counts are those of its partitions, so they are not counted twice.
 */
@Component
public class Executions {

	private static final String LIST = """
			select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message,
			  coalesce(sum(s.read_count), 0), coalesce(sum(s.write_count), 0),
			  coalesce(sum(s.read_skip_count + s.process_skip_count + s.write_skip_count), 0),
			  (e.job_execution_id = (select max(l.job_execution_id) from batch_job_execution l
			    where l.job_instance_id = e.job_instance_id))
			from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
			left join batch_step_execution s on s.job_execution_id = e.job_execution_id
			  and s.step_name not in (:partitioned)
			where (cast(:job as varchar) is null or i.job_name = :job)
			  and (cast(:status as varchar) is null or e.status = :status)
			  and (cast(:since as timestamp) is null or coalesce(e.start_time, e.create_time) >= :since)
			  and (cast(:until as timestamp) is null or coalesce(e.start_time, e.create_time) < :until)
			group by e.job_execution_id, e.job_instance_id, i.job_name, e.status, e.start_time, e.end_time,
			  e.exit_message
			order by e.job_execution_id desc
			limit :limit""";

	private final JdbcClient jdbc;

	private final JobRepository repository;

	/** Partitioned steps: their counts are the sums of their partitions'. */
	private final Set<String> partitioned;

	Executions(JdbcClient jdbc, JobRepository repository, Map<String, Job> jobs) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.partitioned = partitionedSteps(jobs.values());
	}

	private static Set<String> partitionedSteps(Collection<Job> jobs) {
		Set<String> names = new TreeSet<>(Set.of("-"));
		for (Job job : jobs) {
			if (job instanceof ListableStepLocator steps) {
				for (String name : steps.getStepNames()) {
					if (steps.getStep(name) instanceof PartitionStep) {
						names.add(name);
					}
				}
			}
		}
		return names;
	}

	/**
	 * The executions a filter selects, newest first.
	 * @param filter the filter
	 * @return the executions
	 */
	public List<ExecutionSummary> list(ExecutionFilter filter) {
		return this.jdbc.sql(LIST)
			.param("job", filter.job())
			.param("status", filter.status())
			.param("since", (filter.since() != null) ? Timestamp.valueOf(filter.since().atStartOfDay()) : null)
			.param("until",
					(filter.until() != null) ? Timestamp.valueOf(filter.until().plusDays(1).atStartOfDay()) : null)
			.param("limit", filter.limit())
			.param("partitioned", this.partitioned)
			.query(Executions::summary)
			.list();
	}

	private static ExecutionSummary summary(ResultSet rs, int row) throws SQLException {
		return new ExecutionSummary(rs.getLong(1), rs.getString(2), rs.getString(3), time(rs.getTimestamp(4)),
				time(rs.getTimestamp(5)), rs.getLong(7), rs.getLong(8), rs.getLong(9), firstLine(rs.getString(6)),
				rs.getBoolean(10));
	}

	/**
	 * One execution in full.
	 * @param id the execution id
	 * @return the execution, or empty when there is none of that id
	 */
	public Optional<ExecutionDetail> detail(long id) {
		return find(id).map(this::detail);
	}

	/**
	 * One execution as Spring Batch holds it.
	 * @param id the execution id
	 * @return the execution with its steps and context, or empty
	 */
	public Optional<JobExecution> find(long id) {
		try {
			return Optional.ofNullable(this.repository.getJobExecution(id));
		}
		catch (RuntimeException ex) {
			// some repository versions throw rather than answer null for an unknown id
			return Optional.empty();
		}
	}

	ExecutionDetail detail(JobExecution execution) {
		List<StepExecution> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.toList();
		List<StepExecution> counted = steps.stream()
			.filter((step) -> !this.partitioned.contains(step.getStepName()))
			.toList();
		JobExecution latest = latestOf(execution);
		ExecutionSummary summary = new ExecutionSummary(execution.getId(), execution.getJobInstance().getJobName(),
				execution.getStatus().name(), execution.getStartTime(), execution.getEndTime(),
				counted.stream().mapToLong(StepExecution::getReadCount).sum(),
				counted.stream().mapToLong(StepExecution::getWriteCount).sum(),
				counted.stream().mapToLong(StepExecution::getSkipCount).sum(),
				firstLine(execution.getExitStatus().getExitDescription()), latest.getId() == execution.getId());
		Map<String, String> parameters = new TreeMap<>();
		execution.getJobParameters().forEach((p) -> parameters.put(p.name(), String.valueOf(p.value())));
		ExecutionOwner owner = ExecutionOwner.of(execution);
		return new ExecutionDetail(summary, execution.getJobInstance().getInstanceId(),
				execution.getExitStatus().getExitCode(), parameters,
				FailureMessages.of(execution.getExitStatus().getExitDescription()), owner,
				owner.working(execution.getStatus()), steps.stream().map(this::step).toList());
	}

	/**
	 * The latest execution of an execution's job instance: the only one that can be
	 * restarted.
	 * @param execution the execution
	 * @return the latest of its instance, maybe itself
	 */
	public JobExecution latestOf(JobExecution execution) {
		JobExecution latest = this.repository.getLastJobExecution(execution.getJobInstance());
		return (latest != null) ? latest : execution;
	}

	/**
	 * An execution of a job, other than the one named, that a live process is working on:
	 * running, or stopped from elsewhere and still finishing its chunk.
	 * @param job the job
	 * @param except the execution not to count
	 * @return such an execution, or empty
	 */
	public Optional<JobExecution> working(String job, long except) {
		List<JobExecution> candidates = new ArrayList<>(this.repository.findRunningJobExecutions(job));
		JobInstance last = this.repository.getLastJobInstance(job);
		if (last != null) {
			Optional.ofNullable(this.repository.getLastJobExecution(last)).ifPresent(candidates::add);
		}
		return candidates.stream()
			.filter((e) -> e.getId() != except && ExecutionOwner.of(e).working(e.getStatus()))
			.findFirst();
	}

	private ExecutionDetail.Step step(StepExecution step) {
		return new ExecutionDetail.Step(step.getId(), step.getStepName(), this.partitioned.contains(step.getStepName()),
				step.getStatus().name(), step.getExitStatus().getExitCode(), step.getReadCount(), step.getWriteCount(),
				step.getSkipCount(), step.getCommitCount(), step.getRollbackCount(), step.getStartTime(),
				step.getEndTime(), FailureMessages.of(step.getExitStatus().getExitDescription()));
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

	/**
	 * The first failure's type and message (not its stack trace), at most 500 characters.
	 */
	private static String firstLine(String text) {
		List<String> messages = FailureMessages.of(text);
		if (messages.isEmpty()) {
			return null;
		}
		String line = messages.get(0);
		return (line.length() <= 500) ? line : line.substring(0, 500) + "…";
	}

}
