package org.annals.support;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Shows operators that long work is moving: at most every two seconds, a line on standard
 * error with the rows read so far. Silent unless {@code annals.progress} is true (the
 * command line sets it).
 */
@Component
public class ProgressListener implements StepExecutionListener, ItemWriteListener<Object> {

	private static final long EVERY_MILLIS = 2000;

	private final boolean enabled;

	private final PrintStream out = System.err;

	private final AtomicLong lastPrinted = new AtomicLong();

	private final AtomicLong items = new AtomicLong();

	ProgressListener(AnnalsProperties properties) {
		this.enabled = properties.progress();
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.lastPrinted.set(System.currentTimeMillis());
	}

	@Override
	public void afterWrite(Chunk<?> items) {
		long total = this.items.addAndGet(Rows.count(items));
		long now = System.currentTimeMillis();
		long last = this.lastPrinted.get();
		if (this.enabled && now - last >= EVERY_MILLIS && this.lastPrinted.compareAndSet(last, now)) {
			this.out.printf(Messages.get("ingest.progress.rows") + "%n", total, total);
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		return stepExecution.getExitStatus();
	}

}
