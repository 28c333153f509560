package org.annals.support;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Keeps a step's read and write counts in rows where its items are {@link Rows} batches,
 * so that operators (the console, {@code annals jobs status}) see the rows of a file, as
 * they did when each row was an item. Spring Batch adds a chunk's items to the counts
 * after its listeners ran; this adds the rest of the chunk's rows.
 */
@Component
public class RowCountListener implements ChunkListener<Object, Object> {

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null || chunk.isEmpty()) {
			return;
		}
		long more = Rows.count(chunk) - chunk.size();
		if (more != 0) {
			StepExecution step = context.getStepExecution();
			step.setReadCount(step.getReadCount() + more);
			step.setWriteCount(step.getWriteCount() + more);
		}
	}

}
