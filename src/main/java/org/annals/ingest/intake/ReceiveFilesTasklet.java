package org.annals.ingest.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.annals.ingest.Kind;
import org.annals.ingest.SubmissionClassifier;
import org.annals.ingest.SubmissionRepository;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Takes each settled file from the inbox: stores its original by hash first, then records
 * a receipt; the same bytes dropped again are a duplicate and are not read twice. A file
 * already received unchanged (same path, size and time) is passed over. Storing (copy,
 * SHA-256, flush to disk) and classifying go on for a few files at once; the receipts are
 * recorded one by one in the inbox's order, so submissions are numbered as the files are
 * listed.
 */
public class ReceiveFilesTasklet implements Tasklet {

	private final Path inbox;

	private final InboxScanner scanner;

	private final OriginalStore store;

	private final SubmissionRepository submissions;

	private final int threads;

	/**
	 * Creates the tasklet.
	 * @param inbox the inbox folder
	 * @param scanner the scanner
	 * @param store the original store
	 * @param submissions the submissions
	 * @param threads files stored at once
	 */
	public ReceiveFilesTasklet(Path inbox, InboxScanner scanner, OriginalStore store, SubmissionRepository submissions,
			int threads) {
		this.inbox = inbox;
		this.scanner = scanner;
		this.store = store;
		this.submissions = submissions;
		this.threads = Math.max(1, threads);
	}

	/**
	 * A file stored: its original and what it holds, or nothing when it changed while it
	 * was stored (it is taken when it has settled again).
	 */
	private record Received(InboxScanner.InboxFile file, OriginalStore.Stored stored, Kind kind) {
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		if (!Files.isDirectory(this.inbox)) {
			throw new IllegalStateException("收件箱目录不存在 / the inbox folder does not exist: " + this.inbox);
		}
		Long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
		InboxScanner.Scan scan = this.scanner.scan(this.inbox, Instant.now());
		var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		context.putInt("settling", scan.settling().size());
		context.putInt("outside", scan.outside().size());
		List<InboxScanner.InboxFile> fresh = scan.ready()
			.stream()
			.filter((file) -> !this.submissions.alreadyReceived(file.relative(), file.size(), file.modified()))
			.toList();
		for (Received received : receiveAll(fresh)) {
			if (received.stored() == null) {
				continue;
			}
			InboxScanner.InboxFile file = received.file();
			OriginalStore.Stored stored = received.stored();
			String name = file.path().getFileName().toString();
			var existing = this.submissions.findBySha256(stored.sha256());
			long id = existing.map((s) -> s.id())
				.orElseGet(() -> this.submissions.insert(stored.sha256(), file.department(), name, stored.size(),
						execution, received.kind()));
			this.submissions.insertReceipt(id, file.department(), name, file.relative(), file.size(), file.modified(),
					existing.isPresent(), execution);
			contribution.incrementReadCount();
			contribution.incrementWriteCount(existing.isPresent() ? 0 : 1);
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * Stores and classifies files, a few at once, and answers in their order; the first
	 * failure, in that order, is thrown once none of them is still being stored.
	 */
	private List<Received> receiveAll(List<InboxScanner.InboxFile> files) throws IOException {
		if (files.size() < 2 || this.threads == 1) {
			List<Received> received = new ArrayList<>();
			for (InboxScanner.InboxFile file : files) {
				received.add(receive(file));
			}
			return received;
		}
		AtomicInteger counter = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.threads, files.size()), (task) -> {
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
		OriginalStore.Stored stored = this.store.store(file.path());
		if (stored.size() != Files.size(file.path())
				|| !Files.getLastModifiedTime(file.path()).toInstant().equals(file.modified())) {
			return new Received(file, null, null);
		}
		return new Received(file, stored,
				SubmissionClassifier.classify(stored.path(), file.path().getFileName().toString()));
	}

}
