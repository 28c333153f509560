package org.annals.support;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The append-only audit trail of who did what, when and from where, for every module: the
 * web module keeps it (table {@code web_audit_event}); a module that does something worth
 * auditing (a job started from the schedule, a snapshot made) records it here without
 * knowing the web module. Nothing can change or remove what is recorded.
 */
public interface AuditTrail {

	/** An upload of a submission (page, API). */
	String UPLOAD = "UPLOAD";

	/** A job flow started (API, console, command line, schedule). */
	String JOB_START = "JOB_START";

	/** A running job execution asked to stop. */
	String JOB_STOP = "JOB_STOP";

	/** A failed or stopped job execution restarted. */
	String JOB_RESTART = "JOB_RESTART";

	/** A conflict of facts settled by an editor (the value chosen, with the reason). */
	String FACT_CHOICE = "FACT_CHOICE";

	/** A snapshot of a year made. */
	String SNAPSHOT_CREATED = "SNAPSHOT_CREATED";

	/** A snapshot verified (by hand or by the fixity check), with its outcome. */
	String SNAPSHOT_VERIFIED = "SNAPSHOT_VERIFIED";

	/** The actor of what the schedules do. */
	String SCHEDULE_ACTOR = "schedule";

	/**
	 * The actor of what a job does on its own (e.g. the snapshot the archive job made).
	 */
	String SYSTEM_ACTOR = "system";

	/** The CSV columns of {@link #write(int, Writer)}. */
	String CSV_HEADER = "id,occurred_at,actor,type,address,via,detail";

	/**
	 * Records one event, now.
	 * @param actor who did it: a user's name, {@link #SCHEDULE_ACTOR},
	 * {@link #SYSTEM_ACTOR}, or the operating-system user of a command
	 * @param type what was done, e.g. {@link #JOB_START}
	 * @param address the client's address, or null (a command, a schedule)
	 * @param detail what it concerned (job, execution, file, year…); may be empty
	 */
	void record(String actor, String type, String address, Map<String, ?> detail);

	/**
	 * Writes the audit trail of a year as CSV (UTF-8 text, RFC 4180, header
	 * {@link #CSV_HEADER}, text neutralised for spreadsheets), oldest first: every event
	 * from 1 January of the year (Asia/Shanghai) to now, since a year's data are
	 * received, compiled, reviewed and archived during that year and the ones after it.
	 * @param year the year
	 * @param out where to write; not closed
	 * @return the number of events written
	 * @throws IOException when the writer fails
	 */
	long write(int year, Writer out) throws IOException;

}
