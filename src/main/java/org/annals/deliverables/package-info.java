/**
 * What each department owes the office and by when (issue 23): the working-day calendar
 * with 调休 ({@code jobs/reference/holidays.csv}), the deliverables of
 * {@code jobs/deliverables.yml}, and each deliverable's status for a data year. Reads the
 * departments' files through ingest's read model ({@code ingest.DepartmentFiles}); writes
 * no table.
 */
package org.annals.deliverables;
