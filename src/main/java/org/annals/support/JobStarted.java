package org.annals.support;

/**
 * Published by {@link JobOwnerListener} in the thread that runs a job, once its execution
 * exists and before its first step: so that whoever launched it there learns its id
 * without waiting for the job to end.
 *
 * @param executionId the job execution's id
 * @param job the job's name
 */
public record JobStarted(long executionId, String job) {
}
