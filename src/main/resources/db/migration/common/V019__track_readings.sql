-- Which run read a submission to its end, and what became of the readings that did not end
-- (issue 19): a submission is decided only by the run that read it; a file whose reading
-- failed is left for the next run with its reason; one that fails again and again, or
-- that exhausted memory, is set aside with a report (status 'failed') instead of being
-- tried every night; the reference data a decision was made against is kept, so that a
-- file refused for lack of a region, an indicator or a layout pin is read again when the
-- reference data changes.
alter table ingest_submission add column read_instance bigint;
alter table ingest_submission add column unfinished_reads integer not null default 0;
alter table ingest_submission add column read_error varchar(2000);
alter table ingest_submission add column reference_version varchar(64);
