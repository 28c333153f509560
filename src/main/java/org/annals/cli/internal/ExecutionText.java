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
import org.annals.support.Messages;

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
			out.println(Messages.get("cli.execution.none"));
			return;
		}
		out.println(Messages.get("cli.execution.listHeader"));
		LocalDateTime now = LocalDateTime.now();
		for (ExecutionSummary e : executions) {
			out.println(e.id() + "\t" + e.job() + "\t" + e.status() + "\t" + time(e.start()) + "\t"
					+ duration(e.start(), e.end(), now) + "\t" + e.read() + "\t" + e.written() + "\t" + e.skipped());
		}
	}

	static void detail(ExecutionDetail detail, PrintWriter out) {
		ExecutionSummary e = detail.summary();
		LocalDateTime now = LocalDateTime.now();
		out.println(Messages.get("cli.execution.title", e.id()));
		line(out, Messages.get("cli.execution.job"),
				Messages.get("cli.execution.jobValue", e.job(), detail.instanceId()));
		line(out, Messages.get("cli.execution.status"),
				Messages.get("cli.execution.statusValue", e.status(), detail.exitCode())
						+ (detail.working() ? Messages.get("cli.execution.working") : ""));
		line(out, Messages.get("cli.execution.start"), time(e.start()));
		line(out, Messages.get("cli.execution.end"), time(e.end()));
		line(out, Messages.get("cli.execution.duration"), duration(e.start(), e.end(), now));
		line(out, Messages.get("cli.execution.counts"), e.read() + " / " + e.written() + " / " + e.skipped());
		line(out, Messages.get("cli.execution.owner"), detail.owner().toString());
		line(out, Messages.get("cli.execution.parameters"),
				detail.parameters()
					.entrySet()
					.stream()
					.map((p) -> p.getKey() + "=" + p.getValue())
					.collect(Collectors.joining(", ")));
		errors(out, "", Messages.get("FAILED".equals(e.status()) ? "cli.execution.error" : "cli.execution.message"),
				detail.errors());
		out.println();
		out.println(Messages.get("cli.execution.steps"));
		out.println("  " + Messages.get("cli.execution.stepsHeader"));
		for (ExecutionDetail.Step s : detail.steps()) {
			out.println("  " + s.name() + (s.partitioned() ? Messages.get("cli.execution.partitions") : "") + "\t"
					+ s.status() + "\t" + s.read() + "\t" + s.written() + "\t" + s.skipped() + "\t" + s.commits() + "\t"
					+ s.rollbacks() + "\t" + duration(s.start(), s.end(), now) + "\t" + s.exitCode());
			errors(out, "    ",
					Messages.get("FAILED".equals(s.status()) ? "cli.execution.error" : "cli.execution.message"),
					s.errors());
		}
	}

	static String stopped(JobControl.Stopped stopped) {
		JobExecution e = stopped.execution();
		long id = e.getId();
		return switch (stopped.outcome()) {
			case ABANDONED -> e.getExitStatus().getExitDescription();
			case STOPPING -> Messages.get("cli.execution.stopping", id);
			case ENDED -> (e.getStatus() == BatchStatus.STOPPED) ? Messages.get("cli.execution.stopped", id)
					: Messages.get("cli.execution.endedBeforeStop", id, e.getStatus());
		};
	}

	static String counts(ExecutionSummary e) {
		return Messages.get("cli.execution.countsLine", e.read(), e.written(), e.skipped(),
				duration(e.start(), e.end(), LocalDateTime.now()));
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
