package org.annals.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annals.PostgresTestSupport;
import org.annals.TestInboxes;
import org.annals.cli.internal.AnnalsCommand;
import org.annals.cli.internal.ExitCodes;
import org.annals.cli.internal.Failures;
import org.annals.cli.internal.SpringFactory;
import org.annals.ingest.internal.job.IngestJobConfiguration;
import org.annals.scheduling.JobRunner;
import org.annals.support.JobOwnerListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code annals jobs} on PostgreSQL, run as the command line runs it (same factory, same
 * exit codes): the list and its filters, one execution in full, a failed ingest restarted
 * to completion, and every refusal with its exit code.
 */
class JobsCommandIntegrationTests extends PostgresTestSupport {

	private static final String CSV = "地区,指标,计量单位,年份,数值\n全省,地区生产总值,亿元,2022,56749.8\n全省,常住人口,万人,2022,8374\n";

	@Autowired
	ApplicationContext context;

	@Autowired
	JobRunner jobs;

	@Autowired
	JobRepository repository;

	@TempDir
	Path work;

	record Run(int exitCode, String out, String err) {
	}

	private Run annals(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(AnnalsCommand.class, new SpringFactory(this.context, running(args)));
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		cli.setExecutionExceptionHandler((ex, commandLine, result) -> Failures.report(ex, new PrintWriter(err, true)));
		int code = cli.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	/**
	 * The command that the arguments run, as AnnalsCli finds it (none when they are
	 * wrong).
	 */
	private static Class<?> running(String... args) {
		try {
			return AnnalsCli.innermost(new CommandLine(new AnnalsCommand()).parseArgs(args))
				.commandSpec()
				.userObject()
				.getClass();
		}
		catch (CommandLine.ParameterException ex) {
			return null;
		}
	}

	/** An ingest whose inbox is missing fails at once, in its first step. */
	private JobExecution failedIngest(Path inbox) throws Exception {
		JobExecution execution = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", inbox.toString()));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		return execution;
	}

	private JobExecution completedIngest() throws Exception {
		Path inbox = Files.createDirectories(this.work.resolve("empty-" + System.nanoTime()));
		JobExecution execution = this.jobs.run(IngestJobConfiguration.EVENTS_JOB, Map.of("inbox", inbox.toString()));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return execution;
	}

	private void startedOn(JobExecution execution, String day) {
		this.jdbc.update(
				"update batch_job_execution set start_time = cast(? as timestamp), "
						+ "create_time = cast(? as timestamp) where job_execution_id = ?",
				day + " 10:00:00", day + " 09:59:00", execution.getId());
	}

	@Test
	void theListIsNewestFirstAndFiltersByJobStatusAndDate() throws Exception {
		JobExecution failed = failedIngest(this.work.resolve("missing"));
		JobExecution old = completedIngest();
		JobExecution recent = completedIngest();
		startedOn(failed, "2025-03-01");
		startedOn(old, "2025-01-15");

		Run all = annals("jobs", "list");
		assertThat(all.exitCode()).as(all.err()).isZero();
		assertThat(all.out().lines().skip(1).map((l) -> l.split("\t")[0])).containsExactly(
				String.valueOf(recent.getId()), String.valueOf(old.getId()), String.valueOf(failed.getId()));
		assertThat(annals("jobs").out()).as("without a sub-command, the list").isEqualTo(all.out());
		assertThat(ids(annals("jobs", "list", "--status", "failed"))).containsExactly(failed.getId());
		assertThat(ids(annals("jobs", "list", "--job", IngestJobConfiguration.EVENTS_JOB)))
			.containsExactly(recent.getId(), old.getId());
		assertThat(ids(annals("jobs", "list", "--since", "2025-02-01", "--until", "2025-03-01")))
			.containsExactly(failed.getId());
		assertThat(ids(annals("jobs", "list", "--until", "2025-02-28"))).containsExactly(old.getId());
		assertThat(ids(annals("jobs", "list", "--limit", "1"))).containsExactly(recent.getId());
		assertThat(annals("jobs", "list", "--status", "COMPLETED", "--job", IngestJobConfiguration.JOB).out())
			.contains("没有符合条件的执行");
	}

	private static java.util.List<Long> ids(Run run) {
		assertThat(run.exitCode()).as(run.err()).isZero();
		return run.out().lines().skip(1).map((l) -> Long.valueOf(l.split("\t")[0])).toList();
	}

	@Test
	void theHelpSaysTheExitCodes() {
		for (String[] args : new String[][] { { "jobs", "--help" }, { "jobs", "stop", "--help" } }) {
			Run help = annals(args);
			assertThat(help.exitCode()).isZero();
			assertThat(help.out()).contains("退出码 / exit codes:")
				.contains("1  当前状态下不允许")
				.contains("2  用法错误，或没有这个执行号 / usage, or no such execution");
		}
	}

	@Test
	void badUsageAndUnknownExecutionsExitTwo() {
		assertThat(annals("jobs", "list", "--status", "SLEEPING").exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(annals("jobs", "list", "--since", "2025-13-40").exitCode()).isEqualTo(ExitCodes.USAGE);
		Run job = annals("jobs", "list", "--job", "noSuchJob");
		assertThat(job.exitCode()).isEqualTo(ExitCodes.USAGE);
		assertThat(job.err()).contains("没有作业 noSuchJob").contains("ingestStatisticsJob");
		assertThat(annals("jobs", "status", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
		for (String action : new String[] { "status", "restart", "stop" }) {
			Run unknown = annals("jobs", action, "999999");
			assertThat(unknown.exitCode()).as(action).isEqualTo(ExitCodes.USAGE);
			assertThat(unknown.err()).contains("没有执行 #999999").contains("There is no execution 999999");
		}
	}

	@Test
	void statusShowsEveryStepWithItsCountsTheErrorAndTheParameters() throws Exception {
		Path missing = this.work.resolve("no-inbox");
		JobExecution failed = failedIngest(missing);
		Run status = annals("jobs", "status", String.valueOf(failed.getId()));
		assertThat(status.exitCode()).as(status.err()).isZero();
		assertThat(status.out()).contains("执行 #" + failed.getId())
			.contains("作业 / job: ingestStatisticsJob")
			.contains("状态 / status: FAILED")
			.contains("inbox=" + missing)
			.contains("错误 / error: IllegalStateException: 收件箱目录不存在 / the inbox folder does not exist: " + missing)
			.contains("receiveFilesStep\tFAILED\t0\t0\t0\t0\t1\t")
			.doesNotContain("\tat ")
			.doesNotContain("java.lang.");

		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		TestInboxes.drop(inbox, "省统计局", "指标.csv", CSV.strip().split("\n"));
		JobExecution done = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", inbox.toString()));
		Run completed = annals("jobs", "status", String.valueOf(done.getId()));
		assertThat(completed.out()).contains("receiveFilesStep\tCOMPLETED\t1\t1\t0\t1\t0\t")
			.contains("readSubmissionsStep（各分区合计 / partitions' total）\tCOMPLETED\t3\t3\t0\t")
			.contains("readSubmissionStep:submission-")
			.contains("publishFactsStep\tCOMPLETED\t0\t2\t0\t")
			.contains("读取/写入/跳过 / read/written/skipped: 4 / 6 / 0");
	}

	@Test
	void aFailedIngestIsRestartedToItsEndAndOnlyOnce() throws Exception {
		Path inbox = this.work.resolve("late-inbox");
		JobExecution failed = failedIngest(inbox);
		TestInboxes.drop(inbox, "省统计局", "指标.csv", CSV.strip().split("\n"));
		long audited = lastAuditId();

		Run restart = annals("jobs", "restart", String.valueOf(failed.getId()));

		assertThat(restart.exitCode()).as(restart.out() + restart.err()).isZero();
		assertThat(restart.out()).contains("重启执行 #" + failed.getId())
			.contains("已完成（重启自 #" + failed.getId() + "）")
			.contains("导入完成：1 个文件已导入");
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact where state = 'current'", Integer.class))
			.isEqualTo(2);
		assertThat(this.jdbc.queryForList("select status from batch_job_execution order by job_execution_id",
				String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(home().resolve("reports")).isDirectory();

		Run again = annals("jobs", "restart", String.valueOf(failed.getId()));
		assertThat(again.exitCode()).isEqualTo(ExitCodes.REJECTED);
		assertThat(again.err()).contains("已经被重启过").contains("only the latest execution");
		long latest = this.jdbc.queryForObject("select max(job_execution_id) from batch_job_execution", Long.class);
		Run completed = annals("jobs", "restart", String.valueOf(latest));
		assertThat(completed.exitCode()).isEqualTo(ExitCodes.REJECTED);
		assertThat(completed.err()).contains("状态是 COMPLETED，只有失败或停止的执行才能重启")
			.contains("only a failed or stopped execution can be restarted");
		Run stop = annals("jobs", "stop", String.valueOf(latest));
		assertThat(stop.exitCode()).isEqualTo(ExitCodes.REJECTED);
		assertThat(stop.err()).contains("没有在运行（状态 COMPLETED）").contains("is not running");
		assertThat(this.jdbc.queryForObject("select count(*) from batch_job_execution", Integer.class)).isEqualTo(2);
		// issue 22: the restart is in the audit trail, by the system's user, once; the
		// refused ones are not
		assertThat(this.jdbc
			.queryForList("select principal || ' ' || event_type || ' ' || detail from web_audit_event where id > ? "
					+ "and event_type in ('JOB_RESTART', 'JOB_STOP')", String.class, audited))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.startsWith(System.getProperty("user.name") + " JOB_RESTART ")
			.contains("\"execution\":" + failed.getId())
			.contains("\"via\":\"cli\"");
	}

	private long lastAuditId() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from web_audit_event", Long.class);
	}

	/** Issue 22: what a command starts or verifies is in the audit trail, by whom. */
	@Test
	void anIngestAndAVerificationFromTheCommandLineAreAudited() throws Exception {
		long audited = lastAuditId();
		Path inbox = Files.createDirectories(this.work.resolve("audited-inbox"));
		assertThat(annals("ingest", "--inbox", inbox.toString()).exitCode()).isZero();
		Path notABag = Files.createDirectories(this.work.resolve("not-a-bag"));
		assertThat(annals("archive", "verify", notABag.toString()).exitCode()).isEqualTo(ExitCodes.REJECTED);
		List<String> events = this.jdbc.queryForList("select principal || ' ' || event_type || ' ' || detail "
				+ "from web_audit_event where id > ? and event_type in ('JOB_START', 'SNAPSHOT_VERIFIED') order by id",
				String.class, audited);
		String user = System.getProperty("user.name");
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).startsWith(user + " JOB_START ")
			.contains("\"job\":\"ingest\"")
			.contains("\"via\":\"cli\"");
		assertThat(events.get(1)).startsWith(user + " SNAPSHOT_VERIFIED ")
			.contains("\"valid\":false")
			.contains("not-a-bag");
	}

	/**
	 * RELIABILITY #20: an outage that swallowed the step's last update while the job's
	 * landed leaves the job ended and its step stored as {@code STARTED}; Spring Batch
	 * refuses to restart such an execution ("already running"), so before the fix every
	 * later night failed. Both ends the job may have been stored with are settled.
	 */
	@Test
	void anEndedIngestWhoseStepAnOutageLeftStoredAsRunningIsSettledAndRestartedByTheNextRun() throws Exception {
		for (String jobStatus : List.of("UNKNOWN", "FAILED")) {
			Path inbox = this.work.resolve("cut-" + jobStatus);
			JobExecution cut = failedIngest(inbox);
			this.jdbc.update("update batch_job_execution set status = ? where job_execution_id = ?", jobStatus,
					cut.getId());
			assertThat(this.jdbc.update("update batch_step_execution set status = 'STARTED', end_time = null "
					+ "where job_execution_id = ?", cut.getId()))
				.isPositive();
			TestInboxes.drop(inbox, "省统计局", "指标.csv", CSV.strip().split("\n"));

			JobExecution next = this.jobs.run(IngestJobConfiguration.JOB, Map.of("inbox", inbox.toString()));

			assertThat(next.getStatus()).as(jobStatus).isEqualTo(BatchStatus.COMPLETED);
			assertThat(next.getJobInstance().getId()).as("a restart of the cut run")
				.isEqualTo(cut.getJobInstance().getId());
			assertThat(this.jdbc.queryForList("select status from batch_step_execution where job_execution_id = ?",
					String.class, cut.getId()))
				.containsOnly("FAILED");
			assertThat(this.jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?",
					String.class, cut.getId()))
				.isEqualTo("FAILED");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from ingest_fact where state = 'current'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	void anExecutionWhoseProcessIsGoneIsMarkedFailedByStopAndCanBeRestarted() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		JobExecution orphan = claimedBy(gone.pid());

		Run stop = annals("jobs", "stop", String.valueOf(orphan.getId()));

		assertThat(stop.exitCode()).as(stop.err()).isZero();
		assertThat(stop.out()).contains("的进程已不在").contains("pid " + gone.pid()).contains("marked failed");
		Run status = annals("jobs", "status", String.valueOf(orphan.getId()));
		assertThat(status.out()).contains("状态 / status: FAILED").contains("的进程已不在");
		assertThat(this.jdbc.queryForObject("select count(*) from batch_job_execution where status = 'STARTED'",
				Integer.class))
			.isZero();
	}

	@Test
	void aRunningExecutionIsNotRestartedAndOneBeingStoppedNeither() throws Exception {
		JobExecution running = claimedBy(ProcessHandle.current().pid());
		String id = String.valueOf(running.getId());

		Run restart = annals("jobs", "restart", id);
		assertThat(restart.exitCode()).isEqualTo(ExitCodes.REJECTED);
		assertThat(restart.err()).contains("正在运行，不能重启").contains("stop it first");

		Run stop = annals("jobs", "stop", id, "--wait", "0");
		assertThat(stop.exitCode()).as(stop.err()).isZero();
		assertThat(stop.out()).contains("已请求停止执行 #" + id);
		// Spring Batch marks it STOPPED at once; its (live) process has not said it is
		// done
		assertThat(this.jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?",
				String.class, running.getId()))
			.isEqualTo("STOPPED");
		Run meanwhile = annals("jobs", "restart", id);
		assertThat(meanwhile.exitCode()).isEqualTo(ExitCodes.REJECTED);
		assertThat(meanwhile.err()).contains("正在停止").contains("is stopping");
		assertThat(annals("jobs", "status", id).out()).contains("进程仍在处理 / its process is still working on it");
		assertThatExceptionOfType(JobRunner.JobAlreadyRunningException.class).as("nor started again by annals ingest")
			.isThrownBy(() -> this.jobs.run(IngestJobConfiguration.JOB,
					Map.of("inbox", this.work.resolve("x").toString())));
	}

	/** An execution that claims to run in the process of that id, on this machine. */
	private JobExecution claimedBy(long pid) {
		JobParameters parameters = new JobParametersBuilder().addString("inbox", this.work.resolve("x").toString())
			.addLong("run.id", System.nanoTime())
			.toJobParameters();
		JobInstance instance = this.repository.createJobInstance(IngestJobConfiguration.JOB, parameters);
		ExecutionContext context = new ExecutionContext();
		context.putString(JobOwnerListener.HOST, JobOwnerListener.hostName());
		context.putLong(JobOwnerListener.PID, pid);
		JobExecution execution = this.repository.createJobExecution(instance, parameters, context);
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(java.time.LocalDateTime.now());
		this.repository.update(execution);
		this.repository.updateExecutionContext(execution);
		return execution;
	}

}
