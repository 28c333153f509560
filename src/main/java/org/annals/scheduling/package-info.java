/**
 * Launching jobs by name (stale-execution recovery, restart of a failed run, one run at a
 * time), the Quartz schedules, and what operators do to executions from any process: list
 * them, read one in full, restart a failed or stopped one, stop a running one. Reads and
 * writes the Spring Batch tables and {@code scheduling_run_log}.
 */
package org.annals.scheduling;
