-- V017 gave every fact a new row version. Without this the old versions' space would be
-- reused by the next files' facts, mixing them into pages of earlier files, and the
-- block-range index, which finds a file's facts and an indicator-year's by ranges of
-- pages, would find them in more ranges. VACUUM FULL writes the table anew in its order
-- (the time of one pass over it, with the table locked: once, at this upgrade; a new
-- database's empty table takes no time). Flyway runs it outside a transaction.
vacuum full ingest_fact;
