package org.annals.ingest.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.annals.ingest.SubmissionClassifier;
import org.annals.ingest.SubmissionRepository;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Takes each settled file from the inbox: stores its original by hash first, then records
 * a receipt; the same bytes dropped again are a duplicate and are not read twice. A file
 * already received unchanged (same path, size and time) is passed over.
 */
public class ReceiveFilesTasklet implements Tasklet {

	private final Path inbox;

	private final InboxScanner scanner;

	private final OriginalStore store;

	private final SubmissionRepository submissions;

	/**
	 * Creates the tasklet.
	 * @param inbox the inbox folder
	 * @param scanner the scanner
	 * @param store the original store
	 * @param submissions the submissions
	 */
	public ReceiveFilesTasklet(Path inbox, InboxScanner scanner, OriginalStore store,
			SubmissionRepository submissions) {
		this.inbox = inbox;
		this.scanner = scanner;
		this.store = store;
		this.submissions = submissions;
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
		for (InboxScanner.InboxFile file : scan.ready()) {
			if (this.submissions.alreadyReceived(file.relative(), file.size(), file.modified())) {
				continue;
			}
			OriginalStore.Stored stored = this.store.store(file.path());
			if (stored.size() != Files.size(file.path())
					|| !Files.getLastModifiedTime(file.path()).toInstant().equals(file.modified())) {
				continue;
			}
			String name = file.path().getFileName().toString();
			var existing = this.submissions.findBySha256(stored.sha256());
			long id = existing.map((s) -> s.id())
				.orElseGet(() -> this.submissions.insert(stored.sha256(), file.department(), name, stored.size(),
						execution, SubmissionClassifier.classify(stored.path(), name)));
			this.submissions.insertReceipt(id, file.department(), name, file.relative(), file.size(), file.modified(),
					existing.isPresent(), execution);
			contribution.incrementReadCount();
			contribution.incrementWriteCount(existing.isPresent() ? 0 : 1);
		}
		return RepeatStatus.FINISHED;
	}

}
