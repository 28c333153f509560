-- See postgresql/V011: H2 has no block-range index and assigns each fact's id itself.
create index ingest_fact_submission_ix on ingest_fact (submission_id);
