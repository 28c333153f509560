-- See postgresql/V009: H2 has no unlogged tables, and its foreign key, under a generated
-- name, is kept (the embedded database serves small first runs, not bulk loads).
drop index ingest_fact_staging_key_ix;
