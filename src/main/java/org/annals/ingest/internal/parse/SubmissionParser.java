package org.annals.ingest.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.annals.ingest.Issue;
import org.annals.ingest.IssueCode;
import org.annals.ingest.Kind;
import org.annals.ingest.internal.events.EventLayouts;
import org.annals.ingest.internal.layout.LayoutDetector;
import org.annals.ingest.internal.layout.RowInterpreter;
import org.annals.ingest.internal.layout.SheetContext;
import org.annals.ingest.internal.sheet.FileFormat;
import org.annals.ingest.internal.sheet.RejectedFileException;
import org.annals.ingest.internal.sheet.ReadAheadCursor;
import org.annals.ingest.internal.sheet.ReadLimits;
import org.annals.ingest.internal.sheet.Reading;
import org.annals.ingest.internal.sheet.SheetCursor;
import org.annals.ingest.internal.sheet.SheetRow;
import org.annals.ingest.internal.staging.RowOutcome;
import org.annals.ingest.internal.staging.StagedFact;
import org.annals.reference.Departments;
import org.annals.reference.LayoutTemplate;
import org.annals.reference.Region;
import org.annals.reference.ReferenceData;
import org.annals.support.Messages;
import org.annals.support.Sha256;

/**
 * Reads one submission, streaming: judges its format from the bytes, recognises each
 * visible sheet's layout from its first rows, and yields each row's facts and issues. A
 * file that cannot be read yields its rejection as an issue; nothing is thrown for bad
 * input.
 */
public final class SubmissionParser implements AutoCloseable {

	/** Refusals that an I/O fault of the stored copy could look like. */
	private static final Set<String> READ_FAULT_LOOKALIKES = Set.of("CORRUPT", "ENCODING", "EMPTY_FILE",
			"NOT_A_WORKBOOK", "UNSUPPORTED_FORMAT", "ZIP_BOMB");

	private final Path file;

	private final String originalName;

	private final String department;

	private final ReferenceData reference;

	private final Kind kind;

	private String sha256;

	private ReadLimits limits = ReadLimits.DEFAULTS;

	private Reading reading = Reading.DEFAULTS;

	private final Deque<RowOutcome> queued = new ArrayDeque<>();

	/** The regions and years already warned of as not standing that year. */
	private final Set<String> regionsOutOfYear = new HashSet<>();

	private final Deque<SheetRow> buffered = new ArrayDeque<>();

	private SheetCursor cursor;

	private RowInterpreter interpreter;

	private FileFormat format;

	private final Set<String> layouts = new LinkedHashSet<>();

	private boolean recognised;

	private boolean finished;

	/**
	 * Creates a parser; nothing is read until {@link #next()}.
	 * @param file the stored original
	 * @param originalName the name it was sent under
	 * @param department the department folder
	 * @param reference the reference data
	 */
	public SubmissionParser(Path file, String originalName, String department, ReferenceData reference) {
		this(file, originalName, department, reference, Kind.STATISTICS);
	}

	/**
	 * Creates a parser for a submission of a known kind; nothing is read until
	 * {@link #next()}.
	 * @param file the stored original
	 * @param originalName the name it was sent under
	 * @param department the department folder
	 * @param reference the reference data
	 * @param kind statistics or an event log
	 */
	public SubmissionParser(Path file, String originalName, String department, ReferenceData reference, Kind kind) {
		this.file = file;
		this.originalName = originalName;
		this.department = department;
		this.reference = reference;
		this.kind = kind;
	}

	/**
	 * Has a refusal of the file as corrupt or mis-encoded checked first against the
	 * stored original's own hash: a stored copy that cannot be read, or no longer has the
	 * bytes that were received, is an I/O fault of the store, thrown as such (the file is
	 * then left for the next run), never reported to its department as their file's
	 * fault.
	 * @param expected the SHA-256 the stored original was received with
	 * @return this parser
	 */
	public SubmissionParser storedAs(String expected) {
		this.sha256 = expected;
		return this;
	}

