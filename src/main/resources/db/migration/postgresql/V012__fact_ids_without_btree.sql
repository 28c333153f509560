-- Facts are appended, with ids the writer takes from the sequence in blocks: unique by
-- construction. Keeping them unique and ordered in a b-tree cost about a second of
-- PostgreSQL's time per million facts written, a fifth of reading a large file; a
-- block-range index finds a fact by id as well (the ids of a file are written together).
alter table ingest_fact drop constraint ingest_fact_pkey;
create index ingest_fact_id_ix on ingest_fact using brin (id) with (pages_per_range = 32);
