package org.annals.ingest;

import java.util.List;

/**
 * What one ingest run did, for the operator and for the per-file reports.
 *
 * @param files the submissions decided in the run, each with its issues
 * @param duplicates files whose bytes had arrived before
 * @param settling files still being written, left for the next run
 * @param conflicts facts that disagree with another department's in the same run
 * @param left files whose reading failed, left received for the next run, each with its
 * reason
 * @param notTaken files left in the inbox and not taken, each with why (too large,
 * unreadable)
 * @param writing files still being written, each with what shows it
 * @param notRead files the inbox holds but never reads (hidden, lock files, links,
 * outside any department folder), each with why; they do not make the run incomplete
 */
public record IngestSummary(List<FileReport> files, List<Duplicate> duplicates, int settling, int conflicts,
		List<Submission> left, List<String> notTaken, List<String> writing, List<String> notRead) {

	/**
	 * A summary that names no file being written or not read.
	 * @param files the submissions decided in the run
	 * @param duplicates files whose bytes had arrived before
	 * @param settling files still being written
	 * @param conflicts facts that disagree with another department's
	 * @param left files whose reading failed
	 * @param notTaken files not taken, each with why
	 */
	public IngestSummary(List<FileReport> files, List<Duplicate> duplicates, int settling, int conflicts,
			List<Submission> left, List<String> notTaken) {
		this(files, duplicates, settling, conflicts, left, notTaken, List.of(), List.of());
	}

	/**
	 * This summary with another count of files still being written.
	 * @param count the count
	 * @return the summary
	 */
	public IngestSummary withSettling(int count) {
		return new IngestSummary(this.files, this.duplicates, Math.max(count, this.writing.size()), this.conflicts,
				this.left, this.notTaken, this.writing, this.notRead);
	}

	/**
	 * One submission and its issues.
	 *
	 * @param submission the submission
	 * @param issues its issues
	 */
	public record FileReport(Submission submission, List<Issue> issues) {
	}

	/**
	 * A file dropped again.
	 *
	 * @param department the department folder
	 * @param name the name it was dropped under
	 * @param original the name the same bytes first arrived under
	 * @param submissionId the submission of those bytes
	 * @param status what became of it: a duplicate of a rejected file is not read again
	 */
	public record Duplicate(String department, String name, String original, long submissionId, String status) {
	}

	/**
	 * How many files were set aside because they could not be read.
	 * @return the count
	 */
	public long failed() {
		return this.files.stream().filter((f) -> Submission.FAILED.equals(f.submission().status())).count();
	}

	/**
	 * Whether anything the run was given was not loaded: a file rejected, set aside, left
	 * for the next run after a failed reading, or refused at the inbox.
	 * @return true when the operator or a department has something to do
	 */
	public boolean incomplete() {
		return rejected() > 0 || failed() > 0 || !this.left.isEmpty() || !this.notTaken.isEmpty();
	}

	/**
	 * How many files were rejected.
	 * @return the count
	 */
	public long rejected() {
		return this.files.stream().filter((f) -> Submission.REJECTED.equals(f.submission().status())).count();
	}

	/**
	 * How many files were loaded.
	 * @return the count
	 */
	public long loaded() {
		return this.files.stream().filter((f) -> Submission.LOADED.equals(f.submission().status())).count();
	}

	/**
	 * How many facts were loaded.
	 * @return the count
	 */
	public long facts() {
		return this.files.stream()
			.filter((f) -> !"events".equals(f.submission().kind()))
			.mapToLong((f) -> f.submission().factCount())
			.sum();
	}

	/**
	 * How many events were loaded.
	 * @return the count
	 */
	public long events() {
		return this.files.stream()
			.filter((f) -> "events".equals(f.submission().kind()))
			.mapToLong((f) -> f.submission().factCount())
			.sum();
	}

	/**
	 * How many warnings were found in loaded files.
	 * @return the count
	 */
	public long warnings() {
		return this.files.stream().mapToLong((f) -> f.submission().warningCount()).sum();
	}

}
