package org.annals.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.annals.ingest.internal.annotate.AnnotateProperties;
import org.annals.ingest.internal.annotate.Annotator;

import org.springframework.stereotype.Component;

/**
 * A department's own workbook back with its problems marked (退回批注): each problem cell
 * filled and commented with the rule and what to do, a {@code 说明} sheet first listing
 * every problem with a link to its cell, the rest as sent. An xls or CSV comes back as
 * xlsx. The original is only read, never changed; the workbook sent back corrected is
 * read as if the marks and the {@code 说明} sheet were not there.
 */
@Component
public class AnnotatedWorkbook {

	/** The type of what is written. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Annotator annotator;

	private final Submissions submissions;

	private final OriginalStore store;

	private final SubmissionChecker checker;

	AnnotatedWorkbook(AnnotateProperties properties, Submissions submissions, OriginalStore store,
			SubmissionChecker checker) {
		this.annotator = new Annotator(properties);
		this.submissions = submissions;
		this.store = store;
		this.checker = checker;
	}

	/**
	 * What was written.
	 *
	 * @param problems the problems (errors and warnings) listed on the {@code 说明} sheet
	 * @param marked the cells marked
	 * @param note why no cell is marked (the workbook too large, or unreadable), or null
	 */
	public record Written(int problems, int marked, String note) {
	}

	/**
	 * Writes the annotated workbook of a checked file.
	 * @param file the file, only read
	 * @param name the name it was sent under
	 * @param issues what the check found
	 * @param english whether in English
	 * @param out where to write the xlsx; left open
	 * @return what was written
	 * @throws IOException when it cannot be written
	 */
	public Written write(Path file, String name, List<Issue> issues, boolean english, OutputStream out)
			throws IOException {
		Annotator.Outcome outcome = this.annotator.write(file, name, issues, english, out);
		return new Written(outcome.problems(), outcome.marked(), outcome.note());
	}

	/**
	 * Writes the annotated workbook of a submission, from its stored original: with the
	 * problems its reading found, or, while it waits to be read, those a check finds now.
	 * @param id the submission
	 * @param english whether in English
	 * @param out where to write the xlsx; left open
	 * @return what was written
	 * @throws IOException when it cannot be written
	 */
	public Written write(long id, boolean english, OutputStream out) throws IOException {
		Submission submission = this.submissions.get(id);
		Path original = this.store.pathOf(submission.sha256());
		List<Issue> issues = Submission.RECEIVED.equals(submission.status())
				? this.checker.check(original, submission.originalName(), submission.department()).issues()
				: this.submissions.issues(id);
		return write(original, submission.originalName(), issues, english, out);
	}

	/**
	 * The name to offer the annotated workbook under: the file's, without its extension,
	 * with a suffix.
	 * @param name the name it was sent under
	 * @param suffix what to add, such as {@code -批注}
	 * @return the name, ending in {@code .xlsx}
	 */
	public static String fileName(String name, String suffix) {
		String base = (name == null || name.isBlank()) ? "workbook" : name;
		int dot = base.lastIndexOf('.');
		return ((dot > 0) ? base.substring(0, dot) : base) + suffix + ".xlsx";
	}

}
