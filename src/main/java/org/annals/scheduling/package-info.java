/**
 * Launching jobs by name: stale-execution recovery, restart of a failed run, one run at a
 * time. (Quartz schedules come here later.) Reads and writes the Spring Batch tables.
 */
package org.annals.scheduling;
