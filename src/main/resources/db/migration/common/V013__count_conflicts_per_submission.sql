-- How many of a submission's facts were a conflict when it was decided: the run's summary
-- reads it here instead of counting facts, which after a large load (before PostgreSQL's
-- statistics caught up) took a plan that scanned ingest_fact once per file.
alter table ingest_submission add column conflict_count integer not null default 0;
