-- No b-tree by region, indicator and year: keeping one up to date as facts are written
-- cost PostgreSQL 15 about 4 s of its time per million facts (measured: 8.9 s against
-- 5.1 s in all for a file of 1 M facts; a 1 M-row CSV read in 11.6 s against 15.3 s).
-- Facts are found by submission (the block-range index on submission_id; a file's facts
-- are written together, the submissions from ingest_coverage: PublishedCoverage) and by
-- year and indicator through a block-range index of small ranges: each chunk's facts
-- are written in key order, so a range of four pages holds a few indicator-years. On
-- 1 M facts of one file: 7 ms for two indicators in two years, against 216 ms reading
-- the file's facts; the index is 300 kB, and is summarised when facts are decided.
-- The embedded database keeps its b-tree: it holds small first runs.
drop index ingest_fact_key_ix;
create index ingest_fact_year_indicator_ix on ingest_fact using brin (fact_year, indicator_code) with (pages_per_range = 4);
