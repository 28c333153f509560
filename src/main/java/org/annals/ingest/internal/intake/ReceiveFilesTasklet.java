package org.annals.ingest.internal.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.annals.ingest.Kind;
import org.annals.ingest.OriginalStore;
import org.annals.ingest.internal.parse.SubmissionClassifier;
import org.annals.ingest.internal.store.SubmissionReceipts;
import org.annals.support.Messages;
import org.annals.support.OneLine;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.unit.DataSize;

/**
 * Takes each settled file from the inbox: stores its original by hash first, then records
 * a receipt; the same bytes dropped again are a duplicate and are not read twice. A file
 * already received unchanged (same path, size and time) is passed over. A file is settled
 * when its name says it is not being written, its time is older than the settle time, its
 * size and time are the same in a second look one settle time later, and its own bytes
 * look whole ({@link CopyCompleteness}); else it is left for the next run. A file or
 * folder that cannot be read, and a file over the size limit, is reported with its reason
 * and left where it is; every other file is taken all the same. Storing (copy, SHA-256,
 * flush to disk) and classifying go on for a few files at once; the receipts are recorded
 * one by one in the inbox's order, so submissions are numbered as the files are listed.
 */
public class ReceiveFilesTasklet implements Tasklet {

	/** The step execution context's key for the files not taken, each with why. */
	public static final String NOT_TAKEN = "notTaken";

	/**
	 * The step execution context's key for the files the inbox holds but never reads,
	 * each with why.
	 */
	public static final String NOT_READ = "notRead";

	/**
	 * The step execution context's key for the files still being written, each with what
	 * shows it.
	 */
	public static final String WRITING = "writing";

	/** Files not taken listed by name at most; the context stays small. */
	private static final int LISTED = 50;

	private final Path inbox;

	private final InboxScanner scanner;

	private final OriginalStore store;

	private final SubmissionReceipts submissions;

	private final IngestProperties properties;

	/**
	 * Creates the tasklet.
	 * @param inbox the inbox folder
	 * @param store the original store
	 * @param submissions the submissions
	 * @param properties the settings: settle time, size limit, threads
	 */
	public ReceiveFilesTasklet(Path inbox, OriginalStore store, SubmissionReceipts submissions,
			IngestProperties properties) {
		this.inbox = inbox;
		this.scanner = new InboxScanner(properties.settle());
		this.store = store;
		this.submissions = submissions;
		this.properties = properties;
	}