	/**
	 * Has the readers hold the file to these limits instead of the defaults.
	 * @param chosen the limits ({@code annals.ingest.limits.*})
	 * @return this parser
	 */
	public SubmissionParser within(ReadLimits chosen) {
		this.limits = chosen;
		return this;
	}

	/**
	 * Has the file read in a chosen way instead of the default one.
	 * @param chosen how ({@code annals.ingest.reading.*})
	 * @return this parser
	 */
	public SubmissionParser reading(Reading chosen) {
		this.reading = chosen;
		return this;
	}

	/**
	 * The next row's outcome, or a file- or sheet-level issue.
	 * @return the outcome, or null at the end of the file
	 * @throws IOException when the stored file cannot be read at all
	 */
	public RowOutcome next() throws IOException {
		try {
			return advance();
		}
		catch (RejectedFileException ex) {
			if (this.sha256 != null && READ_FAULT_LOOKALIKES.contains(ex.code())) {
				confirmStoredIntact();
			}
			this.finished = true;
			this.queued.clear();
			this.interpreter = null;
			IssueCode code = IssueCode.valueOf(ex.code());
			Object[] arguments = ex.arguments();
			for (int i = 0; i < arguments.length; i++) {
				// a library's message may name the stored file; people see the name they
				// sent
				arguments[i] = String.valueOf(arguments[i])
					.replace(this.file.toAbsolutePath().toString(), this.originalName)
					.replace(this.file.toString(), this.originalName);
			}
			return RowOutcome.issues(List.of(Issue.of(code, null, null, arguments)));
		}
	}

