package org.annals.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.annals.scheduling.ExecutionDetail;
import org.annals.scheduling.ExecutionSummary;
import org.annals.scheduling.JobControl;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Job executions as {@code annals jobs} prints them: a tab-separated list, and one
 * execution with its steps.
 */
final class ExecutionText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ExecutionText() {
	}

	static void list(List<ExecutionSummary> executions, PrintWriter out) {
		if (executions.isEmpty()) {
			out.println("没有符合条件的执行。/ No execution matches.");
			return;
		}
		out.println("执行号/id\t作业/job\t状态/status\t开始/start\t用时/duration\t读取/read\t写入/written\t跳过/skipped");
		LocalDateTime now = LocalDateTime.now();
		for (ExecutionSummary e : executions) {
			out.println(e.id() + "\t" + e.job() + "\t" + e.status() + "\t" + time(e.start()) + "\t"
					+ duration(e.start(), e.end(), now) + "\t" + e.read() + "\t" + e.written() + "\t" + e.skipped());
		}
	}

	static void detail(ExecutionDetail detail, PrintWriter out) {
		ExecutionSummary e = detail.summary();
		LocalDateTime now = LocalDateTime.now();
		out.println("执行 #" + e.id() + " / execution " + e.id());
		line(out, "作业 / job", e.job() + "（实例 / instance " + detail.instanceId() + "）");
		line(out, "状态 / status", e.status() + "（退出码 / exit code " + detail.exitCode() + "）"
				+ (detail.working() ? "，进程仍在处理 / its process is still working on it" : ""));
		line(out, "开始 / start", time(e.start()));
		line(out, "结束 / end", time(e.end()));
		line(out, "用时 / duration", duration(e.start(), e.end(), now));
		line(out, "读取/写入/跳过 / read/written/skipped", e.read() + " / " + e.written() + " / " + e.skipped());
		line(out, "进程 / owner", detail.owner().toString());
		line(out, "参数 / parameters",
				detail.parameters()
					.entrySet()
					.stream()
					.map((p) -> p.getKey() + "=" + p.getValue())
					.collect(Collectors.joining(", ")));
		errors(out, "", "FAILED".equals(e.status()) ? "错误 / error" : "说明 / message", detail.errors());
		out.println();
		out.println("步骤 / steps:");
		out.println(
				"  步骤/step\t状态/status\t读取/read\t写入/written\t跳过/skipped\t提交/commits\t回滚/rollbacks\t用时/duration\t退出码/exit");
		for (ExecutionDetail.Step s : detail.steps()) {
			out.println("  " + s.name() + (s.partitioned() ? "（各分区合计 / partitions' total）" : "") + "\t" + s.status()
					+ "\t" + s.read() + "\t" + s.written() + "\t" + s.skipped() + "\t" + s.commits() + "\t"
					+ s.rollbacks() + "\t" + duration(s.start(), s.end(), now) + "\t" + s.exitCode());
			errors(out, "    ", "FAILED".equals(s.status()) ? "错误 / error" : "说明 / message", s.errors());
		}
	}

	static String stopped(JobControl.Stopped stopped) {
		JobExecution e = stopped.execution();
		long id = e.getId();
		return switch (stopped.outcome()) {
			case ABANDONED -> e.getExitStatus().getExitDescription();
			case STOPPING -> "已请求停止执行 #" + id + "，它的进程将在当前数据块提交后停止；annals jobs status " + id + " 可查看。/ Execution " + id
					+ " was asked to stop; its process stops after its current chunk " + "(annals jobs status " + id
					+ " shows when).";
			case ENDED -> (e.getStatus() == BatchStatus.STOPPED)
					? "执行 #" + id + " 已停止；annals jobs restart " + id + " 从中断处继续。/ Execution " + id
							+ " stopped; annals jobs restart " + id + " resumes it where it stopped."
					: "执行 #" + id + " 在停止前已结束（" + e.getStatus() + "）。/ Execution " + id
							+ " ended before it could stop (" + e.getStatus() + ").";
		};
	}

	static String counts(ExecutionSummary e) {
		return "读取/read " + e.read() + "，写入/written " + e.written() + "，跳过/skipped " + e.skipped() + "，用时/duration "
				+ duration(e.start(), e.end(), LocalDateTime.now());
	}

	private static void errors(PrintWriter out, String indent, String label, List<String> errors) {
		for (String error : errors) {
			out.println(indent + label + ": " + error);
		}
	}

	private static void line(PrintWriter out, String label, String value) {
		out.println(label + ": " + value);
	}

	private static String time(LocalDateTime time) {
		return (time != null) ? time.format(TIME) : "-";
	}

	/** {@code H:MM:SS}, followed by … while running. */
	private static String duration(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
		if (start == null) {
			return "-";
		}
		return ExecutionSummary.format(Duration.between(start, (end != null) ? end : now)) + ((end == null) ? "…" : "");
	}

}