	/**
	 * What became of one file: stored, or left with a reason, or left to settle with what
	 * shows it is still being written.
	 */
	private record Received(InboxScanner.InboxFile file, OriginalStore.Stored stored, Kind kind, String notTaken,
			String writing) {

		static Received settling(InboxScanner.InboxFile file, String why) {
			return new Received(file, null, null, null, file.relative() + "：" + why);
		}

		static Received notTaken(InboxScanner.InboxFile file, String why) {
			return new Received(file, null, null, file.relative() + "：" + why, null);
		}

	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		if (!Files.isDirectory(this.inbox)) {
			throw new IllegalStateException(Messages.get("ingest.intake.noInbox", this.inbox));
		}
		Long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		InboxScanner.Scan scan = this.scanner.scan(this.inbox, Instant.now());
		List<InboxScanner.InboxFile> fresh = scan.ready()
			.stream()
			.filter((file) -> !this.submissions.alreadyReceived(file.relative(), file.size(), file.modified()))
			.toList();
		List<String> writing = new ArrayList<>();
		for (InboxScanner.InboxFile file : scan.settling()) {
			writing.add(file.relative() + "：" + (InboxScanner.isInProgress(file.path().getFileName().toString())
					? Messages.get("ingest.intake.temporaryName") : recent()));
		}
		List<InboxScanner.InboxFile> confirmed = secondLook(fresh);
		fresh.stream()
			.filter((file) -> !confirmed.contains(file))
			.forEach((file) -> writing.add(file.relative() + "：" + Messages.get("ingest.intake.changedBetweenLooks")));
		List<String> notTaken = new ArrayList<>(scan.unreadable());
		for (Received received : receiveAll(confirmed)) {
			if (received.writing() != null) {
				writing.add(received.writing());
				continue;
			}
			if (received.notTaken() != null) {
				notTaken.add(received.notTaken());
				continue;
			}
			InboxScanner.InboxFile file = received.file();
			OriginalStore.Stored stored = received.stored();
			String name = file.path().getFileName().toString();
			SubmissionReceipts.Received submission = this.submissions.receive(stored.sha256(), file.department(), name,
					stored.size(), execution, received.kind());
			this.submissions.insertReceipt(submission.id(), file.department(), name, file.relative(), file.size(),
					file.modified(), submission.duplicate(), execution);
			contribution.incrementReadCount();
			contribution.incrementWriteCount(submission.duplicate() ? 0 : 1);
		}
		ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		List<String> notRead = new ArrayList<>(scan.notRead());
		scan.outside().forEach((file) -> notRead.add(file + "：" + Messages.get("ingest.intake.outside")));
		context.putInt("settling", writing.size());
		context.putInt("outside", scan.outside().size());
		context.putString(NOT_TAKEN, listed(notTaken));
		context.putString(NOT_READ, listed(notRead));
		context.putString(WRITING, listed(writing));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The files not taken by a receiving step, each with why.
	 * @param context the step's execution context
	 * @return the lines, as an operator reads them
	 */
	public static List<String> notTaken(ExecutionContext context) {
		return lines(context, NOT_TAKEN);
	}

	/**
	 * The lines a receiving step left under a key of its context.
	 * @param context the step's execution context
	 * @param key {@link #NOT_TAKEN}, {@link #NOT_READ} or {@link #WRITING}
	 * @return the lines, as an operator reads them
	 */
	public static List<String> lines(ExecutionContext context, String key) {
		String lines = context.getString(key, "");
		return lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
	}

	private String recent() {
		long seconds = this.properties.settle().toSeconds();
		return Messages.get("ingest.intake.recent", seconds);
	}

	private static String listed(List<String> lines) {
		List<String> shown = new ArrayList<>(lines.subList(0, Math.min(LISTED, lines.size())));
		if (lines.size() > LISTED) {
			shown.add(Messages.get("ingest.intake.more", lines.size() - LISTED));
		}
		return String.join("\n", shown.stream().map(OneLine::of).toList());
	}

	/**
	 * Looks at new files once more, one settle time after the scan: a copy that keeps a
	 * source's old time while it grows is seen by its size.
	 */
	private List<InboxScanner.InboxFile> secondLook(List<InboxScanner.InboxFile> files) throws InterruptedException {
		Duration settle = this.properties.settle();
		if (files.isEmpty() || settle.isZero() || settle.isNegative()) {
			return files;
		}
		Thread.sleep(settle.toMillis());
		return this.scanner.unchanged(files);
	}

	/**
	 * Stores and classifies files, a few at once, and answers in their order; a file that
	 * cannot be read answers with why. A failure of the store itself (a full disk) is
	 * thrown once none of them is still being stored.
	 */
	private List<Received> receiveAll(List<InboxScanner.InboxFile> files) throws IOException {
		int threads = Math.max(1, this.properties.threads());
		if (files.size() < 2 || threads == 1) {
			List<Received> received = new ArrayList<>();
			for (InboxScanner.InboxFile file : files) {
				received.add(receive(file));
			}
			return received;
		}
		AtomicInteger counter = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), (task) -> {
			Thread thread = new Thread(task, "receive-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Received>> pending = new ArrayList<>();
			for (InboxScanner.InboxFile file : files) {
				pending.add(pool.submit(() -> receive(file)));
			}
			pool.shutdown();
			List<Received> received = new ArrayList<>();
			Throwable failure = null;
			for (Future<Received> future : pending) {
				try {
					received.add(future.get());
				}
				catch (ExecutionException ex) {
					failure = (failure != null) ? failure : ex.getCause();
				}
			}
			if (failure instanceof IOException io) {
				throw io;
			}
			if (failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failure instanceof Error error) {
				throw error;
			}
			return received;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("stopped while storing the inbox's files", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Received receive(InboxScanner.InboxFile file) throws IOException {
		DataSize limit = this.properties.maxFileSize();
		if (file.size() > limit.toBytes()) {
			return Received.notTaken(file,
					Messages.get("ingest.intake.tooLarge", size(file.size()), size(limit.toBytes())));
		}
		try {
			if (!CopyCompleteness.looksWhole(file.path())
					&& file.modified().isAfter(Instant.now().minus(this.properties.incompleteGrace()))) {
				return Received.settling(file,
						Messages.get("ingest.intake.halfCopied", this.properties.incompleteGrace().toMinutes()));
			}
			OriginalStore.Stored stored = this.store.store(file.path());
			if (stored.size() != Files.size(file.path())
					|| !Files.getLastModifiedTime(file.path()).toInstant().equals(file.modified())) {
				return Received.settling(file, Messages.get("ingest.intake.changedWhileStored"));
			}
			return new Received(file, stored,
					SubmissionClassifier.classify(stored.path(), file.path().getFileName().toString()), null, null);
		}
		catch (IOException ex) {
			if (ofTheStore(ex)) {
				throw ex;
			}
			return Received.notTaken(file, Messages.get("ingest.intake.tryAgain", InboxScanner.reason(ex)));
		}
	}

	/**
	 * Whether storing failed on the store's side (a full disk, a path outside the inbox):
	 * the system's failure, which stops the run, not the file's.
	 */
	private boolean ofTheStore(IOException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
			return true;
		}
		return ex instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
				&& !Path.of(fs.getFile()).toAbsolutePath().startsWith(this.inbox.toAbsolutePath());
	}

	private static String size(long bytes) {
		String[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
		double value = bytes;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return (unit == 0) ? bytes + " B" : String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
	}

}