	/**
	 * Whether the stored original is whole: all of it can be read, and it has the hash it
	 * was received with.
	 * @throws IOException when it cannot be read, or its bytes changed
	 */
	private void confirmStoredIntact() throws IOException {
		MessageDigest digest = Sha256.newDigest();
		try (InputStream in = Files.newInputStream(this.file)) {
			byte[] buffer = new byte[256 * 1024];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		if (!Sha256.hex(digest).equals(this.sha256)) {
			throw new IOException(Messages.both(" / ", "ingest.original.changed", this.sha256));
		}
	}

	private RowOutcome advance() throws IOException {
		while (true) {
			if (!this.queued.isEmpty()) {
				return this.queued.poll();
			}
			if (this.finished) {
				return null;
			}
			if (this.cursor == null) {
				open();
				continue;
			}
			if (this.interpreter != null) {
				SheetRow row = this.buffered.isEmpty() ? this.cursor.nextRow() : this.buffered.poll();
				if (row == null) {
					this.interpreter = null;
					continue;
				}
				RowOutcome outcome = asOfTheirYears(this.interpreter.interpret(row));
				if (!outcome.isEmpty()) {
					return outcome;
				}
				continue;
			}
			if (!this.cursor.nextSheet()) {
				finish();
				continue;
			}
			startSheet();
		}
	}

	/**
	 * The facts of a row, each under the division of its own year: a table of 2014 and
	 * 2016 that names 郫县 gives 郫县's 2014 figure and 郫都区's 2016 one.
	 */
	private RowOutcome asOfTheirYears(RowOutcome outcome) {
		List<StagedFact> facts = null;
		List<Issue> issues = null;
		for (int i = 0; i < outcome.facts().size(); i++) {
			StagedFact fact = outcome.facts().get(i);
			Optional<Region> region = this.reference.regions().asOf(fact.regionCode(), fact.year());
			if (region.isEmpty()) {
				if (!this.regionsOutOfYear.add(fact.regionCode() + "|" + fact.year())) {
					continue;
				}
				issues = (issues != null) ? issues : new ArrayList<>(outcome.issues());
				String name = this.reference.regions().byCode(fact.regionCode()).map(Region::name).orElse("");
				issues.add(Issue.of(IssueCode.REGION_NOT_OF_YEAR, fact.sheet(), fact.cell(), name,
						String.valueOf(fact.year())));
			}
			else if (!region.get().code().equals(fact.regionCode())) {
				facts = (facts != null) ? facts : new ArrayList<>(outcome.facts());
				facts.set(i, fact.inRegion(region.get().code()));
			}
		}
		if (facts == null && issues == null) {
			return outcome;
		}
		return new RowOutcome((facts != null) ? facts : outcome.facts(), outcome.events(),
				(issues != null) ? issues : outcome.issues());
	}

	private void open() throws IOException {
		this.format = FileFormat.sniff(this.file, this.originalName);
		SheetCursor opened = this.format.open(this.file, this.limits, this.reading);
		// by default the file's bytes are taken apart on a second thread, its rows
		// interpreted here
		this.cursor = this.reading.sheetAhead()
				? new ReadAheadCursor(opened, Thread.currentThread().getName() + "-sheet") : opened;
		if (this.reference.departments().byFolder(this.department).isEmpty()) {
			this.queued
				.add(RowOutcome.issues(List.of(Issue.of(IssueCode.UNKNOWN_DEPARTMENT, null, null, this.department))));
		}
	}

	private void startSheet() throws IOException {
		String sheet = this.cursor.sheetName();
		LayoutTemplate template = (this.kind == Kind.EVENTS) ? null : templateFor(sheet);
		SheetContext context = new SheetContext(this.reference, scope(), this.originalName, sheet, template);
		List<SheetRow> head = new ArrayList<>();
		SheetRow row;
		while (head.size() < LayoutDetector.HEAD_ROWS && (row = this.cursor.nextRow()) != null) {
			head.add(row);
		}
		LayoutDetector.Detection detection = (this.kind == Kind.EVENTS)
				? EventLayouts.detect(head, context, this.format == FileFormat.DOCX)
				: LayoutDetector.detect(head, context);
		if (!detection.issues().isEmpty()) {
			this.queued.add(RowOutcome.issues(detection.issues()));
		}
		this.interpreter = detection.interpreter();
		this.buffered.clear();
		if (this.interpreter != null) {
			this.recognised = true;
			this.layouts.add(this.interpreter.englishName());
			this.buffered.addAll(head.subList(Math.min(detection.firstDataRow(), head.size()), head.size()));
		}
	}

	private LayoutTemplate templateFor(String sheet) {
		return this.reference.templateFor(this.department, this.originalName)
			.filter((t) -> t.sheet() == null || t.sheet().equals(sheet))
			.orElse(null);
	}

	private Region scope() {
		return this.reference.departments()
			.byFolder(this.department)
			.map(Departments.Department::region)
			.flatMap((code) -> (code != null) ? this.reference.regions().byCode(code) : java.util.Optional.empty())
			.orElse(this.reference.regions().province());
	}

	private void finish() {
		this.finished = true;
		List<Issue> issues = new ArrayList<>();
		for (String hidden : this.cursor.hiddenSheets()) {
			issues.add(Issue.of(IssueCode.HIDDEN_SHEET, hidden, null, hidden));
		}
		if (!this.recognised) {
			issues.add(Issue.of(IssueCode.NO_TABLE, null, null));
		}
		if (!issues.isEmpty()) {
			this.queued.add(RowOutcome.issues(issues));
		}
	}

	/**
	 * The format judged from the bytes, once reading has started.
	 * @return the format, or null when the file was rejected before
	 */
	public FileFormat format() {
		return this.format;
	}

	/**
	 * The layouts used, for the report.
	 * @return e.g. {@code a wide table (…); a long table (…)}
	 */
	public String layouts() {
		// each layout once: a workbook of many sheets read alike is one layout, and the
		// text stays small in the step's context and the submission's row
		return String.join("; ", this.layouts);
	}

	@Override
	public void close() throws IOException {
		if (this.cursor != null) {
			this.cursor.close();
		}
	}

}
