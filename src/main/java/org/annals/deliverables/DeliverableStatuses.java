package org.annals.deliverables;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annals.deliverables.DeliverableStatus.LatestSubmission;
import org.annals.deliverables.DeliverableStatus.State;

import org.annals.ingest.DepartmentFiles;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status of every deliverable of {@code jobs/deliverables.yml} for a data year, from
 * the ingest tables. A statistics file counts for a deliverable when it is its
 * department's and gave a figure of the data year for one of the deliverable's indicators
 * (ingest's {@link DepartmentFiles}: a rejected file counts too); an event log counts for
 * a term when it has an event dated in it. Then: the latest file rejected is 退回未改; else a
 * file loaded is 已报; else, past the due date, 逾期, and before it 应报. A file refused before
 * a single row was read names no indicator or date and counts for no deliverable.
 */
public class DeliverableStatuses {

	private final DepartmentFiles files;

	private final Deliverables deliverables;

	private final WorkingDays days;

	private final Clock clock;

	/**
	 * Creates the query.
	 * @param jdbc the database
	 * @param deliverables what is owed
	 * @param days the working-day calendar
	 * @param clock today, in the office's time zone
	 */
	public DeliverableStatuses(JdbcClient jdbc, Deliverables deliverables, WorkingDays days, Clock clock) {
		this.files = new DepartmentFiles(jdbc);
		this.deliverables = deliverables;
		this.days = days;
		this.clock = clock;
	}

	/**
	 * The data year owed now: last year (a yearbook tells of the year before).
	 * @return the year before today's
	 */
	public int currentDataYear() {
		return LocalDate.now(this.clock).getYear() - 1;
	}

	/**
	 * Today, in the office's time zone.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The status of every deliverable's every term of a data year, in the file's order.
	 * @param year the data year
	 * @return the statuses
	 */
	public List<DeliverableStatus> of(int year) {
		LocalDate today = LocalDate.now(this.clock);
		List<DeliverableStatus> statuses = new ArrayList<>();
		for (Deliverable deliverable : this.deliverables.all()) {
			for (Term term : deliverable.period().terms(year)) {
				statuses.add(status(deliverable, term, today));
			}
		}
		return statuses;
	}

	private DeliverableStatus status(Deliverable deliverable, Term term, LocalDate today) {
		LocalDate due = null;
		Integer unpublished = null;
		try {
			due = deliverable.due().of(term, this.days);
		}
		catch (UncoveredYearException ex) {
			unpublished = ex.year();
		}
		List<LatestSubmission> files = files(deliverable, term);
		LatestSubmission latest = files.isEmpty() ? null : files.get(0);
		State state;
		if (latest != null && "rejected".equals(latest.status())) {
			state = State.REJECTED_UNCORRECTED;
		}
		else if (files.stream().anyMatch((f) -> "loaded".equals(f.status()))) {
			state = State.SUBMITTED;
		}
		else {
			state = (due != null && today.isAfter(due)) ? State.OVERDUE : State.OWED;
		}
		return new DeliverableStatus(deliverable, term, due, unpublished, state, latest);
	}

	private List<LatestSubmission> files(Deliverable deliverable, Term term) {
		List<DepartmentFiles.File> files = (deliverable.kind() == Deliverable.Kind.STATISTICS)
				? this.files.statistics(deliverable.department(), term.year(), deliverable.indicators())
				: this.files.events(deliverable.department(), term.start(), term.end());
		return files.stream()
			.map((f) -> new LatestSubmission(f.id(), f.originalName(), f.status(), f.receivedAt(), f.errorCount()))
			.toList();
	}

}
